package org.geobrief.geoparse;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.geobrief.gazetteer.Place;

/**
 * An outlet's home regions: the first-level areas (US states, Canadian provinces, ...) where its earlier articles'
 * confident places fall, each with its share in [0, 1] (the shares sum to 1, or the prior is empty). A local paper's
 * places cluster in its home state, so a namesake there is likelier: the resolver multiplies a town's or county's
 * candidate in a home region by {@code 1 + WEIGHT × share}, unless the mention's likeliest reading is a country or a
 * first-level area itself ("California" in a West Virginia paper stays the state). Learned without gold by
 * {@link OutletRegions}.
 *
 * @param shares region key ({@link #regionOf}: "US.CT") to its share
 */
public record HomeRegions(Map<String, Double> shares) {

    /** No prior: an article without an outlet, or an outlet's first article. */
    public static final HomeRegions NONE = new HomeRegions(Map.of());

    /** How much a whole share multiplies a candidate by, less one (3: a region with all the places ×4). */
    public static final double WEIGHT = 3;

    public HomeRegions {
        shares = Map.copyOf(shares);
    }

    /**
     * The mean of articles' region shares: each article counts once, however many places it names.
     *
     * @param articles per article, region key to the number of distinct confident names it placed there
     */
    public static HomeRegions learnedFrom(Collection<Map<String, Integer>> articles) {
        Tally t = new Tally();
        articles.forEach(t::add);
        return t.regions();
    }

    /**
     * The running sums of {@link #learnedFrom}: articles added one at a time, the prior read at any point without
     * going over the articles again (a run of many articles of one outlet stays linear).
     */
    public static final class Tally {
        private final Map<String, Double> sum = new HashMap<>();
        private int articles;

        /** Adds one article's counts (region key to distinct confident names); an article with none counts not. */
        public void add(Map<String, Integer> counts) {
            double total = counts.values().stream().mapToInt(Integer::intValue).sum();
            if (total == 0) {
                return;
            }
            articles++;
            counts.forEach((region, c) -> sum.merge(region, c / total, Double::sum));
        }

        /** The mean share per region of the articles added so far; {@link #NONE} for none. */
        public HomeRegions regions() {
            if (articles == 0) {
                return NONE;
            }
            Map<String, Double> mean = new HashMap<>();
            sum.forEach((region, s) -> mean.put(region, s / articles));
            return new HomeRegions(mean);
        }
    }

    public boolean isEmpty() {
        return shares.isEmpty();
    }

    /** The place's region's share, 0 when it is not a home region or has no first-level area. */
    public double share(Place p) {
        String r = regionOf(p);
        return r == null ? 0 : shares.getOrDefault(r, 0.0);
    }

    /** The factor a town's or county's candidate is multiplied by: {@code 1 + WEIGHT × share}, else 1. */
    public double factor(Place p) {
        return isTownOrCounty(p) ? 1 + WEIGHT * share(p) : 1;
    }

    /** "US.CT": country code and GeoNames admin-1 code; null for a place without a first-level area. */
    public static String regionOf(Place p) {
        if (p.countryCode().isEmpty()
                || p.admin1Code().isEmpty()
                || p.admin1Code().equals("00")) {
            return null;
        }
        return p.countryCode() + "." + p.admin1Code();
    }

    /** A populated place or a second-level area (a US county): the readings the prior learns from and moves. */
    public static boolean isTownOrCounty(Place p) {
        return p.isPopulatedPlace()
                || (p.featureClass().equals("A") && p.featureCode().equals("ADM2"));
    }

    /** A country, a first-level area or a continent: never moved by the prior. */
    public static boolean isCountryOrState(Place p) {
        return p.isCountry() || p.isAdmin1() || p.featureCode().equals("CONT");
    }
}
