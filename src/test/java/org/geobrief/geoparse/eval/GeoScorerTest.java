package org.geobrief.geoparse.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class GeoScorerTest {

    private static final Toponym PARIS_GOLD = new Toponym("Paris", 10, 15, 48.8566, 2.3522);
    private static final Toponym LYON_GOLD = new Toponym("Lyon", 40, 44, 45.7640, 4.8357);

    @Test
    void exact_prediction_scores_perfectly() {
        GeoScorer s = new GeoScorer();
        s.add(List.of(PARIS_GOLD), List.of(new Toponym("Paris", 10, 15, 48.8566, 2.3522)));
        Scores r = s.scores();
        assertThat(r.precision()).isEqualTo(1.0);
        assertThat(r.recall()).isEqualTo(1.0);
        assertThat(r.acc161()).isEqualTo(1.0);
        assertThat(r.auc()).isEqualTo(0.0);
    }

    @Test
    void surface_match_ignores_case_and_needs_midpoints_closer_than_ten() {
        assertThat(GeoScorer.matches(new Toponym("PARIS", 19, 24, 0, 0), PARIS_GOLD))
                .isTrue(); // 21.5 vs 12.5: 9
        assertThat(GeoScorer.matches(new Toponym("Paris", 20, 25, 0, 0), PARIS_GOLD))
                .isFalse(); // exactly 10
        assertThat(GeoScorer.matches(new Toponym("Paris, Texas", 10, 22, 0, 0), PARIS_GOLD))
                .isFalse();
    }

    @Test
    void each_prediction_matches_one_gold_first_come_first_matched() {
        Toponym gold1 = new Toponym("Paris", 10, 15, 0, 0);
        Toponym gold2 = new Toponym("Paris", 16, 21, 0, 0);
        GeoScorer s = new GeoScorer();
        Toponym p = new Toponym("Paris", 10, 15, 0, 0);
        s.add(List.of(gold1, gold2), List.of(p, p, p));
        Scores r = s.scores();
        assertThat(r.matched()).isEqualTo(2);
        assertThat(r.predicted()).isEqualTo(3);
        assertThat(r.precision()).isCloseTo(2 / 3.0, within(1e-9));
        assertThat(r.recall()).isEqualTo(1.0);
    }

    @Test
    void distances_are_only_over_matched_pairs() {
        GeoScorer s = new GeoScorer();
        // Paris placed in Paris, Texas (~7,800 km off); Lyon not found; one spurious prediction.
        s.add(
                List.of(PARIS_GOLD, LYON_GOLD),
                List.of(new Toponym("Paris", 10, 15, 33.6609, -95.5555), new Toponym("Tokayev", 70, 77, 0, 0)));
        Scores r = s.scores();
        assertThat(r.precision()).isEqualTo(0.5);
        assertThat(r.recall()).isEqualTo(0.5);
        assertThat(r.f1()).isEqualTo(0.5);
        assertThat(r.acc161()).isEqualTo(0.0);
        assertThat(r.meanKm()).isBetween(7700.0, 7900.0);
        assertThat(r.recallTimesAcc161()).isEqualTo(0.0);
    }

    @Test
    void auc_is_the_trapezoid_mean_of_scaled_log_errors() {
        double[] errors = {0, 20038};
        // ln(1+20038)/ln(20039) = 1; trapezoid over two points: (0 + 1) / 2
        assertThat(GeoScorer.auc(errors)).isCloseTo(0.5, within(1e-9));
        double e = Math.E - 1; // ln(1+e) = 1
        assertThat(GeoScorer.auc(new double[] {e, e, e})).isCloseTo(1 / Math.log(20039), within(1e-9));
    }

    @Test
    void median_of_even_count_is_the_mean_of_the_middle_two() {
        GeoScorer s = new GeoScorer();
        Toponym g = new Toponym("A", 0, 1, 0, 0);
        // errors along the equator: 1 degree of longitude ~ 111.19 km
        s.add(List.of(g), List.of(new Toponym("A", 0, 1, 0, 1)));
        s.add(List.of(g), List.of(new Toponym("A", 0, 1, 0, 3)));
        assertThat(s.scores().medianKm()).isCloseTo(2 * 111.195, within(0.1));
        assertThat(s.scores().acc161()).isEqualTo(0.5);
    }

    @Test
    void predictions_without_coordinates_are_left_out() {
        GeoScorer s = new GeoScorer();
        s.add(List.of(PARIS_GOLD), List.of(new Toponym("Paris", 10, 15, Double.NaN, Double.NaN)));
        assertThat(s.scores().predicted()).isZero();
        assertThat(s.scores().recall()).isZero();
    }
}
