package org.geobrief.events.eval;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import org.geobrief.base.GeoPoint;
import org.geobrief.timeline.TimePrecision;

/**
 * One hand-coded event of the gold set.
 *
 * @param article the corpus document id (GeoWebNews' {@code file} attribute)
 * @param date the day the event happened (or is planned for); for {@link TimePrecision#WEEK} the middle of the week
 *     meant, for {@link TimePrecision#MONTH} any day of the month meant
 * @param place the place name as the article writes it
 * @param geonameId GeoNames id of the place, 0 when the coder gave none (streets, neighbourhoods)
 * @param point where the place is
 * @param family family label of the taxonomy ("Crime")
 * @param type type label ("Theft")
 * @param subtype sub-type label ("Burglary")
 * @param planned announced or scheduled, not (yet) happened
 * @param triggerStart code-point offset of the trigger quote in the article text
 * @param triggerQuote the words at {@code triggerStart}, one to a few, for checking the offset
 */
public record GoldEvent(
        String article,
        LocalDate date,
        TimePrecision precision,
        String place,
        long geonameId,
        GeoPoint point,
        String family,
        String type,
        String subtype,
        boolean planned,
        int triggerStart,
        String triggerQuote) {

    /** Days either side of a week-precision date that still count as the same week. */
    public static final int WEEK_HALF_WIDTH_DAYS = 3;

    /**
     * True when {@code day} is this event's date at its precision: the same day; within {@value
     * #WEEK_HALF_WIDTH_DAYS} days for a week; the same calendar month for a month.
     */
    public boolean sameTime(LocalDate day) {
        if (day == null) {
            return false;
        }
        return switch (precision) {
            case DAY -> day.equals(date);
            case WEEK -> Math.abs(ChronoUnit.DAYS.between(date, day)) <= WEEK_HALF_WIDTH_DAYS;
            case MONTH -> YearMonth.from(day).equals(YearMonth.from(date));
        };
    }
}
