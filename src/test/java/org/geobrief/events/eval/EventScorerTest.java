package org.geobrief.events.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.geobrief.base.GeoPoint;
import org.geobrief.timeline.TimePrecision;
import org.junit.jupiter.api.Test;

class EventScorerTest {

    private static final GeoPoint KYIV = new GeoPoint(50.45, 30.52);
    private static final GeoPoint BROVARY = new GeoPoint(50.51, 30.79); // 20 km from Kyiv
    private static final GeoPoint KHARKIV = new GeoPoint(49.99, 36.23); // 410 km from Kyiv

    private static GoldEvent gold(String day, TimePrecision precision, GeoPoint at, String type) {
        return new GoldEvent(
                "a", LocalDate.parse(day), precision, "x", 0, at, EventFamilies.of(type), type, "", false, 0, "x");
    }

    private static PredictedEvent found(String day, GeoPoint at, String type) {
        return new PredictedEvent("a", day == null ? null : LocalDate.parse(day), at, type);
    }

    @Test
    void an_event_matches_on_the_same_day_within_161_km_whatever_its_type() {
        EventScorer scorer = new EventScorer();
        scorer.add(
                List.of(gold("2024-03-06", TimePrecision.DAY, KYIV, "Explosions/Remote violence")),
                List.of(found("2024-03-06", BROVARY, "Battles")));
        EventScores s = scorer.scores();
        assertThat(s.matched()).isEqualTo(1);
        assertThat(s.f1()).isEqualTo(1.0);
        assertThat(s.typeAccuracy()).isEqualTo(0.0);
        assertThat(s.familyAccuracy()).isEqualTo(1.0); // both political violence
    }

    @Test
    void the_wrong_day_or_a_place_too_far_away_is_no_match() {
        EventScorer scorer = new EventScorer();
        scorer.add(
                List.of(gold("2024-03-06", TimePrecision.DAY, KYIV, "Protests")),
                List.of(
                        found("2024-03-05", KYIV, "Protests"),
                        found("2024-03-06", KHARKIV, "Protests"),
                        found(null, KYIV, "Protests")));
        EventScores s = scorer.scores();
        assertThat(s.matched()).isZero();
        assertThat(s.precision()).isZero();
        assertThat(s.recall()).isZero();
    }

    @Test
    void week_precision_allows_three_days_either_side_and_month_precision_the_calendar_month() {
        EventScorer scorer = new EventScorer();
        scorer.add(
                List.of(
                        gold("2024-03-06", TimePrecision.WEEK, KYIV, "Flood"),
                        gold("2024-03-20", TimePrecision.MONTH, KHARKIV, "Epidemic")),
                List.of(
                        found("2024-03-09", KYIV, "Flood"), // 3 days later: same week
                        found("2024-03-10", KYIV, "Flood"), // 4 days later: no
                        found("2024-03-01", KHARKIV, "Epidemic"))); // same month
        EventScores s = scorer.scores();
        assertThat(s.matched()).isEqualTo(2);
        assertThat(s.precision()).isEqualTo(2.0 / 3);
        assertThat(s.recall()).isEqualTo(1.0);
        assertThat(s.typeAccuracy()).isEqualTo(1.0);
    }

    @Test
    void matching_is_one_to_one_and_pairs_the_closest_first() {
        GoldEvent inKyiv = gold("2024-03-06", TimePrecision.DAY, KYIV, "Battles");
        GoldEvent inBrovary = gold("2024-03-06", TimePrecision.DAY, BROVARY, "Protests");
        PredictedEvent atBrovary = found("2024-03-06", BROVARY, "Protests");
        PredictedEvent atKyiv = found("2024-03-06", KYIV, "Battles");
        PredictedEvent againAtKyiv = found("2024-03-06", KYIV, "Battles");
        EventScorer scorer = new EventScorer();
        List<EventScorer.Match> matches =
                scorer.add(List.of(inKyiv, inBrovary), List.of(atBrovary, atKyiv, againAtKyiv));
        assertThat(matches)
                .extracting(m -> m.gold().type() + "=" + m.predicted().type())
                .containsExactlyInAnyOrder("Battles=Battles", "Protests=Protests");
        EventScores s = scorer.scores();
        assertThat(s.matched()).isEqualTo(2);
        assertThat(s.predicted()).isEqualTo(3);
        assertThat(s.typeAccuracy()).isEqualTo(1.0);
    }

    @Test
    void families_count_gold_by_its_family_and_found_events_by_theirs() {
        EventScorer scorer = new EventScorer();
        scorer.add(
                List.of(
                        gold("2024-03-06", TimePrecision.DAY, KYIV, "Theft"),
                        gold("2024-03-06", TimePrecision.DAY, KHARKIV, "Election")),
                List.of(found("2024-03-06", KYIV, "Violence against civilians")));
        EventScores s = scorer.scores();
        assertThat(s.byFamily().keySet()).containsExactly("Political violence", "Crime", "Political process");
        assertThat(s.byFamily().get("Crime")).isEqualTo(new EventScores.FamilyScores(1, 1, 0, 0, 0));
        assertThat(s.byFamily().get("Political process")).isEqualTo(new EventScores.FamilyScores(1, 0, 0, 0, 0));
        assertThat(s.byFamily().get("Political violence")).isEqualTo(new EventScores.FamilyScores(0, 0, 1, 1, 0));
        assertThat(s.familyAccuracy()).isZero();
    }

    @Test
    void a_missed_event_is_told_apart_by_what_was_off() {
        EventScorer scorer = new EventScorer();
        scorer.add(
                List.of(gold("2024-03-06", TimePrecision.DAY, KYIV, "Protests")),
                List.of(found("2024-03-06", KHARKIV, "Protests"))); // right day, too far
        scorer.add(
                List.of(gold("2024-03-06", TimePrecision.DAY, KYIV, "Protests")),
                List.of(found("2024-03-05", BROVARY, "Protests"))); // near, other day
        scorer.add(List.of(gold("2024-03-06", TimePrecision.DAY, KYIV, "Protests")), List.of());
        scorer.add(
                List.of(gold("2024-03-06", TimePrecision.DAY, KYIV, "Protests")),
                List.of(found("2024-03-06", KYIV, "Protests"))); // matched: no miss
        assertThat(scorer.scores().misses()).isEqualTo(new EventScores.Misses(1, 1, 1));
    }

    @Test
    void an_article_without_gold_events_makes_everything_found_in_it_a_false_positive() {
        EventScorer scorer = new EventScorer();
        scorer.add(List.of(), List.of(found("2024-03-06", KYIV, "Riots")));
        scorer.add(
                List.of(gold("2024-03-06", TimePrecision.DAY, KYIV, "Riots")),
                List.of(found("2024-03-06", KYIV, "Riots")));
        EventScores s = scorer.scores();
        assertThat(s.precision()).isEqualTo(0.5);
        assertThat(s.recall()).isEqualTo(1.0);
        assertThat(s.f1()).isEqualTo(2 * 0.5 / 1.5);
    }
}
