package org.geobrief.map.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.ClickEvent;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.PollEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.geobrief.briefing.MapExtent;
import org.geobrief.events.EventQuery;
import org.geobrief.events.EventType;
import org.geobrief.events.GeoEvent;
import org.geobrief.ingest.Article;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MapViewTest {

    private FakeDashboardData data;
    private MapView view;

    @BeforeEach
    void setUp() {
        MockVaadin.setup();
        data = new FakeDashboardData();
        view = new MapView(data);
        UI.getCurrent().add(view);
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    @Test
    void events_of_sample_imports_still_running_appear_when_they_end() {
        assertThat(view.sampleNotice.isVisible()).isFalse(); // nothing pending: no notice

        FakeDashboardData firstStart = new FakeDashboardData();
        FakeDashboardData.Pending sample = new FakeDashboardData.Pending();
        firstStart.samples.add(sample);
        List<GeoEvent> later = List.copyOf(firstStart.events);
        firstStart.events.clear();
        MapView fresh = new MapView(firstStart);
        UI.getCurrent().add(fresh);
        assertThat(fresh.sampleNotice.isVisible()).isTrue();
        assertThat(fresh.map.events()).isEmpty();
        assertThat(UI.getCurrent().getPollInterval()).isEqualTo(500);

        firstStart.events.addAll(later);
        sample.done = true;
        ComponentUtil.fireEvent(UI.getCurrent(), new PollEvent(UI.getCurrent(), true));

        assertThat(fresh.sampleNotice.isVisible()).isFalse();
        assertThat(fresh.map.events()).hasSize(3);
        assertThat(fresh.list.count.getText()).isEqualTo("3 events");
        assertThat(UI.getCurrent().getPollInterval()).isEqualTo(-1);
    }

    @Test
    void every_event_is_on_the_map_and_in_the_list() {
        assertThat(view.map.events()).hasSize(3);
        assertThat(GridKt._size(view.list.grid)).isEqualTo(3);
        assertThat(view.list.count.getText()).isEqualTo("3 events");
    }

    @Test
    void once_the_map_reports_its_view_map_list_and_count_show_the_events_the_data_finds_in_that_extent() {
        // Almaty (76.95E) and Nur-Sultan (71.45E) are in view, Aktau (51.2E) is not
        ComponentUtil.fireEvent(view.map, new ViewChanged(view.map, new MapExtent(60, 40, 80, 55), 5));

        assertThat(data.queries.get(data.queries.size() - 1).bbox()).isEqualTo(new EventQuery.BBox(60, 40, 80, 55));
        assertThat(view.map.events()).extracting(GeoEvent::id).containsExactlyInAnyOrder("e2", "e3");
        assertThat(GridKt._size(view.list.grid)).isEqualTo(2);
        assertThat(view.list.count.getText()).isEqualTo("2 events in view");

        view.filters.types.setValue(Set.of(EventType.PROTESTS));
        assertThat(view.map.events()).isEmpty();
        assertThat(view.list.count.getText()).isEqualTo("0 of 2 events in view");
    }

    @Test
    void unticking_only_events_in_view_lists_every_event_wherever_it_is() {
        ComponentUtil.fireEvent(view.map, new ViewChanged(view.map, new MapExtent(60, 40, 80, 55), 5));
        view.list.inView.setValue(false);

        assertThat(view.map.events()).hasSize(3);
        assertThat(view.list.count.getText()).isEqualTo("3 events");
        ComponentUtil.fireEvent(view.map, new ViewChanged(view.map, new MapExtent(70, 50, 72, 52), 7));
        assertThat(view.list.count.getText()).isEqualTo("3 events");
    }

    /** The three events and {@code extra} more near Almaty, one a day from 2020-01-01 (x0 the oldest). */
    private static FakeDashboardData withMore(int extra) {
        FakeDashboardData large = new FakeDashboardData();
        for (int i = 0; i < extra; i++) {
            large.events.add(FakeDashboardData.event(
                    "x" + i,
                    EventType.RIOTS,
                    "Mob violence",
                    LocalDate.of(2020, 1, 1).plusDays(i),
                    FakeDashboardData.ALMATY,
                    FakeDashboardData.SENTENCE_2));
        }
        return large;
    }

    @Test
    void
            a_store_larger_than_the_pin_limit_is_never_read_whole_and_a_view_gets_its_latest_pins_and_how_many_are_held_back() {
        FakeDashboardData large = withMore(MapView.PINS + 5);
        MapView v = new MapView(large);
        UI.getCurrent().add(v);
        assertThat(v.map.events()).isEmpty(); // until the map, fitted to the stored extent, reports its view
        assertThat(v.list.count.getText()).isEqualTo("Reading the events in view…");

        ComponentUtil.fireEvent(v.map, new ViewChanged(v.map, new MapExtent(60, 40, 80, 55), 5));

        // in view: the 2,005 near Almaty, e2 (Almaty) and e3 (Nur-Sultan): more than the map draws as pins, so it
        // draws the database's grid cells (2.8° at zoom 5); the list has the latest 2,000 (x0…x6, 2020, held back)
        assertThat(v.map.events()).isEmpty();
        assertThat(v.map.cells().total()).isEqualTo(2_007);
        assertThat(v.map.cells().cellDegrees()).isEqualTo(90.0 / 32);
        assertThat(v.list.events())
                .extracting(GeoEvent::id)
                .contains("x7", "x2004", "e2", "e3")
                .doesNotContain("x0", "x6", "e1");
        assertThat(GridKt._size(v.list.grid)).isEqualTo(MapView.PINS);
        assertThat(v.list.count.getText())
                .isEqualTo("Showing the latest 2,000 of 2,007 events in view — zoom in or narrow the filters");

        v.filters.types.setValue(Set.of(EventType.STRATEGIC_DEVELOPMENTS));
        assertThat(v.map.cells()).isNull();
        assertThat(v.map.events()).extracting(GeoEvent::id).containsExactlyInAnyOrder("e2", "e3");
        assertThat(v.list.count.getText()).isEqualTo("2 of 2,007 events in view");
        assertThat(large.wholeReads).isZero();
    }

    @Test
    void grid_cells_halve_with_each_zoom_level_but_a_view_never_holds_more_than_about_2000() {
        EventQuery.BBox alps = new EventQuery.BBox(0, 40, 20, 50);
        assertThat(MapView.cellDegrees(2, alps)).isEqualTo(22.5);
        assertThat(MapView.cellDegrees(7, alps)).isEqualTo(0.703125);
        // the whole world (the list unticked) at zoom 7: 5.6° cells, not 0.7° (123,000 of them)
        assertThat(MapView.cellDegrees(7, null)).isEqualTo(5.625);
        assertThat(MapView.cellDegrees(7, new EventQuery.BBox(-180, -85, 180, 85)))
                .isEqualTo(5.625);
    }

    @Test
    void unticked_on_a_large_store_the_latest_pins_from_everywhere_with_how_many_are_held_back() {
        FakeDashboardData large = withMore(MapView.PINS + 5);
        MapView v = new MapView(large);
        UI.getCurrent().add(v);
        v.list.inView.setValue(false);

        assertThat(v.map.events()).isEmpty();
        assertThat(v.map.cells().total()).isEqualTo(MapView.PINS + 8);
        assertThat(v.list.events()).hasSize(MapView.PINS);
        assertThat(v.list.count.getText())
                .isEqualTo("Showing the latest 2,000 of 2,008 events — tick Only events in view and zoom in");
        assertThat(large.wholeReads).isZero();
    }

    @Test
    void a_store_within_the_pin_limit_is_read_once_as_before() {
        FakeDashboardData small = withMore(MapView.PINS - 3);
        MapView v = new MapView(small);
        UI.getCurrent().add(v);

        assertThat(v.map.events()).hasSize(MapView.PINS);
        assertThat(v.list.count.getText()).isEqualTo("2,000 events");
    }

    @Test
    void a_type_filter_keeps_map_list_and_count_in_sync() {
        view.filters.types.setValue(Set.of(EventType.PROTESTS));

        assertThat(view.map.events()).extracting(e -> e.id()).containsExactly("e1");
        assertThat(GridKt._size(view.list.grid)).isEqualTo(1);
        assertThat(view.list.count.getText()).isEqualTo("1 of 3 events");
    }

    @Test
    void the_timeline_range_narrows_to_its_days() {
        view.filters.timeline.select(LocalDate.of(2022, 1, 5), LocalDate.of(2022, 1, 6));

        assertThat(view.map.events()).extracting(e -> e.id()).containsExactlyInAnyOrder("e2", "e3");
        assertThat(view.list.count.getText()).isEqualTo("2 of 3 events");
        assertThat(view.filters.filter().from()).isEqualTo(LocalDate.of(2022, 1, 5));
    }

    @Test
    void a_place_filter_by_country_or_place_id() {
        view.filters.places.setValue(Set.of(Long.toString(FakeDashboardData.ALMATY.geonameId())));
        assertThat(view.map.events()).extracting(e -> e.id()).containsExactly("e2");

        view.filters.places.setValue(Set.of("KZ"));
        assertThat(view.map.events()).hasSize(3);
    }

    @Test
    void minimum_confidence_above_every_event_leaves_none() {
        view.filters.minConfidence.setValue(0.9);

        assertThat(view.list.count.getText()).isEqualTo("0 of 3 events");
    }

    @Test
    void clicking_a_pin_shows_its_event_and_source_sentence() {
        ComponentUtil.fireEvent(view.map, new PinSelected(view.map, true, List.of("e2")));

        assertThat(LocatorJ._get(view.details, com.vaadin.flow.component.html.H3.class)
                        .getText())
                .isEqualTo("Strategic developments — Arrests");
        assertThat(sentenceButtons())
                .extracting(Div::getText)
                .containsExactly("“" + FakeDashboardData.SENTENCE_2 + "”");
    }

    @Test
    void a_filter_that_hides_the_shown_event_closes_it_and_drops_the_map_selection() {
        ComponentUtil.fireEvent(view.map, new PinSelected(view.map, true, List.of("e2")));
        assertThat(view.map.selected()).contains("e2");

        view.filters.types.setValue(Set.of(EventType.PROTESTS));

        assertThat(view.details.events()).isEmpty();
        assertThat(LocatorJ._find(view.details, H3.class)).isEmpty();
        assertThat(LocatorJ._get(view.details, Paragraph.class).getText()).isEqualTo("Click a pin to see its event.");
        assertThat(view.map.selected()).isEmpty();
    }

    @Test
    void a_filter_that_keeps_the_shown_event_keeps_it_and_the_map_selection() {
        ComponentUtil.fireEvent(view.map, new PinSelected(view.map, true, List.of("e2")));

        view.filters.types.setValue(Set.of(EventType.STRATEGIC_DEVELOPMENTS));

        assertThat(view.details.events()).extracting(e -> e.id()).containsExactly("e2");
        assertThat(LocatorJ._get(view.details, H3.class).getText()).isEqualTo("Strategic developments — Arrests");
        assertThat(view.map.selected()).contains("e2");
    }

    @Test
    void a_filter_drops_hidden_events_from_the_others_at_the_same_spot() {
        ComponentUtil.fireEvent(view.map, new PinSelected(view.map, true, List.of("e2", "e1", "e3")));

        view.filters.timeline.select(LocalDate.of(2022, 1, 5), LocalDate.of(2022, 1, 6));

        assertThat(view.details.events()).extracting(e -> e.id()).containsExactly("e2", "e3");
        assertThat(LocatorJ._get(view.details, Span.class, spec -> spec.withText("1 more at this spot:")))
                .isNotNull();
        assertThat(view.map.selected()).contains("e2");
    }

    @Test
    void a_source_sentence_opens_the_reader_with_it_marked_and_every_mention_highlighted() {
        ComponentUtil.fireEvent(view.map, new PinSelected(view.map, true, List.of("e2")));
        open(sentenceButtons().get(0));

        List<Span> spans = LocatorJ._find(view.reader, Span.class);
        String marked = spans.stream()
                .filter(s -> s.hasClassName("marked"))
                .map(Span::getText)
                .reduce("", String::concat);
        assertThat(marked).isEqualTo(FakeDashboardData.SENTENCE_2);
        assertThat(spans.stream().filter(s -> s.hasClassName("mention")).map(Span::getText))
                .containsExactly("Aktau", "Almaty", "Nur-Sultan");
    }

    @Test
    void correcting_a_mention_moves_its_event_and_undo_moves_it_back() {
        ComponentUtil.fireEvent(view.map, new PinSelected(view.map, true, List.of("e2")));
        open(sentenceButtons().get(0));
        Span almaty = LocatorJ._find(view.reader, Span.class).stream()
                .filter(s -> s.hasClassName("mention") && s.getText().equals("Almaty"))
                .findFirst()
                .orElseThrow();
        ComponentUtil.fireEvent(almaty, new ClickEvent<>(almaty));
        LocatorJ._get(view.reader, Button.class, spec -> spec.withText("Correct place…"))
                .click();

        CorrectionDialog dialog = LocatorJ._get(CorrectionDialog.class);
        assertThat(dialog.candidates.getListDataView().getItems())
                .containsExactly(FakeDashboardData.ALMATY, FakeDashboardData.ALMATY_REGION);
        dialog.candidates.setValue(FakeDashboardData.ALMATY_REGION);
        dialog.everywhere.setValue(true);
        dialog.apply.click();

        assertThat(data.everywhere).containsExactly(true);
        assertThat(placeOf("e2")).isEqualTo("Almaty Region");
        assertThat(view.details.events()).extracting(e -> e.place().name()).containsExactly("Almaty Region");
        assertThat(view.reader.article().id()).isEqualTo("a1");
        Button undo = LocatorJ._get(Button.class, spec -> spec.withText("Undo"));
        undo.click();
        assertThat(placeOf("e2")).isEqualTo("Almaty");
    }

    @Test
    void a_place_picked_on_the_map_is_offered_as_the_correction() {
        ComponentUtil.fireEvent(view.map, new PinSelected(view.map, true, List.of("e2")));
        open(sentenceButtons().get(0));
        view.reader.showMention(data.article("a1").orElseThrow().mentions().get(1));
        LocatorJ._get(view.reader, Button.class, spec -> spec.withText("Correct place…"))
                .click();
        LocatorJ._get(Button.class, spec -> spec.withText("Pick on map")).click();
        assertThat(view.map.isPicking()).isTrue();

        ComponentUtil.fireEvent(view.map, new MapClicked(view.map, true, FakeDashboardData.BISHKEK.point()));

        assertThat(view.map.isPicking()).isFalse();
        assertThat(LocatorJ._get(CorrectionDialog.class).candidates.getValue()).isEqualTo(FakeDashboardData.BISHKEK);
    }

    @Test
    void a_source_filter_keeps_events_reported_by_that_outlet() {
        view.applyFilter(EventFilter.ALL.withSources(Set.of("Reuters")), false);
        assertThat(view.map.events()).isEmpty();

        view.applyFilter(EventFilter.ALL.withSources(Set.of("Eurasianet")), false);
        assertThat(view.map.events()).hasSize(3);
        assertThat(view.filters.sources.getValue()).containsExactly("Eurasianet");
    }

    @Test
    void an_article_without_an_outlet_is_a_source_by_its_file_and_pasted_text_by_one_honest_entry() {
        // sources are outlets: a title made up from the first sentence named no source, and every pasted article
        // was a "source" of its own in the filter (browser walkthrough, round 8)
        Article a = data.article;
        data.article =
                new Article(a.id(), a.source(), a.span(), a.title(), "", "", "", a.published(), a.language(), a.text());
        view.reload();
        assertThat(view.filters.sources.getListDataView().getItems()).containsExactly("kz.txt");

        data.article =
                new Article(a.id(), "pasted", a.span(), a.title(), "", "", "", a.published(), a.language(), a.text());
        view.reload();
        assertThat(view.filters.sources.getListDataView().getItems()).containsExactly("Pasted text");
        view.applyFilter(
                EventFilter.of(
                        EventFilter.ALL.withSources(Set.of("Pasted text")).toQueryParameters()),
                false);
        assertThat(view.map.events()).hasSize(3);
        assertThat(view.filters.sources.getValue()).containsExactly("Pasted text");

        ComponentUtil.fireEvent(view.map, new PinSelected(view.map, true, List.of("e2")));
        assertThat(LocatorJ._find(view.details, Span.class).stream().map(Span::getText))
                .contains("— Pasted text")
                .doesNotContain("— Unrest in Kazakhstan");
    }

    @Test
    void clicking_an_event_sentence_in_the_reader_shows_that_event() {
        ComponentUtil.fireEvent(view.map, new PinSelected(view.map, true, List.of("e2")));
        open(sentenceButtons().get(0));
        Span troops = LocatorJ._find(view.reader, Span.class).stream()
                .filter(s -> s.hasClassName("event-sentence") && s.getText().startsWith("Troops"))
                .findFirst()
                .orElseThrow();

        ComponentUtil.fireEvent(troops, new ClickEvent<>(troops));

        assertThat(LocatorJ._get(view.details, com.vaadin.flow.component.html.H3.class)
                        .getText())
                .isEqualTo("Strategic developments — Deployment of troops");
    }

    @Test
    void the_credits_name_geonames_and_natural_earth() {
        assertThat(LocatorJ._get(Span.class, spec -> spec.withId("credits")).getText())
                .isEqualTo("Gazetteer data © GeoNames (CC-BY 4.0); Natural Earth (public domain)");
    }

    @Test
    void with_no_event_chosen_the_panel_lists_the_most_reported_events_shown() {
        List<NativeButton> overview =
                LocatorJ._find(view.details, NativeButton.class, spec -> spec.withClasses("overview-event"));

        assertThat(overview)
                .extracting(NativeButton::getText)
                .containsExactly(
                        "2022-01-06 Strategic developments — Nur-Sultan (1)",
                        "2022-01-05 Strategic developments — Almaty (1)",
                        "2022-01-02 Protests — Aktau (1)");
        ComponentUtil.fireEvent(overview.get(1), new ClickEvent<>(overview.get(1)));
        assertThat(view.details.events()).extracting(GeoEvent::id).containsExactly("e2");
    }

    @Test
    void moving_the_map_lists_in_the_overview_the_events_now_in_view() {
        // Almaty and Nur-Sultan are in view, Aktau is not
        ComponentUtil.fireEvent(view.map, new ViewChanged(view.map, new MapExtent(60, 40, 80, 55), 5));

        assertThat(LocatorJ._find(view.details, NativeButton.class, spec -> spec.withClasses("overview-event")))
                .extracting(NativeButton::getText)
                .containsExactly(
                        "2022-01-06 Strategic developments — Nur-Sultan (1)",
                        "2022-01-05 Strategic developments — Almaty (1)");
        assertThat(LocatorJ._get(
                        view.details, Span.class, spec -> spec.withText("Most reported of the 2 events shown:")))
                .isNotNull();
    }

    @Test
    void one_event_in_view_is_counted_as_one_event() {
        // only Aktau
        ComponentUtil.fireEvent(view.map, new ViewChanged(view.map, new MapExtent(45, 40, 55, 50), 5));

        assertThat(view.list.count.getText()).isEqualTo("1 event in view");
        assertThat(LocatorJ._get(view.details, Span.class, spec -> spec.withText("The one event shown:")))
                .isNotNull();
    }

    @Test
    void the_export_of_a_moved_map_holds_the_events_the_list_shows_in_view() {
        ComponentUtil.fireEvent(view.map, new ViewChanged(view.map, new MapExtent(60, 40, 80, 55), 5));
        assertThat(view.list.count.getText()).isEqualTo("2 events in view");

        LocatorJ._get(Button.class, spec -> spec.withId("export-button")).click();

        assertThat(LocatorJ._get(Span.class, spec -> spec.withId("export-summary"))
                        .getText())
                .isEqualTo("all event types · in the map's view — 2 events");
    }

    @Test
    void choosing_an_event_known_only_by_its_country_shows_the_country_not_a_close_up() {
        GeoEvent kz = FakeDashboardData.event(
                "e4",
                EventType.PROTESTS,
                "Peaceful protest",
                LocalDate.of(2022, 1, 4),
                new org.geobrief.gazetteer.Place(
                        1522867,
                        "Kazakhstan",
                        "A",
                        "PCLI",
                        "KZ",
                        "",
                        "",
                        18_000_000,
                        new org.geobrief.base.GeoPoint(48, 68)),
                FakeDashboardData.SENTENCE_1);
        UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations();

        ComponentUtil.fireEvent(view.list, new EventChosen(view.list, kz));
        UI.getCurrent().getInternals().getStateTree().runExecutionsBeforeClientResponse();

        assertThat(UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations().stream()
                        .map(i -> i.getInvocation().getExpression() + " "
                                + i.getInvocation().getParameters())
                        .filter(js -> js.contains("flyTo")))
                .singleElement()
                .asString()
                .contains("68.0, 48.0, 5.0");
    }

    @Test
    void events_picked_in_the_panel_go_to_the_export_in_the_analysts_order() throws Exception {
        ComponentUtil.fireEvent(view.map, new PinSelected(view.map, true, List.of("e3")));
        LocatorJ._get(view.details, Button.class, spec -> spec.withId("pick-event"))
                .click();
        ComponentUtil.fireEvent(view.map, new PinSelected(view.map, true, List.of("e1")));
        LocatorJ._get(view.details, Button.class, spec -> spec.withId("pick-event"))
                .click();
        assertThat(LocatorJ._get(view.details, Button.class, spec -> spec.withId("pick-event"))
                        .getText())
                .isEqualTo("★ In the briefing");
        view.picks.move("e1", -1);

        assertThat(view.picks.ids()).containsExactly("e1", "e3");
        view.filters.types.setValue(Set.of(EventType.STRATEGIC_DEVELOPMENTS));
        LocatorJ._get(Button.class, spec -> spec.withId("export-button")).click();
        org.geobrief.briefing.ui.ExportDialog dialog = LocatorJ._get(org.geobrief.briefing.ui.ExportDialog.class);
        assertThat(LocatorJ._find(
                        dialog,
                        com.vaadin.flow.component.orderedlayout.HorizontalLayout.class,
                        spec -> spec.withClasses("picked-event")))
                .hasSize(2);
    }

    @Test
    void the_timeline_axis_stays_when_another_filter_changes_and_draws_the_filtered_counts_inside() {
        String totals =
                view.filters.timeline.getElement().getPropertyRaw("totals").toString();
        String counts =
                view.filters.timeline.getElement().getPropertyRaw("counts").toString();

        view.filters.types.setValue(Set.of(EventType.PROTESTS));

        assertThat(view.filters.timeline.getElement().getPropertyRaw("totals").toString())
                .isEqualTo(totals);
        assertThat(view.filters.timeline.getElement().getPropertyRaw("counts").toString())
                .isNotEqualTo(counts);
        assertThat(view.filters.timeline.getElement().getProperty("start")).isEqualTo("2022-01-02");
    }

    @Test
    void the_place_filter_offers_a_country_once() {
        assertThat(FilterPanel.placeChoices(data.events()))
                .containsEntry("KZ", "Kazakhstan (whole country)")
                .containsEntry(Long.toString(FakeDashboardData.ALMATY.geonameId()), "Almaty, KZ")
                .hasSize(4);
    }

    @Test
    void a_country_no_event_is_placed_on_is_offered_by_its_name_not_its_code() {
        assertThat(FilterPanel.countryName("KG")).isEqualTo("Kyrgyzstan");
        assertThat(FilterPanel.countryName("TJ")).isEqualTo("Tajikistan");
        assertThat(FilterPanel.countryName("")).isEmpty();
    }

    @Test
    void a_chosen_place_that_left_the_choices_keeps_its_name_on_its_chip() {
        FilterPanel filters = new FilterPanel();
        String taraz = "1516905";
        filters.show(EventFilter.ALL, List.of(), java.util.Map.of(taraz, "Taraz, KZ"), List.of());
        filters.places.setValue(Set.of(taraz));

        // the map moved away from Taraz (or its events were corrected to another place): MapView still offers the
        // chosen place, by its key alone
        filters.show(filters.filter(), List.of(), java.util.Map.of(taraz, taraz), List.of());

        assertThat(filters.places.getValue()).containsExactly(taraz);
        assertThat(filters.places.getItemLabelGenerator().apply(taraz)).isEqualTo("Taraz, KZ");
    }

    private List<Div> sentenceButtons() {
        return LocatorJ._find(view.details, Div.class, spec -> spec.withClasses("source-sentence"));
    }

    private static void open(Div sentence) {
        ComponentUtil.fireEvent(sentence, new ClickEvent<>(sentence));
    }

    private String placeOf(String eventId) {
        return view.map.events().stream()
                .filter(e -> e.id().equals(eventId))
                .findFirst()
                .orElseThrow()
                .place()
                .name();
    }

    @Test
    void a_viewer_sees_the_map_but_no_import_and_no_correction() {
        data.mayChange = false;
        MapView viewers = new MapView(data);
        UI.getCurrent().add(viewers);

        assertThat(viewers.map.events()).isNotEmpty();
        assertThat(viewers.importButton.isVisible()).isFalse();
        assertThat(view.importButton.isVisible()).isTrue();
    }
}
