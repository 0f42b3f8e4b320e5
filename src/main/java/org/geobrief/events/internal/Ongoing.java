package org.geobrief.events.internal;

import java.util.regex.Pattern;

/**
 * Whether a sentence tells its trigger as going on at the time of writing: the present progressive or the present
 * perfect progressive in the trigger's clause ("Crown Prince Mohammed is coming to the end of a three-week US tour",
 * "protesters have been camping outside parliament"). Such an event is not dated by an older date that an earlier
 * sentence of the paragraph stated ("When Trump visited Riyadh last year he boasted ...").
 */
public final class Ongoing {

    /** "is coming", "are now holding", "'s still visiting", "has been camping", "have been meeting". */
    private static final Pattern PROGRESSIVE = Pattern.compile(
            "\\b(?:(?:is|are|am)|(?<=\\w)['’](?:s|re)|(?:has|have)\\s+been)\\s+(?:(?:now|still|currently|already|also)\\s+)?"
                    + "(?!being\\b|going\\s+to\\b)\\p{Ll}{2,}ing\\b");
    /** What ends the trigger's clause going back from it. */
    private static final Pattern CLAUSE_START = Pattern.compile("[;:.]|,\\s+(?:as|while|after|before|when|but|and)\\s");

    private static final int REACH = 80;

    private Ongoing() {}

    /** True when the clause of the trigger at chars {@code [start, end)} of {@code sentence} is told as ongoing. */
    public static boolean told(String sentence, int start, int end) {
        String before = sentence.substring(Math.max(0, start - REACH), start);
        var c = CLAUSE_START.matcher(before);
        int from = 0;
        while (c.find()) {
            from = c.end();
        }
        // the trigger may be the verb itself: "have been camping"
        return PROGRESSIVE
                .matcher(before.substring(from) + sentence.substring(start, end))
                .find();
    }
}
