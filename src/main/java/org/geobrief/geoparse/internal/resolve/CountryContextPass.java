package org.geobrief.geoparse.internal.resolve;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.geobrief.gazetteer.Place;

/**
 * A text about one country names its places: each mention votes for the countries and first-level areas of its
 * candidates (by their current probability; country and area names vote double), and every candidate is scaled by
 * {@code 1 + 5 x} its country's share of the other mentions' votes and {@code 1 + 3 x} its area's share.
 *
 * <p>A name the gazetteer knows only as a section of a city ("Hampton Park", a suburb of Melbourne) votes a quarter:
 * such names are generic, and the park or neighbourhood the text means is often one the gazetteer lacks. Its vote is
 * weighed against at least one whole vote, so that alone it cannot carry "Charleston" to Australia.
 */
final class CountryContextPass implements ResolutionPass {

    static final double COUNTRY_WEIGHT = 5;
    static final double ADMIN1_WEIGHT = 3;

    @Override
    public void apply(DocumentState doc) {
        Map<String, Double> countries = new HashMap<>();
        Map<String, Double> areas = new HashMap<>();
        double total = 0;
        // a name's own votes, all its mentions together: "Paris" six times does not make a text French
        Map<String, Map<String, Double>> ownCountry = new HashMap<>();
        Map<String, Map<String, Double>> ownArea = new HashMap<>();
        for (MentionState m : doc.mentions()) {
            double w = m.forced != null ? 2 : onlySections(m) ? SECTION_VOTE : 1;
            Map<String, Double> oc = ownCountry.computeIfAbsent(m.key, k -> new HashMap<>());
            Map<String, Double> oa = ownArea.computeIfAbsent(m.key, k -> new HashMap<>());
            Map<String, Double> mc = new HashMap<>(), ma = new HashMap<>();
            double t = m.total();
            for (Candidate c : m.candidates) {
                double p = (t > 0 ? c.score / t : 0) * w;
                double big = c.place.isCountry() || c.place.isAdmin1() ? 2 : 1;
                if (!c.place.countryCode().isEmpty()) {
                    mc.merge(c.place.countryCode(), p * big, Double::sum);
                }
                if (!c.place.admin1Code().isEmpty()) {
                    ma.merge(areaKey(c), p * big, Double::sum);
                }
            }
            mc.forEach((k, v) -> {
                countries.merge(k, v, Double::sum);
                oc.merge(k, v, Double::sum);
            });
            ma.forEach((k, v) -> {
                areas.merge(k, v, Double::sum);
                oa.merge(k, v, Double::sum);
            });
            total += mc.values().stream().mapToDouble(Double::doubleValue).sum();
        }
        for (MentionState m : doc.mentions()) {
            Map<String, Double> oc = ownCountry.get(m.key), oa = ownArea.get(m.key);
            double others = total
                    - oc.values().stream().mapToDouble(Double::doubleValue).sum();
            if (others <= 0) {
                continue;
            }
            double votes = Math.max(others, 1); // weak votes alone do not make a whole share
            double[] boost = new double[m.candidates.size()];
            double most = 1;
            for (int k = 0; k < boost.length; k++) {
                Candidate c = m.candidates.get(k);
                String cc = c.place.countryCode();
                double cShare = (countries.getOrDefault(cc, 0.0) - oc.getOrDefault(cc, 0.0)) / votes;
                String area = c.place.admin1Code().isEmpty() ? null : areaKey(c);
                double aShare = area == null ? 0 : (areas.getOrDefault(area, 0.0) - oa.getOrDefault(area, 0.0)) / votes;
                boost[k] = (1 + COUNTRY_WEIGHT * Math.max(0, cShare)) * (1 + ADMIN1_WEIGHT * Math.max(0, aShare));
                most = Math.max(most, boost[k]);
            }
            for (int k = 0; k < boost.length; k++) {
                Candidate c = m.candidates.get(k);
                // an ocean or a sea between countries belongs to no country: context can neither favour nor
                // demote it against a town of the same name ("the Atlantic" in a US story is not Atlantic, Iowa)
                c.score *= isInternationalWater(c.place) ? most : boost[k];
            }
            m.normalise();
        }
    }

    /** The weight of the vote of a name known only as sections of cities. */
    static final double SECTION_VOTE = 0.25;

    /** Every candidate of the mention is a section of a populated place (GeoNames PPLX). */
    static boolean onlySections(MentionState m) {
        return m.forced == null
                && !m.candidates.isEmpty()
                && m.candidates.stream().allMatch(c -> c.place.featureCode().equals("PPLX"));
    }

    /** An ocean, sea, gulf, bay or strait that no single country holds (rivers and lakes keep their context). */
    static boolean isInternationalWater(Place p) {
        return p.countryCode().isEmpty() && MARINE.contains(p.featureCode());
    }

    private static final Set<String> MARINE = Set.of("OCN", "SEA", "GULF", "BAY", "STRT", "SD", "CHN");

    private static String areaKey(Candidate c) {
        return c.place.countryCode() + "." + c.place.admin1Code();
    }
}
