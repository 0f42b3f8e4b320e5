package org.geobrief.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.geobrief.events.Places.ALMATY;
import static org.geobrief.events.Places.ATYRAU;
import static org.geobrief.events.Places.KAZAKHSTAN;

import java.time.LocalDate;
import java.util.List;
import org.geobrief.base.TextSpan;
import org.geobrief.gazetteer.Place;
import org.geobrief.timeline.TimePrecision;
import org.junit.jupiter.api.Test;

class EventMergerTest {

    /** A place about 10 km from Almaty's centre. */
    private static final Place BOROLDAY = Places.town(1, "Boralday", "KZ", "10", "Almaty Oblysy", 0, 43.35, 76.86);

    private final EventMerger merger = new EventMerger();

    private static GeoEvent event(
            String article,
            EventType type,
            String subtype,
            String date,
            TimePrecision tp,
            Place place,
            int geo,
            List<String> actors,
            Integer deaths,
            double confidence) {
        return new GeoEvent(
                "x",
                type,
                subtype,
                LocalDate.parse(date),
                tp,
                geo,
                place,
                actors,
                deaths,
                confidence,
                List.of(new EventSource(new SourceLink(article, new TextSpan(0, 10)), "s " + article)));
    }

    private static GeoEvent riot(String article, String date, TimePrecision tp, Place place, double confidence) {
        return event(
                article,
                EventType.RIOTS,
                "Violent demonstration",
                date,
                tp,
                place,
                place.isCountry() ? 3 : 1,
                List.of(),
                null,
                confidence);
    }

    @Test
    void two_reports_of_one_riot_become_one_event_with_both_sources() {
        GeoEvent a = event(
                "a",
                EventType.RIOTS,
                "Violent demonstration",
                "2022-01-05",
                TimePrecision.DAY,
                ALMATY,
                1,
                List.of("protesters"),
                null,
                0.6);
        GeoEvent b = event(
                "b",
                EventType.RIOTS,
                "Violent demonstration",
                "2022-01-05",
                TimePrecision.DAY,
                BOROLDAY,
                1,
                List.of("Protesters", "police"),
                8,
                0.5);
        List<GeoEvent> merged = merger.merge(List.of(a, b));
        assertThat(merged).hasSize(1);
        GeoEvent m = merged.get(0);
        assertThat(m.sources()).extracting(s -> s.link().articleId()).containsExactly("a", "b");
        assertThat(m.actors()).containsExactly("protesters", "police");
        assertThat(m.fatalities()).isEqualTo(8);
        assertThat(m.confidence()).isEqualTo(0.8);
        assertThat(m.place()).isEqualTo(ALMATY);
    }

    @Test
    void a_week_precise_report_joins_the_day_precise_one_and_takes_its_date() {
        List<GeoEvent> merged = merger.merge(List.of(
                riot("a", "2022-01-07", TimePrecision.WEEK, ALMATY, 0.4),
                riot("b", "2022-01-05", TimePrecision.DAY, ALMATY, 0.7)));
        assertThat(merged).hasSize(1);
        assertThat(merged.get(0).date()).isEqualTo("2022-01-05");
        assertThat(merged.get(0).timePrecision()).isEqualTo(TimePrecision.DAY);
    }

    @Test
    void a_country_level_report_joins_the_same_days_report_in_one_of_its_towns() {
        List<GeoEvent> merged = merger.merge(List.of(
                riot("a", "2022-01-05", TimePrecision.DAY, ALMATY, 0.6),
                riot("a", "2022-01-05", TimePrecision.DAY, KAZAKHSTAN, 0.6)));
        assertThat(merged).singleElement().satisfies(e -> assertThat(e.place()).isEqualTo(ALMATY));
    }

    @Test
    void a_country_level_report_of_another_day_from_another_article_does_not_lend_its_date_to_a_towns_report() {
        // merged, the riot in Almaty would take the country report's day: a date no report gives for Almaty
        assertThat(merger.merge(List.of(
                        riot("a", "2022-01-05", TimePrecision.WEEK, ALMATY, 0.6),
                        riot("b", "2022-01-04", TimePrecision.DAY, KAZAKHSTAN, 0.6))))
                .hasSize(2);
        assertThat(merger.merge(List.of(
                        riot("a", "2022-01-07", TimePrecision.WEEK, ALMATY, 0.4),
                        riot("b", "2022-01-05", TimePrecision.DAY, KAZAKHSTAN, 0.7))))
                .hasSize(2);
        // within one article the story ties them
        assertThat(merger.merge(List.of(
                        riot("a", "2022-01-05", TimePrecision.WEEK, ALMATY, 0.6),
                        riot("a", "2022-01-04", TimePrecision.DAY, KAZAKHSTAN, 0.6))))
                .hasSize(1);
    }

    @Test
    void undated_reports_merge_within_an_article_but_not_across_articles() {
        GeoEvent a1 = riot("a", "2022-01-05", TimePrecision.DAY, ALMATY, 0.6);
        GeoEvent undatedA = withoutDate(a1);
        GeoEvent undatedA2 = withoutDate(riot("a", "2022-01-05", TimePrecision.DAY, ALMATY, 0.5));
        GeoEvent undatedB = withoutDate(riot("b", "2022-01-05", TimePrecision.DAY, ALMATY, 0.6));
        assertThat(merger.merge(List.of(undatedA, undatedA2))).hasSize(1);
        assertThat(merger.merge(List.of(undatedA, undatedB))).hasSize(2);
    }

    private static GeoEvent withoutDate(GeoEvent e) {
        return copy(e, null, TimePrecision.MONTH, e.sources());
    }

