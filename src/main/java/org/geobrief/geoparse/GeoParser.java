package org.geobrief.geoparse;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.geobrief.base.AnalysisProgress;
import org.geobrief.gazetteer.Gazetteer;
import org.geobrief.gazetteer.Place;
import org.geobrief.geoparse.internal.PlaceIndex;
import org.geobrief.geoparse.internal.recognise.RecognisedName;
import org.geobrief.geoparse.internal.recognise.Recogniser;
import org.geobrief.geoparse.internal.resolve.Resolver;

/**
 * Finds the places a text names and where they are: recognise names, then resolve each to a gazetteer entry with
 * ranked candidates and a confidence. Thread-safe; one instance serves any number of texts.
 */
public final class GeoParser {

    private final Recogniser recogniser;
    private final Resolver resolver;

    public GeoParser(Gazetteer gazetteer) {
        this(new PlaceIndex() {
            @Override
            public List<Place> candidates(String name) {
                return gazetteer.candidates(name);
            }

            @Override
            public boolean isName(String normalisedName) {
                return gazetteer.isName(normalisedName);
            }

            @Override
            public Optional<Place> byId(long geonameId) {
                return gazetteer.byId(geonameId);
            }

            @Override
            public Optional<Place> country(String iso2) {
                return gazetteer.country(iso2);
            }

            @Override
            public Optional<Place> admin1(String countryCode, String admin1Code) {
                return gazetteer.admin1(countryCode, admin1Code);
            }
        });
    }

    /** Over another source of places (tests use a few hand-made ones). */
    public GeoParser(PlaceIndex index) {
        this.recogniser = new Recogniser(index);
        this.resolver = new Resolver(index);
    }

    /** The text's place mentions in text order; spans are code points into {@code text}. */
    public List<ResolvedMention> parse(String text) {
        return parse(text, Map.of());
    }

    /**
     * As {@link #parse(String)}, with analysts' corrections: a mention whose name, normalised by
     * {@link org.geobrief.gazetteer.Names#normalise}, equals a normalised key of {@code overrides} resolves to that
     * GeoNames id.
     */
    public List<ResolvedMention> parse(String text, Map<String, Long> overrides) {
        return parse(text, overrides, AnalysisProgress.NONE);
    }

    /** As {@link #parse(String, Map)}, reporting how far it is to {@code progress} (long texts take minutes). */
    public List<ResolvedMention> parse(String text, Map<String, Long> overrides, AnalysisProgress progress) {
        return parse(text, overrides, HomeRegions.NONE, progress);
    }

    /**
     * As {@link #parse(String, Map, AnalysisProgress)}, with the home regions of the text's outlet as a prior on
     * namesakes ({@link HomeRegions}; {@link HomeRegions#NONE} for none).
     */
    public List<ResolvedMention> parse(
            String text, Map<String, Long> overrides, HomeRegions home, AnalysisProgress progress) {
        List<RecognisedName> names =
                recogniser.recognise(text, done -> progress.at(AnalysisProgress.Stage.FINDING_NAMES, done));
        return resolver.resolve(
                text, names, overrides, home, done -> progress.at(AnalysisProgress.Stage.RESOLVING_PLACES, done));
    }
}
