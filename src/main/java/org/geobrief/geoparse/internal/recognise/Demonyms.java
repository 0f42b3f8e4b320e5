package org.geobrief.geoparse.internal.recognise;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.geobrief.gazetteer.Place;
import org.geobrief.geoparse.internal.PlaceIndex;

/** Adjectives of countries, continents, regions and nations ("Kazakh", "African", "Welsh") and their place. */
final class Demonyms {

    private static final Map<String, String> TABLE = Lexicon.loadPairs("/org/geobrief/geoparse/demonyms.tsv");

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
        String target = TABLE.get(word);
        if (target == null) {
            return Optional.empty();
        }
        if (target.startsWith("@")) {
            List<Place> c = index.candidates(target.substring(1));
            return c.stream()
                    .filter(p -> p.featureCode().equals("CONT"))
                    .findFirst()
                    .or(() ->
                            c.stream().filter(p -> p.featureClass().equals("L")).findFirst())
                    .or(() -> c.stream().filter(Place::isAdmin1).findFirst()); // England, Scotland, Wales
        }
        return index.country(target);
    }
}
