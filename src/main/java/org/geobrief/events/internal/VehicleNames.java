package org.geobrief.events.internal;

import java.util.regex.Pattern;

/**
 * Car models named after places: "A red Dodge Durango ... Shots fired from the Durango struck him" (a Dodge Durango,
 * a Chevy Tahoe, a Jeep Cherokee, a Pontiac Montana). Where the article writes the name after a carmaker once, the name
 * is the vehicle throughout, never the scene of an event.
 */
public final class VehicleNames {

    /** A carmaker's name and the space after it: a model name starts where this match ends. */
    private static final Pattern MAKER = Pattern.compile(
            "\\b(?:Dodge|Ford|Chevy|Chevrolet|Jeep|Toyota|Honda|Nissan|Hyundai|Kia|GMC|Buick|Pontiac|Chrysler"
                    + "|Mercury|Lincoln|Cadillac|Volkswagen|VW|Mazda|Subaru|Mitsubishi|Plymouth|Oldsmobile|Isuzu"
                    + "|Suzuki|Volvo|Saturn|Ram)\\s+");

    /** {@link #MAKER}, tried only where a maker's name can begin (it ran at every char of every article). */
    private static final WordStartSearch MAKER_SEARCH = WordStartSearch.of(MAKER);

    /**
     * The last article asked about and where its model names may start, per thread: every place mention of an article
     * asks, so the article is scanned once, not once per mention (a long text repeating a name was quadratic).
     */
    private static final ThreadLocal<Scanned> LAST = new ThreadLocal<>();

    private record Scanned(String article, int[] modelStarts) {}

    private VehicleNames() {}

    /** True when {@code article} writes {@code name} right after a carmaker's name somewhere. */
    public static boolean model(String article, String name) {
        if (name.isEmpty()) {
            return false;
        }
        for (int at : modelStarts(article)) {
            if (article.startsWith(name, at)) {
                return true;
            }
        }
        return false;
    }

    /** The char offsets right after each "carmaker + space" of {@code article}. */
    static int[] modelStarts(String article) {
        Scanned last = LAST.get();
        if (last != null && last.article() == article) {
            return last.modelStarts();
        }
        int[] starts = new int[4];
        int n = 0;
        WordStartSearch.Matches m = MAKER_SEARCH.matches(article);
        while (m.find()) {
            if (n == starts.length) {
                starts = java.util.Arrays.copyOf(starts, n * 2);
            }
            starts[n++] = m.end();
        }
        int[] found = java.util.Arrays.copyOf(starts, n);
        LAST.set(new Scanned(article, found));
        return found;
    }
}
