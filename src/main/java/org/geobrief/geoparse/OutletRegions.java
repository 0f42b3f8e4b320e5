package org.geobrief.geoparse;

import java.net.URI;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.geobrief.gazetteer.Names;

/**
 * The home-region tally of a run's outlets, learned incrementally: {@link #prior} gives an outlet's
 * {@link HomeRegions} from the articles {@link #learn learned} before, so an article is helped only by the outlet's
 * articles analysed before it (as an analyst's store grows). Deterministic for a given order. No gold is used: an
 * article contributes the first-level areas of its own confident towns and counties ({@link #regionsOf}).
 *
 * <p>{@code parse} of several files and {@code eval} keep one in memory; the import keeps the same counts per stored
 * article in the database. Thread-safe.
 */
public final class OutletRegions {

    /** Confidence from which a resolved mention counts as the outlet's evidence. */
    public static final double CONFIDENT = 0.5;

    private final Map<String, HomeRegions.Tally> byOutlet = new HashMap<>();

    /**
     * The outlet key: the outlet's name in lower case, spaces collapsed and a leading "the " dropped ("The Middletown
     * Press" → "middletown press"), else the host of the article's URL without "www." ("middletownpress.com"); null
     * when there is neither, and then the article gets no prior and teaches none. The name comes first because pasted
     * text and digests carry an outlet but seldom a URL, and a page's outlet is its site name wherever it was read.
     */
    public static String key(String outlet, String url) {
        if (outlet != null && !outlet.isBlank()) {
            String k = outlet.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
            k = k.startsWith("the ") ? k.substring(4) : k;
            if (!k.isBlank()) {
                return k;
            }
        }
        if (url != null && !url.isBlank()) {
            try {
                String host = URI.create(url.strip()).getHost();
                if (host != null && !host.isBlank()) {
                    host = host.toLowerCase(Locale.ROOT);
                    return host.startsWith("www.") ? host.substring(4) : host;
                }
            } catch (IllegalArgumentException e) {
                // not a URL: no key from it
            }
        }
        return null;
    }

    /**
     * What one article teaches: per region ({@link HomeRegions#regionOf}), the number of distinct names (normalised)
     * it resolved to a town or county there with confidence at least {@link #CONFIDENT}. Sorted by region.
     */
    public static Map<String, Integer> regionsOf(List<ResolvedMention> mentions) {
        Map<String, Integer> counts = new TreeMap<>();
        Set<String> seen = new HashSet<>();
        for (ResolvedMention m : mentions) {
            if (!m.isResolved() || m.confidence() < CONFIDENT || !HomeRegions.isTownOrCounty(m.place())) {
                continue;
            }
            String region = HomeRegions.regionOf(m.place());
            if (region != null && seen.add(Names.normalise(m.mention().text()))) {
                counts.merge(region, 1, Integer::sum);
            }
        }
        return counts;
    }

    /** The outlet's prior from the articles learned so far; {@link HomeRegions#NONE} for a null key. */
    public synchronized HomeRegions prior(String outletKey) {
        if (outletKey == null) {
            return HomeRegions.NONE;
        }
        HomeRegions.Tally t = byOutlet.get(outletKey);
        return t == null ? HomeRegions.NONE : t.regions();
    }

    /** Adds an article's resolved mentions to its outlet's tally; nothing for a null key. */
    public synchronized void learn(String outletKey, List<ResolvedMention> mentions) {
        if (outletKey == null) {
            return;
        }
        Map<String, Integer> counts = regionsOf(mentions);
        if (!counts.isEmpty()) {
            byOutlet.computeIfAbsent(outletKey, k -> new HomeRegions.Tally()).add(counts);
        }
    }
}
