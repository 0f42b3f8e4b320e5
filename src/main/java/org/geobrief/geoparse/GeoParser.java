package org.geobrief.geoparse;

import java.util.List;
import java.util.Map;
import org.geobrief.geoparse.internal.PlaceIndex;
import org.geobrief.geoparse.internal.recognise.Recogniser;
import org.geobrief.geoparse.internal.resolve.Resolver;

/**
 * Finds the places a text names and where they are: recognise names, then resolve each to a gazetteer entry with
 * ranked candidates and a confidence. Thread-safe; one instance serves any number of texts.
 */
public final class GeoParser {

    private final Recogniser recogniser;
    private final Resolver resolver;

    public GeoParser(PlaceIndex index) {
        this.recogniser = new Recogniser(index);
        this.resolver = new Resolver(index);
    }

    /** The text's place mentions in text order; spans are code points into {@code text}. */
    public List<ResolvedMention> parse(String text) {
        return parse(text, Map.of());
    }

    /**
     * As {@link #parse(String)}, with analysts' corrections: a mention whose normalised name (case, accents and
     * punctuation ignored) is a key of {@code overrides} resolves to that GeoNames id.
     */
    public List<ResolvedMention> parse(String text, Map<String, Long> overrides) {
        return resolver.resolve(text, recogniser.recognise(text), overrides);
    }
}