    private static GeoEvent copy(GeoEvent e, LocalDate date, TimePrecision tp, List<EventSource> sources) {
        return new GeoEvent(
                e.id(),
                e.type(),
                e.subtype(),
                date,
                tp,
                e.geoPrecision(),
                e.place(),
                e.actors(),
                e.fatalities(),
                e.confidence(),
                sources);
    }

    @Test
    void one_sentence_repeated_in_an_article_is_one_report() {
        GeoEvent first = riot("a", "2022-01-05", TimePrecision.DAY, ALMATY, 0.6);
        GeoEvent again = copy(
                first,
                first.date(),
                first.timePrecision(),
                List.of(new EventSource(new SourceLink("a", new TextSpan(500, 510)), "s a")));
        GeoEvent other = riot("b", "2022-01-05", TimePrecision.DAY, ALMATY, 0.5);
        assertThat(merger.merge(List.of(first, again, other))).singleElement().satisfies(m -> {
            assertThat(m.sources()).extracting(s -> s.link().articleId()).containsExactly("a", "b");
            assertThat(m.confidence()).isEqualTo(0.8); // 1 - 0.4 * 0.5: the repeat adds no certainty
        });
    }

    @Test
    void different_days_places_or_kinds_stay_apart() {
        assertThat(merger.merge(List.of(
                        riot("a", "2022-01-05", TimePrecision.DAY, ALMATY, 0.6),
                        riot("a", "2022-01-06", TimePrecision.DAY, ALMATY, 0.6))))
                .hasSize(2);
        assertThat(merger.merge(List.of(
                        riot("a", "2022-01-05", TimePrecision.DAY, ALMATY, 0.6),
                        riot("a", "2022-01-05", TimePrecision.DAY, ATYRAU, 0.6))))
                .hasSize(2);
        assertThat(merger.merge(List.of(
                        event(
                                "a",
                                EventType.STRATEGIC_DEVELOPMENTS,
                                "Arrests",
                                "2022-01-05",
                                TimePrecision.DAY,
                                ALMATY,
                                1,
                                List.of(),
                                null,
                                0.6),
                        event(
                                "a",
                                EventType.STRATEGIC_DEVELOPMENTS,
                                "Other",
                                "2022-01-05",
                                TimePrecision.DAY,
                                ALMATY,
                                1,
                                List.of(),
                                null,
                                0.6))))
                .hasSize(2);
    }

    @Test
    void country_level_reports_of_one_country_merge() {
        assertThat(merger.merge(List.of(
                        riot("a", "2022-01-05", TimePrecision.DAY, KAZAKHSTAN, 0.6),
                        riot("b", "2022-01-05", TimePrecision.DAY, KAZAKHSTAN, 0.6))))
                .hasSize(1);
    }

    @Test
    void a_change_of_territory_stays_apart_from_the_fighting_at_the_same_place_and_day() {
        GeoEvent regained = event(
                "a",
                EventType.BATTLES,
                "Government regains territory",
                "2022-01-05",
                TimePrecision.DAY,
                ALMATY,
                1,
                List.of(),
                null,
                0.8);
        GeoEvent clash = event(
                "a",
                EventType.BATTLES,
                "Armed clash",
                "2022-01-05",
                TimePrecision.DAY,
                ALMATY,
                1,
                List.of(),
                null,
                0.8);
        assertThat(merger.merge(List.of(regained, clash))).hasSize(2);
        assertThat(merger.merge(List.of(clash, clash))).hasSize(1);
    }

    private static final Place MAKURDI = Places.town(2331447, "Makurdi", "NG", "26", "Benue", 292_645, 7.73, 8.52);
    private static final Place GUMA = Places.town(2, "Guma", "NG", "26", "Benue", 0, 7.82, 8.86);

    @Test
    void an_epidemic_reported_twice_in_one_province_within_a_month_is_one_outbreak_but_a_flood_is_not() {
        GeoEvent earlier = event(
                "a",
                EventType.EPIDEMIC,
                "Viral disease",
                "2018-03-26",
                TimePrecision.WEEK,
                GUMA,
                1,
                List.of(),
                null,
                0.7);
        GeoEvent later = event(
                "a",
                EventType.EPIDEMIC,
                "Viral disease",
                "2018-04-05",
                TimePrecision.WEEK,
                MAKURDI,
                1,
                List.of(),
                null,
                0.6);
        assertThat(merger.merge(List.of(earlier, later))).hasSize(1);
        GeoEvent flood = event(
                "a",
                EventType.FLOOD,
                "Riverine flood",
                "2018-03-26",
                TimePrecision.WEEK,
                GUMA,
                1,
                List.of(),
                null,
                0.7);
        GeoEvent flood2 = event(
                "a",
                EventType.FLOOD,
                "Riverine flood",
                "2018-04-05",
                TimePrecision.WEEK,
                MAKURDI,
                1,
                List.of(),
                null,
                0.6);
        assertThat(merger.merge(List.of(flood, flood2))).hasSize(2);
    }

    @Test
    void an_events_date_is_said_in_words_at_its_precision() {
        assertThat(riot("a", "2022-01-05", TimePrecision.DAY, ALMATY, 0.5).whenInWords())
                .isEqualTo("2022-01-05");
        assertThat(riot("a", "2022-01-05", TimePrecision.WEEK, ALMATY, 0.5).whenInWords())
                .isEqualTo("the week of 2022-01-05");
        assertThat(riot("a", "2022-01-05", TimePrecision.MONTH, ALMATY, 0.5).whenInWords())
                .isEqualTo("January 2022");
    }
}
