package org.geobrief.events.internal;

import java.util.regex.Pattern;
import org.geobrief.events.EventType;

/**
 * A state's measure reported through its announcement: "the U.S. on Tuesday said it would impose 25 percent duties",
 * "Moscow announced it will expel 23 diplomats". For sanctions, tariffs and expulsions, announcing the decision is
 * the act (it is dated on the announcement), so the modal of the reported clause does not make the measure unreal —
 * unlike "threatened to slap tariffs" or "proposed sanctions", which stay intentions.
 */
final class AnnouncedMeasures {

    /** A reporting verb, its subject pronoun or name, and "would"/"will" just before the trigger. */
    private static final Pattern DECIDED = Pattern.compile(
            "\\b(?:said|says|announced|announces|decided|declared|confirmed|ordered)\\s+(?:on\\s+\\p{Lu}\\p{L}+\\s+)?"
                    + "(?:that\\s+)?(?:it|they|he|she|the\\s+\\p{L}+|\\p{Lu}[\\p{L}.]*)\\s+(?:would|will)\\s+(?:\\w+\\s+)?$");

    /** A condition keeps the measure a threat: "would impose tariffs if talks failed". */
    private static final Pattern CONDITION =
            Pattern.compile("\\b(?:if|unless|in\\s+case)\\b", Pattern.CASE_INSENSITIVE);

    private AnnouncedMeasures() {}

    /** True when {@code hit}, a sanction, is the object of an announced decision ("said it would impose"). */
    static boolean decided(String sentence, TriggerLexicon.Hit hit) {
        if (hit.trigger().type() != EventType.SANCTIONS
                || CONDITION.matcher(sentence).find()) {
            return false;
        }
        return DECIDED.matcher(sentence.substring(Math.max(0, hit.start() - 80), hit.start()))
                .find();
    }
}
