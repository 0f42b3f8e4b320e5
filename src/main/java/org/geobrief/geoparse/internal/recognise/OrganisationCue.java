package org.geobrief.geoparse.internal.recognise;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A single word written as an organisation's acronym or short name, which the gazetteer knows only as small places:
 * "NATO" (not Nato in the Philippines), "the OSCE", "Nato allies", "CSTO troops". The recogniser refuses it.
 *
 * <p>Two cues, either enough: the word is an international organisation's name (the CIA World Factbook's list,
 * {@code geodata/names/organisations.txt}; in capitals, or title-cased as British papers write "Nato"), or an
 * all-caps word is used as organisations are ("the X", "X members", "X troops", "X summit"). A word the gazetteer
 * knows as a country, first-level area, capital or large city is never refused here ("the UAE", "US troops").
 */
final class OrganisationCue {

    /** Importance (see {@link Recogniser#importance}) from which a reading outweighs any organisation cue. */
    static final double IMPORTANT_PLACE = 2.5;

    static final Set<String> ORGANISATIONS = Lexicon.load("/geodata/names/organisations.txt", false);

    /** Lower-case words after an acronym that make it an organisation: "NATO members", "CSTO troops". */
    static final Set<String> ROLE_WORDS = Lexicon.words(
            """
            member members membership troops forces force allies ally alliance summit summits mission missions
            observers monitors delegation envoy envoys chief secretary spokesman spokeswoman statement charter
            headquarters bloc countries nations states
            """);

    private OrganisationCue() {}

    /** Whether the one-word name at token {@code i}, whose best reading has importance {@code best}, is an organisation. */
    static boolean namesOrganisation(List<Token> toks, int i, double best) {
        if (best >= IMPORTANT_PLACE) {
            return false;
        }
        Token t = toks.get(i);
        String word = t.text();
        if (isListed(word)) {
            return true;
        }
        if (!t.isAllCaps() || word.contains(".")) {
            return false; // "U.S." is an initialism, not an acronym of an organisation
        }
        boolean afterThe = i > 0 && toks.get(i - 1).text().equals("the");
        boolean beforeRole =
                i + 1 < toks.size() && ROLE_WORDS.contains(toks.get(i + 1).text());
        return afterThe || beforeRole;
    }

    /**
     * A listed name as written ("NATO", "Mercosur"), or a listed acronym of four letters or more title-cased
     * ("Nato", "Opec"); shorter ones title-cased are ordinary words or towns ("Ilo", "Ida").
     */
    static boolean isListed(String word) {
        if (ORGANISATIONS.contains(word)) {
            return true;
        }
        String upper = word.toUpperCase(Locale.ROOT);
        return word.length() >= 4 && !upper.equals(word) && ORGANISATIONS.contains(upper);
    }
}
