package org.geobrief.geoparse.internal.resolve;

import java.util.HashMap;
import java.util.Map;

/**
 * A text about one country names its places: each mention votes for the countries and first-level areas of its
 * candidates (by their current probability; country and area names vote double), and every candidate is scaled by
 * {@code 1 + 8 x} its country's share of the other mentions' votes and {@code 1 + 4 x} its area's share.
 */
final class CountryContextPass implements ResolutionPass {

    static final double COUNTRY_WEIGHT = 8;
    static final double ADMIN1_WEIGHT = 4;

    @Override
    public void apply(DocumentState doc) {
        Map<String, Double> countries = new HashMap<>();
        Map<String, Double> areas = new HashMap<>();
        double total = 0;
        Map<MentionState, Map<String, Double>> ownCountry = new HashMap<>();
        Map<MentionState, Map<String, Double>> ownArea = new HashMap<>();
        for (MentionState m : doc.mentions()) {
            double w = m.forced != null ? 2 : 1;
            Map<String, Double> oc = new HashMap<>(), oa = new HashMap<>();
            double t = m.total();
            for (Candidate c : m.candidates) {
                double p = (t > 0 ? c.score / t : 0) * w;
                double big = c.place.isCountry() || c.place.isAdmin1() ? 2 : 1;
                if (!c.place.countryCode().isEmpty()) {
                    oc.merge(c.place.countryCode(), p * big, Double::sum);
                }
                if (!c.place.admin1Code().isEmpty()) {
                    oa.merge(areaKey(c), p * big, Double::sum);
                }
            }
            oc.forEach((k, v) -> countries.merge(k, v, Double::sum));
            oa.forEach((k, v) -> areas.merge(k, v, Double::sum));
            total += oc.values().stream().mapToDouble(Double::doubleValue).sum();
            ownCountry.put(m, oc);
            ownArea.put(m, oa);
        }
        for (MentionState m : doc.mentions()) {
            Map<String, Double> oc = ownCountry.get(m), oa = ownArea.get(m);
            double others = total
                    - oc.values().stream().mapToDouble(Double::doubleValue).sum();
            if (others <= 0) {
                continue;
            }
            for (Candidate c : m.candidates) {
                String cc = c.place.countryCode();
                double cShare = (countries.getOrDefault(cc, 0.0) - oc.getOrDefault(cc, 0.0)) / others;
                double aShare = c.place.admin1Code().isEmpty()
                        ? 0
                        : (areas.getOrDefault(areaKey(c), 0.0) - oa.getOrDefault(areaKey(c), 0.0)) / others;
                c.score *= (1 + COUNTRY_WEIGHT * Math.max(0, cShare)) * (1 + ADMIN1_WEIGHT * Math.max(0, aShare));
            }
            m.normalise();
        }
    }

    private static String areaKey(Candidate c) {
        return c.place.countryCode() + "." + c.place.admin1Code();
    }
}
