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
    /**
     * The present as the time of writing: "now" before a verb in the present tense ("the government now turns to
     * external help and deploys its own troops"), a passive progressive ("troops are being transferred"), or a present
     * perfect of witnessing ("unrest that has seen government buildings stormed").
     */
    private static final Pattern NOW = Pattern.compile(
            "\\bnow\\s+(?!(?:was|says|claims|reports|admits|believes|thinks|insists|argues|denies|confirms|estimates|knows)\\b)\\p{Ll}{2,}s\\b"
                    + "|\\b(?:is|are)\\s+(?:now\\s+|still\\s+)?being\\s+\\p{Ll}{2,}(?:ed|en|wn)\\b"
                    + "|\\b(?:has|have)\\s+(?:now\\s+|already\\s+|also\\s+)?(?:seen|witnessed)\\b");

    /** What ends the trigger's clause going back from it. */
    private static final Pattern CLAUSE_START = Pattern.compile("[;:.]|,\\s+(?:as|while|after|before|when|but|and)\\s");

    private static final int REACH = 80;

    private Ongoing() {}

    /** True when the clause of the trigger at chars {@code [start, end)} of {@code sentence} is told as ongoing. */
    public static boolean told(String sentence, int start, int end) {
        // the trigger may be the verb itself: "have been camping"
        return PROGRESSIVE.matcher(clause(sentence, start, end)).find();
    }

    /**
     * True when the clause of the trigger at chars {@code [start, end)} tells it at the time of writing rather than at
     * a date an earlier sentence gave: "now" with the present tense, a passive progressive, "has seen". An event so
     * told is dated by its publication, not by "a fuel-price rise on January 2" two sentences before.
     */
    public static boolean toldNow(String sentence, int start, int end) {
        return NOW.matcher(clause(sentence, start, end)).find();
    }

    private static String clause(String sentence, int start, int end) {
        String before = sentence.substring(Math.max(0, start - REACH), start);
        var c = CLAUSE_START.matcher(before);
        int from = 0;
        while (c.find()) {
            from = c.end();
        }
        return before.substring(from) + sentence.substring(start, end);
    }
}
