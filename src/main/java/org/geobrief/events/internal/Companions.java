package org.geobrief.events.internal;

import java.util.regex.Pattern;

/**
 * A place named as a companion in a list of parties: "several former Soviet republics along with Russia", "states
 * including Belarus", "Armenia as well as Russia". Such a name counts the members of an alliance or a group of actors;
 * it says who takes part, not where the event happens, so it does not make the sentence that country's.
 */
public final class Companions {

    private static final Pattern COMPANION_CUE = Pattern.compile(
            "\\b(?:along\\s+with|together\\s+with|alongside|as\\s+well\\s+as|including|such\\s+as)\\s+(?:the\\s+)?\\z",
            Pattern.CASE_INSENSITIVE);

    private Companions() {}

    /** True when the name starting at {@code mentionStart} in {@code text} is introduced as a companion. */
    public static boolean named(String text, int mentionStart) {
        return COMPANION_CUE
                .matcher(text.substring(Math.max(0, mentionStart - 40), mentionStart))
                .find();
    }
}
