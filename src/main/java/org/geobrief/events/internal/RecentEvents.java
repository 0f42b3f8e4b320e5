package org.geobrief.events.internal;

import java.util.regex.Pattern;

/**
 * An event the sentence calls recent ("two recent scams that his deputies are investigating", "the latest attack",
 * "was recently robbed") happened shortly before publication: it is not dated by a date the paragraph stated for
 * something else ("Roselle officers this month are continuing the speed enforcement efforts").
 */
public final class RecentEvents {

    /** "recent", "latest" or "recently" within three words before the trigger. */
    private static final Pattern RECENT =
            Pattern.compile("(?i)\\b(?:recent|latest|recently)\\s+(?:[\\p{L}-]+\\s+){0,2}$");

    private static final int REACH = 40;

    private RecentEvents() {}

    /** True when the trigger starting at char {@code triggerAt} of {@code sentence} is called recent. */
    public static boolean told(String sentence, int triggerAt) {
        return RECENT.matcher(sentence.substring(Math.max(0, triggerAt - REACH), triggerAt))
                .find();
    }
}
