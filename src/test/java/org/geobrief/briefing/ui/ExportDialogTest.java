package org.geobrief.briefing.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.geobrief.briefing.Briefings.Format;
import org.geobrief.briefing.MapExtent;
import org.geobrief.briefing.SampleEvents;
import org.geobrief.events.EventQuery;
import org.geobrief.events.EventType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ExportDialogTest {

    private final List<EventQuery> asked = new ArrayList<>();
    private final EventQuery riots =
            EventQuery.all().withTypes(Set.of(EventType.RIOTS)).withCountries(Set.of("KZ"));

    @BeforeEach
    void setUp() {
        MockVaadin.setup();
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    private final List<EventQuery> counted = new ArrayList<>();

    /** A dialog over the sample events, counting as the store does and recording which queries read events. */
    private ExportDialog dialog(MapExtent extent) {
        return new ExportDialog(
                riots,
                extent,
                q -> {
                    asked.add(q);
                    return matching(q);
                },
                q -> {
                    counted.add(q);
                    return matching(q).size();
                },
                ids -> SampleEvents.kazakhstan().stream()
                        .filter(e -> ids.contains(e.id()))
                        .toList(),
                SampleEvents.ARTICLES::get,
                new PickedEvents());
    }

    private static List<org.geobrief.events.GeoEvent> matching(EventQuery q) {
        return SampleEvents.kazakhstan().stream()
                .filter(e -> q.matches(e, id -> List.of()))
                .toList();
    }

    /** A dialog over a store whose query holds {@code count} events, which must not be read whole. */
    private ExportDialog dialogOver(int count, PickedEvents picks) {
        return new ExportDialog(
                EventQuery.all().withTypes(Set.of(EventType.RIOTS)),
                null,
                q -> {
                    if (q.articleIds().isEmpty()) throw new AssertionError("read every event of " + q);
                    asked.add(q);
                    return matching(q);
                },
                q -> count,
                ids -> SampleEvents.kazakhstan().stream()
                        .filter(e -> ids.contains(e.id()))
                        .toList(),
                SampleEvents.ARTICLES::get,
                picks);
    }

    @Test
    void a_query_over_the_bound_is_counted_not_read_and_cannot_be_downloaded() {
        ExportDialog d = dialogOver(995_214, new PickedEvents());
        d.open();

        assertThat(d.summary.getText())
                .isEqualTo("Riots \u2014 995,214 events \u2014 more than a file can hold (50,000); narrow the filters"
                        + " or zoom in");
        assertThat(d.download.isEnabled()).isFalse();
        assertThat(asked).isEmpty();
        assertThatThrownBy(() -> d.write(Format.GEOJSON, new ByteArrayOutputStream()))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void over_the_bound_the_picks_alone_go_out_looked_up_by_their_articles() {
        PickedEvents picks = new PickedEvents();
        org.geobrief.events.GeoEvent riot =
                matching(EventQuery.all().withTypes(Set.of(EventType.RIOTS))).get(0);
        picks.toggle(riot.id());
        ExportDialog d = dialogOver(ExportDialog.MAX_EVENTS + 1, picks);
        d.open();
        assertThat(d.download.isEnabled()).isFalse();

        d.onlyPicked.setValue(true);

        assertThat(d.download.isEnabled()).isTrue();
        assertThat(d.selection()).containsExactly(riot);
        assertThat(asked).allSatisfy(q -> assertThat(q.articleIds()).isNotEmpty());
    }

    @Test
    void a_query_at_the_bound_can_be_downloaded() {
        ExportDialog d = dialogOver(ExportDialog.MAX_EVENTS, new PickedEvents());

        assertThat(d.summary.getText()).isEqualTo("Riots \u2014 50,000 events");
        assertThat(d.download.isEnabled()).isTrue();
    }

    @Test
    void the_download_holds_the_events_of_the_current_query() throws Exception {
        ExportDialog d = dialog(new MapExtent(40, 35, 90, 55));
        d.open();
        assertThat(counted).containsExactly(riots);
        assertThat(asked).isEmpty(); // opening counts, the file reads
        d.format.setValue(Format.GEOJSON);
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        d.write(d.format.getValue(), out);

        assertThat(asked).containsExactly(riots);
        JsonNode features = new ObjectMapper().readTree(out.toByteArray()).get("features");
        assertThat(features).hasSize(1);
        assertThat(features.get(0).get("properties").get("type").asText()).isEqualTo("Riots");
        assertThat(d.summary.getText()).isEqualTo("Riots \u00B7 KZ \u2014 1 event");
        assertThat(d.download.getHref()).isNotBlank();
    }

    @Test
    void a_view_exports_its_events_and_the_picks_made_outside_it() {
        PickedEvents picks = new PickedEvents();
        List<org.geobrief.events.GeoEvent> all = SampleEvents.kazakhstan();
        EventQuery.BBox gulfOfGuinea = new EventQuery.BBox(0, 0, 1, 1);
        ExportDialog d = new ExportDialog(
                EventQuery.all().within(gulfOfGuinea),
                null,
                q -> q.bbox() == null ? all : List.of(),
                SampleEvents.ARTICLES::get,
                picks);
        picks.toggle(all.get(1).id());

        assertThat(d.summary.getText()).isEqualTo("all event types \u00B7 in the map's view \u2014 0 events");
        assertThat(d.selection()).isEmpty();
        d.onlyPicked.setValue(true);
        assertThat(d.selection()).containsExactly(all.get(1));
    }

    @Test
    void picked_events_alone_go_out_in_the_analysts_order_with_the_subtitle() throws Exception {
        PickedEvents picks = new PickedEvents();
        List<org.geobrief.events.GeoEvent> all = SampleEvents.kazakhstan();
        ExportDialog d = new ExportDialog(EventQuery.all(), null, q -> all, SampleEvents.ARTICLES::get, picks);
        picks.toggle(all.get(0).id());
        picks.toggle(all.get(2).id());
        picks.move(all.get(2).id(), -1);
        d.onlyPicked.setValue(true);
        d.subtitle.setValue("For the morning meeting");

        ByteArrayOutputStream geojson = new ByteArrayOutputStream();
        d.write(Format.GEOJSON, geojson);
        ByteArrayOutputStream pptx = new ByteArrayOutputStream();
        d.write(Format.PPTX, pptx);

        JsonNode features = new ObjectMapper().readTree(geojson.toByteArray()).get("features");
        assertThat(features).hasSize(2);
        try (var show =
                new org.apache.poi.xslf.usermodel.XMLSlideShow(new java.io.ByteArrayInputStream(pptx.toByteArray()))) {
            String titleSlide = text(show.getSlides().get(0));
            assertThat(titleSlide).contains("Events briefing").contains("For the morning meeting");
            List<String> keyHeadings = show.getSlides().stream()
                    .map(ExportDialogTest::text)
                    .filter(t -> t.matches("(?s)^[12]\\. .*"))
                    .map(t -> t.substring(0, t.indexOf('\n') < 0 ? t.length() : t.indexOf('\n')))
                    .toList();
            assertThat(keyHeadings).hasSize(2);
            assertThat(keyHeadings.get(0))
                    .startsWith("1. ")
                    .contains(all.get(2).place().name());
            assertThat(keyHeadings.get(1))
                    .startsWith("2. ")
                    .contains(all.get(0).place().name());
        }
    }

    private static String text(org.apache.poi.xslf.usermodel.XSLFSlide slide) {
        return slide.getShapes().stream()
                .filter(org.apache.poi.xslf.usermodel.XSLFTextShape.class::isInstance)
                .map(s -> ((org.apache.poi.xslf.usermodel.XSLFTextShape) s).getText())
                .reduce("", (a, b) -> a.isEmpty() ? b : a + "\n" + b);
    }

    @Test
    void the_file_is_named_after_the_title() {
        ExportDialog d = dialog(null);
        d.title.setValue("Unrest: Almaty / Алматы, Jan 2022");

        assertThat(d.fileName(Format.PPTX)).isEqualTo("Unrest-Almaty-Алматы-Jan-2022.pptx");
        assertThat(d.currentView.isEnabled()).isFalse(); // no view known: the map fits the events
    }
}
