package org.geobrief.geoparse.internal.recognise;

import java.util.List;
import org.geobrief.gazetteer.Place;

/**
 * A run of words that the gazetteer knows, as the {@link Cue}s see it: tokens [start, end) of one text.
 *
 * @param pass the text's recognition state (tokens, headlines, people, lookups)
 * @param start index of the first token
 * @param end index after the last token
 * @param cands the gazetteer entries the name may refer to
 * @param best the highest {@link Recogniser#importance} among them
 * @param preposition a place preposition governs the name ("in Almaty", "between Sevare and Douentza", "in the West
 *     Bank")
 */
record NameMatch(TextPass pass, int start, int end, List<Place> cands, double best, boolean preposition) {

    Token first() {
        return pass.toks.get(start);
    }

    /** The first word as written. */
    String word() {
        return first().text();
    }

    boolean single() {
        return end - start == 1;
    }

    /** The name as written. */
    String written() {
        return pass.text.substring(first().start(), pass.toks.get(end - 1).end());
    }

    /** The token {@code offset} places after the name (0: the first after it), or null past the text's end. */
    Token after(int offset) {
        int k = end + offset;
        return k < pass.n ? pass.toks.get(k) : null;
    }

    /** The token {@code offset} places before the name (1: the one just before), or null before the text. */
    Token before(int offset) {
        int k = start - offset;
        return k >= 0 ? pass.toks.get(k) : null;
    }
}
