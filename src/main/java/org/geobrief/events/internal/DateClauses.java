package org.geobrief.events.internal;

import java.util.regex.Pattern;

/**
 * Whether a date in a sentence belongs to the trigger's clause. "Oklahoma lawmakers will convene rare Friday sessions
 * as protesting school teachers continue to fill the state Capitol": Friday dates the sessions, not the protest,
 * because a subordinating conjunction ("as", "while", "because", ...) or a semicolon stands between them. A date that
 * opens the sentence ("On Friday, as crowds gathered, ...") frames every clause and always counts.
 */
public final class DateClauses {

    private static final Pattern BOUNDARY =
            Pattern.compile(";|\\s(?:as|while|whereas|because|although|though|whilst)\\s", Pattern.CASE_INSENSITIVE);

    /** How far into the sentence (chars) a date still opens it: "On Friday,", "Late on Tuesday,". */
    private static final int OPENING = 16;

    private DateClauses() {}

    /**
     * True when the date at chars {@code [dateStart, dateEnd)} of {@code sentence} is in another clause than the
     * trigger starting at char {@code triggerAt}.
     */
    public static boolean otherClause(String sentence, int dateStart, int dateEnd, int triggerAt) {
        if (dateStart <= OPENING && dateEnd <= triggerAt) {
            return false;
        }
        int lo = Math.min(dateEnd, triggerAt);
        int hi = Math.max(dateStart, triggerAt);
        return lo < hi && BOUNDARY.matcher(sentence.substring(lo, hi)).find();
    }
}
