package org.geobrief.timeline;

import java.time.LocalDate;
import org.geobrief.base.TextSpan;

/**
 * A date expression found in a text and the calendar date it denotes.
 *
 * <p>Normalisation: {@link TimePrecision#DAY} dates are the day itself; {@link TimePrecision#WEEK} dates are the
 * Monday of the ISO week meant ("earlier this week", "last week"); {@link TimePrecision#MONTH} dates are the first
 * day of the month meant, or 1 January for a year alone ("in 2019", "last year").
 *
 * @param span code-point offsets of the expression in the text given to the resolver, end exclusive
 * @param expression the expression as written ("on Sunday", "Jan. 6", "four days later")
 */
public record ResolvedDate(LocalDate date, TimePrecision precision, TextSpan span, String expression) {

    /** The expression shifted by {@code offset} code points (to move a sentence-relative span into its document). */
    public ResolvedDate shift(int offset) {
        return new ResolvedDate(date, precision, new TextSpan(span.start() + offset, span.end() + offset), expression);
    }
}
