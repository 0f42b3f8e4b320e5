package org.geobrief.geoparse.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Scores geoparser output against gold toponyms with the rules of the published benchmarks: a prediction matches
 * the first still-unmatched gold toponym of the same document whose surface text is equal ignoring case and whose
 * span midpoint differs by less than 10 characters; distances of matched pairs are haversine km (R = 6371).
 * Feed it document by document, then read {@link #scores()}.
 */
public final class GeoScorer {

    /** Half the earth's circumference in km: the largest possible error, the AUC scale. */
    static final double MAX_ERROR_KM = 20039;

    private int matched;
    private int predicted;
    private int gold;
    private final List<Double> errors = new ArrayList<>();

    /**
     * Adds one document's gold toponyms and predictions (in the order the system gave them). A prediction without
     * coordinates (NaN) is left out, as the published figures do for names a system recognised but could not place.
     */
    public void add(List<Toponym> goldToponyms, List<Toponym> allPredictions) {
        List<Toponym> predictions = allPredictions.stream()
                .filter(p -> !Double.isNaN(p.lat()) && !Double.isNaN(p.lon()))
                .toList();
        gold += goldToponyms.size();
        predicted += predictions.size();
        boolean[] taken = new boolean[goldToponyms.size()];
        for (Toponym p : predictions) {
            for (int i = 0; i < goldToponyms.size(); i++) {
                Toponym g = goldToponyms.get(i);
                if (!taken[i] && matches(p, g)) {
                    taken[i] = true;
                    matched++;
                    errors.add(distanceKm(p, g));
                    break;
                }
            }
        }
    }

    public static boolean matches(Toponym predicted, Toponym gold) {
        return predicted.text().toLowerCase(Locale.ROOT).equals(gold.text().toLowerCase(Locale.ROOT))
                && Math.abs(predicted.midpoint() - gold.midpoint()) < 10;
    }

    /** Haversine km, R = 6371; computed on the raw figures since some published outputs hold invalid ones. */
    public static double distanceKm(Toponym a, Toponym b) {
        double dLat = Math.toRadians(b.lat() - a.lat());
        double dLon = Math.toRadians(b.lon() - a.lon());
        double h = Math.sin(dLat / 2) * Math.sin(dLat / 2)
                + Math.cos(Math.toRadians(a.lat()))
                        * Math.cos(Math.toRadians(b.lat()))
                        * Math.sin(dLon / 2)
                        * Math.sin(dLon / 2);
        return 2 * 6371.0 * Math.asin(Math.min(1, Math.sqrt(h)));
    }

    public Scores scores() {
        double[] e = errors.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        if (e.length == 0) {
            return new Scores(matched, predicted, gold, 0, 0, 0, 0);
        }
        long near = Arrays.stream(e).filter(d -> d < 161).count();
        double mean = Arrays.stream(e).average().orElse(0);
        double median = e.length % 2 == 1 ? e[e.length / 2] : (e[e.length / 2 - 1] + e[e.length / 2]) / 2;
        return new Scores(matched, predicted, gold, (double) near / e.length, mean, median, auc(e));
    }

    /** Trapezoid mean of {@code ln(1+err)/ln(20039)} over errors sorted ascending (0 for one error of 0 km). */
    static double auc(double[] sortedErrors) {
        int n = sortedErrors.length;
        double scale = Math.log(MAX_ERROR_KM);
        if (n == 1) {
            return Math.log(1 + sortedErrors[0]) / scale;
        }
        double area = 0;
        for (int i = 1; i < n; i++) {
            area += (Math.log(1 + sortedErrors[i - 1]) + Math.log(1 + sortedErrors[i])) / 2;
        }
        return area / (n - 1) / scale;
    }
}
