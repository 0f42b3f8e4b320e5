package org.geobrief.geoparse.internal.recognise;

import java.util.Map;
import java.util.Optional;
import org.geobrief.gazetteer.Gazetteer;
import org.geobrief.gazetteer.Place;
import org.geobrief.geoparse.internal.PlaceIndex;

/**
 * Adjectives of countries, continents, regions and nations ("Kazakh", "African", "Welsh") and their place: the
 * gazetteer's one table ({@code geodata/demonyms.tsv}, {@link Gazetteer#demonymsAsWritten}), matched as written.
 */
final class Demonyms {

    private static final Map<String, Long> TABLE = Gazetteer.demonymsAsWritten();

    private Demonyms() {}

    static boolean isDemonym(String word) {
        return TABLE.containsKey(word);
    }

    /** "Russians", "Israelis": the people of a country, the plural of its adjective. */
    static boolean isPlural(String word) {
        return word.length() > 3 && word.endsWith("s") && TABLE.containsKey(word.substring(0, word.length() - 1));
    }

    /** The adjective of a plural ("Russians" to "Russian"), or the word itself. */
    static String singular(String word) {
        return isPlural(word) ? word.substring(0, word.length() - 1) : word;
    }

    static Optional<Place> place(String word, PlaceIndex index) {
        Long id = TABLE.get(word);
        return id == null ? Optional.empty() : index.byId(id);
    }
}
