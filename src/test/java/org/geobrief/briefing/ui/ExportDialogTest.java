package org.geobrief.briefing.ui;

import static org.assertj.core.api.Assertions.assertThat;

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

    private ExportDialog dialog(MapExtent extent) {
        return new ExportDialog(
                riots,
                extent,
                q -> {
                    asked.add(q);
                    return SampleEvents.kazakhstan().stream()
                            .filter(e -> q.types().contains(e.type()))
                            .toList();
                },
                SampleEvents.ARTICLES::get);
    }

    @Test
    void the_download_holds_the_events_of_the_current_query() throws Exception {
        ExportDialog d = dialog(new MapExtent(40, 35, 90, 55));
        d.open();
        d.format.setValue(Format.GEOJSON);
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        d.write(d.format.getValue(), out);

        assertThat(asked).containsExactly(riots);
        JsonNode features = new ObjectMapper().readTree(out.toByteArray()).get("features");
        assertThat(features).hasSize(1);
        assertThat(features.get(0).get("properties").get("type").asText()).isEqualTo("Riots");
        assertThat(d.summary.getText()).isEqualTo("Riots \u00B7 KZ");
        assertThat(d.download.getHref()).isNotBlank();
    }

    @Test
    void the_file_is_named_after_the_title() {
        ExportDialog d = dialog(null);
        d.title.setValue("Unrest: Almaty / Алматы, Jan 2022");

        assertThat(d.fileName(Format.PPTX)).isEqualTo("Unrest-Almaty-Алматы-Jan-2022.pptx");
        assertThat(d.currentView.isEnabled()).isFalse(); // no view known: the map fits the events
    }
}
