package org.geobrief.geoparse.internal.recognise;

import java.util.List;
import org.geobrief.gazetteer.Place;
import org.geobrief.geoparse.internal.PlaceIndex;

/**
 * Finds place names in news text without a statistical model: runs of capitalised words are matched against the
 * gazetteer longest-first, then each match is weighed by the importance of what it could be, the words around it
 * (prepositions, "X-based", "Paris, Texas", "Almaty region") and cues that it names a person or an organisation
 * (titles, given names, surnames met earlier in the text, "Tech", "Inc", "party").
 */
public final class Recogniser {

    private final PlaceIndex index;

    public Recogniser(PlaceIndex index) {
        this.index = index;
    }

    public List<RecognisedName> recognise(String text) {
        return recognise(text, done -> {});
    }

    /** As {@link #recognise(String)}, reporting the share of the text's words looked at to {@code progress}. */
    public List<RecognisedName> recognise(String text, java.util.function.DoubleConsumer progress) {
        return new TextPass(text, index).run(progress);
    }

    /**
     * How much a gazetteer entry stands out, on a 0.5..3 scale: countries and continents 3, first-level areas and
     * capitals 2.5, then by population.
     */
    static double importance(Place p) {
        String code = p.featureCode();
        if (p.isCountry() || p.featureClass().equals("L") || code.equals("OCN")) {
            return 3;
        }
        long pop = p.population();
        if (p.isAdmin1()) {
            return pop >= 1_000_000 ? 2.5 : pop >= 100_000 ? 2 : 1.5;
        }
        if (code.equals("PPLC") || code.equals("SEA")) {
            return pop > 0 && pop < 100_000 ? 2 : 2.5;
        }
        double byPop = pop >= 1_000_000 ? 2.5 : pop >= 100_000 ? 2 : pop >= 10_000 ? 1.6 : pop >= 1_000 ? 1.2 : 0.8;
        if (code.equals("PPLA")
                || code.equals("ADM2")
                || code.equals("RGN")
                || code.equals("GULF")
                || code.equals("STM")
                || code.equals("LK")
                || code.equals("DSRT")
                || code.equals("MTS")
                || code.equals("ISL")
                || code.equals("PEN")) {
            byPop = Math.max(byPop, 1.8);
        }
        return byPop;
    }
}
