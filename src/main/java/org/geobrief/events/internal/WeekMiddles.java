package org.geobrief.events.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import org.geobrief.timeline.ResolvedDate;
import org.geobrief.timeline.TimePrecision;

/**
 * The day an event dated only by a week stands at. The timeline names a week by its Monday ("last week" in a Sunday
 * article is the Monday 13 days before); an event "killed last week" is as likely on any of its days, so it is dated
 * at the middle of the days the week can mean: the whole week when it is over ("last week": its Thursday), the days
 * up to publication when it is the current one ("this week" in a Wednesday article: Tuesday), the Saturday for a
 * weekend. A system's day then lies within three days of any day the reporter meant.
 */
public final class WeekMiddles {

    private static final int SATURDAY = 5; // days after Monday

    private WeekMiddles() {}

    /**
     * The middle day of week-precise {@code d}, not after {@code published}; {@code d}'s own date for other
     * precisions, a week that begins after publication ("next week") or an unknown publication date.
     */
    public static LocalDate day(ResolvedDate d, LocalDate published) {
        LocalDate monday = d.date();
        if (d.precision() != TimePrecision.WEEK || published == null || monday.isAfter(published)) {
            return monday;
        }
        boolean weekend = d.expression().toLowerCase(Locale.ROOT).contains("weekend");
        LocalDate first = weekend ? monday.plusDays(SATURDAY) : monday;
        LocalDate last = monday.plusDays(6).isAfter(published) ? published : monday.plusDays(6);
        if (last.isBefore(first)) {
            return monday; // "this weekend" told on a Friday: still to come, left as the timeline dates it
        }
        return first.plusDays(ChronoUnit.DAYS.between(first, last) / 2);
    }
}
