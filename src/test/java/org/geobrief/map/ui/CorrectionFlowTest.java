package org.geobrief.map.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import java.util.Optional;
import org.geobrief.base.GeoPoint;
import org.geobrief.gazetteer.Gazetteer;
import org.geobrief.gazetteer.Place;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Picking the right place on the map, with the dashboard's real choice of place on the bundled gazetteer. */
class CorrectionFlowTest {

    private MapView view;

    @BeforeEach
    void setUp() {
        MockVaadin.setup();
        DashboardData data = new FakeDashboardData() {
            @Override
            public Optional<Place> placeAt(GeoPoint point, double reachKm) {
                return LibraryDashboardData.placeAt(Gazetteer.bundled(), point, reachKm);
            }
        };
        view = new MapView(data);
        UI.getCurrent().add(view);
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    @Test
    void a_click_3_km_from_aktau_offers_aktau_not_its_region() {
        assertThat(pickOnMap(43.675, 51.172)).map(Place::geonameId).contains(610612L);
    }

    @Test
    void a_click_reaches_12_pixels_at_the_map_scale_within_half_a_km_and_25_km() {
        assertThat(MapClicked.reachAt(0.1)).isCloseTo(1.2, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(MapClicked.reachAt(0.01)).isEqualTo(0.5);
        assertThat(MapClicked.reachAt(10)).isEqualTo(25);
        assertThat(MapClicked.reachAt(0)).isEqualTo(25); // the map did not say its scale
        assertThat(MapClicked.reachAt(Double.NaN)).isEqualTo(25);
    }

    @Test
    void zoomed_far_in_a_click_10_km_from_aktau_is_not_aktau() {
        // at 0.1 km per pixel a click reaches 1.2 km: no town, so the region (Mangystau) is offered
        assertThat(pickOnMap(43.74, 51.17, MapClicked.reachAt(0.1)))
                .map(Place::geonameId)
                .contains(608879L);
    }

    @Test
    void zoomed_out_the_same_click_is_aktau() {
        assertThat(pickOnMap(43.74, 51.17, MapClicked.reachAt(2)))
                .map(Place::geonameId)
                .contains(610612L);
    }

    @Test
    void a_click_in_the_steppe_far_from_any_town_offers_the_region() {
        assertThat(pickOnMap(47.5, 66.0)).map(Place::geonameId).contains(1523401L); // Karaganda Region
    }

    @Test
    void a_click_at_sea_offers_nothing_and_says_so() {
        assertThat(pickOnMap(0, -30)).map(Place::geonameId).contains(1526384L); // the mention's own place stays
        assertThat(NotificationsKt.getNotifications()).isNotEmpty();
    }

    /** Opens the correction of "Almaty" in the reader, picks on the map at (lat, lon): the place then selected. */
    private Optional<Place> pickOnMap(double lat, double lon) {
        return pickOnMap(lat, lon, MapClicked.DEFAULT_REACH_KM);
    }

    private Optional<Place> pickOnMap(double lat, double lon, double reachKm) {
        FakeDashboardData fake = new FakeDashboardData();
        view.reader.show(fake.article("a1").orElseThrow(), null);
        view.reader.showMention(fake.article("a1").orElseThrow().mentions().get(1));
        LocatorJ._get(view.reader, Button.class, spec -> spec.withText("Correct place…"))
                .click();
        LocatorJ._get(Button.class, spec -> spec.withText("Pick on map")).click();

        ComponentUtil.fireEvent(view.map, new MapClicked(view.map, true, new GeoPoint(lat, lon), reachKm));

        return Optional.ofNullable(
                LocatorJ._get(CorrectionDialog.class).candidates.getValue());
    }

    @Test
    void a_correction_whose_events_the_dates_hide_keeps_the_view_and_says_why() {
        view.filters.timeline.select(java.time.LocalDate.of(2022, 1, 5), java.time.LocalDate.of(2022, 1, 6));

        correctTo(0, FakeDashboardData.BISHKEK); // "Aktau": its protest is of 2 January

        assertThat(view.map.flownTo).isNull();
        assertThat(notice())
                .isEqualTo("“Aktau” is now Bishkek, KG; its events moved, but the 1 event there is hidden by the dates"
                        + " (2022-01-05 – 2022-01-06), so the map keeps its view. ");
    }

    @Test
    void a_correction_whose_events_are_shown_flies_to_the_place_and_counts_them() {
        correctTo(0, FakeDashboardData.BISHKEK);

        assertThat(view.map.flownTo).isEqualTo(FakeDashboardData.BISHKEK.point());
        assertThat(notice()).isEqualTo("“Aktau” is now Bishkek, KG; its events moved: 1 event there. ");
    }

    @Test
    void the_notice_counts_the_events_the_filters_hide_among_those_at_the_place() {
        Place p = FakeDashboardData.BISHKEK;
        assertThat(CorrectionFlow.notice("Aktau", p, 3, 1, java.util.List.of("the event types")))
                .isEqualTo("“Aktau” is now Bishkek, KG; its events moved: 3 events there, 2 of them hidden by the event"
                        + " types. ");
        assertThat(CorrectionFlow.notice(
                        "Aktau", p, 2, 0, java.util.List.of("the dates (2022-01-05 – …)", "the sources")))
                .endsWith("but both events there are hidden by the dates (2022-01-05 – …) and the sources, so the map"
                        + " keeps its view. ");
        assertThat(CorrectionFlow.notice("Aktau", p, 5, 0, java.util.List.of("the event types")))
                .contains("but all 5 events there are hidden by the event types");
        assertThat(CorrectionFlow.notice("Aktau", p, 0, 0, java.util.List.of()))
                .isEqualTo("“Aktau” is now Bishkek, KG. ");
    }

    /** Corrects the article's {@code nth} mention to {@code place} through the reader and the dialog. */
    private void correctTo(int nth, Place place) {
        FakeDashboardData fake = new FakeDashboardData();
        view.reader.show(fake.article("a1").orElseThrow(), null);
        view.reader.showMention(fake.article("a1").orElseThrow().mentions().get(nth));
        LocatorJ._get(view.reader, Button.class, spec -> spec.withText("Correct place…"))
                .click();
        CorrectionDialog dialog = LocatorJ._get(CorrectionDialog.class);
        dialog.offer(place);
        dialog.apply.click();
    }

    private String notice() {
        com.vaadin.flow.component.notification.Notification n = LocatorJ._get(
                com.vaadin.flow.component.notification.Notification.class, spec -> spec.withId("correction-notice"));
        return LocatorJ._get(n, com.vaadin.flow.component.html.Span.class).getText();
    }

    @Test
    void the_notice_names_the_chosen_place_apart_from_its_namesakes() {
        org.geobrief.gazetteer.Place ohio = new org.geobrief.gazetteer.Place(
                5170688, "Russia", "P", "PPL", "US", "OH", "Ohio", 656, new org.geobrief.base.GeoPoint(40.23, -84.41));
        org.geobrief.gazetteer.Place country = new org.geobrief.gazetteer.Place(
                2017370, "Russia", "A", "PCLI", "RU", "00", "", 144_478_050, new org.geobrief.base.GeoPoint(60, 100));
        assertThat(CorrectionFlow.where(ohio)).isEqualTo("Russia, Ohio, US");
        assertThat(CorrectionFlow.where(country)).isEqualTo("Russia, RU");
    }
}
