package org.geobrief.events.internal;

import java.util.regex.Pattern;

/**
 * Whether a sentence says an event happened, for weak triggers (bare nouns): "protests erupted", "protests in
 * Aktau", "the protesters gathered" do; "the protests are a warning signal" does not.
 */
final class Support {

    private static final Pattern EVENTIVE = Pattern.compile(
            "\\b(?:began|begun|begin|begins|start(?:ed|s)?|erupt\\w*|broke\\s+out|break\\s+out|spread(?:ing|s)?|took\\s+place"
                    + "|take\\s+place|taking\\s+place|(?:was|were|been)\\s+held|continu\\w+|turned\\s+violent|gather\\w*"
                    + "|swell\\w*|swelled|resum\\w+|flar\\w+|escalat\\w+|rock(?:ed|ing|s)?|swept|sweep\\w*|staged?"
                    + "|rallied|marched|chant\\w*|blocked|occupied|dispersed|renewed|rag(?:ed|es|ing)|intensif\\w+"
                    + "|poured|dispers\\w+|tear\\s*gas|sparked|triggered|prompted|provoked|drew|followed|led\\s+to|weeks\\s+of|days\\s+of|months\\s+of|detain\\w*|arrest\\w*|killed|died|injured|wounded|left\\s+\\w+\\s+dead|reported|participated|joined)\\b",
            Pattern.CASE_INSENSITIVE);
    /** How far (chars) from the trigger the verb saying it happened may be. */
    private static final int WINDOW = 60;

    private static final Pattern LOCATIVE_AFTER =
            Pattern.compile("^[\\s,]*(?:in|at|near|outside|across|on\\s+the\\s+streets\\s+of)\\s+(?:the\\s+)?"
                    + "(?:[a-z-]+\\s+){0,3}\\p{Lu}");

    private Support() {}

    static boolean happened(String sentence, TriggerLexicon.Hit hit) {
        String near =
                sentence.substring(Math.max(0, hit.start() - WINDOW), Math.min(sentence.length(), hit.end() + WINDOW));
        return EVENTIVE.matcher(near).find()
                || LOCATIVE_AFTER.matcher(sentence.substring(hit.end())).find();
    }
}
