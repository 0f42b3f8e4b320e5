package org.geobrief.events.eval;

import java.util.Map;

/**
 * Event extraction figures on a gold set.
 *
 * @param matched matched pairs (see {@link EventScorer})
 * @param predicted all events the system reported
 * @param gold all gold events
 * @param typeRight matched pairs whose type labels agree
 * @param familyRight matched pairs whose families agree
 * @param misses why the unmatched gold events were missed
 * @param byFamily per family (gold family for recall and type accuracy, predicted family for precision), in the
 *     taxonomy's order, only families that occur
 */
public record EventScores(
        int matched,
        int predicted,
        int gold,
        int typeRight,
        int familyRight,
        Misses misses,
        Map<String, FamilyScores> byFamily) {

    public EventScores {
        byFamily = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(byFamily));
    }

    /**
     * Unmatched gold events by what went wrong, for tuning.
     *
     * @param place an unmatched event of the same article has the right date but lies more than 161 km away
     * @param date otherwise, an unmatched event of the same article lies within 161 km but on another date
     * @param notFound nothing of the article comes close on either
     */
    public record Misses(int place, int date, int notFound) {}

    /**
     * @param gold gold events of the family
     * @param goldMatched of those, matched
     * @param predicted predicted events whose type is in the family
     * @param predictedMatched of those, matched
     * @param typeRight matched pairs with a gold event of the family whose type labels agree
     */
    public record FamilyScores(int gold, int goldMatched, int predicted, int predictedMatched, int typeRight) {

        public double precision() {
            return ratio(predictedMatched, predicted);
        }

        public double recall() {
            return ratio(goldMatched, gold);
        }

        public double typeAccuracy() {
            return ratio(typeRight, goldMatched);
        }
    }

    public double precision() {
        return ratio(matched, predicted);
    }

    public double recall() {
        return ratio(matched, gold);
    }

    public double f1() {
        double p = precision(), r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** Share of matched pairs with the same type label. */
    public double typeAccuracy() {
        return ratio(typeRight, matched);
    }

    /** Share of matched pairs in the same family. */
    public double familyAccuracy() {
        return ratio(familyRight, matched);
    }

    private static double ratio(int a, int b) {
        return b == 0 ? 0 : (double) a / b;
    }
}
