package org.geobrief.geoparse.eval;

/**
 * The published geoparsing metrics of one system on one corpus (see shared/eval/README.md).
 *
 * @param matched predictions matched to a gold toponym
 * @param predicted all predictions
 * @param gold all gold toponyms
 * @param acc161 share of matched pairs whose error is under 161 km
 * @param meanKm mean error of matched pairs in km
 * @param medianKm median error of matched pairs in km
 * @param auc trapezoid mean of ln(1+err)/ln(20039) over the sorted errors; lower is better
 */
public record Scores(int matched, int predicted, int gold, double acc161, double meanKm, double medianKm, double auc) {

    public double precision() {
        return predicted == 0 ? 0 : (double) matched / predicted;
    }

    public double recall() {
        return gold == 0 ? 0 : (double) matched / gold;
    }

    public double f1() {
        double p = precision(), r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** Share of all gold toponyms found and placed within 161 km. */
    public double recallTimesAcc161() {
        return recall() * acc161;
    }
}
