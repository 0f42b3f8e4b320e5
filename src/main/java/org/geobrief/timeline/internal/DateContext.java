package org.geobrief.timeline.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;

/**
 * What relative expressions are resolved against.
 *
 * @param published publication date of the article; null when unknown (relative rules then stay silent)
 * @param anchor the most recent day-precise date stated earlier in the text ("four days later" counts from it);
 *     null when none
 */
public record DateContext(LocalDate published, LocalDate anchor) {

    /** The day the text speaks from: the publication date, else the anchor. */
    public LocalDate reference() {
        return published != null ? published : anchor;
    }

    /**
     * The year of a month-day written without one: the candidate year that puts the date nearest the reference,
     * a future date counting twice its distance (news mostly reports the past). Null without a reference.
     */
    public LocalDate inferYear(int month, int day) {
        LocalDate ref = reference();
        if (ref == null || month < 1 || month > 12 || day < 1) {
            return null;
        }
        LocalDate best = null;
        long bestCost = Long.MAX_VALUE;
        for (int y = ref.getYear() - 1; y <= ref.getYear() + 1; y++) {
            if (day > LocalDate.of(y, month, 1).lengthOfMonth()) {
                continue;
            }
            LocalDate d = LocalDate.of(y, month, day);
            long dist = ChronoUnit.DAYS.between(d, ref);
            long cost = dist >= 0 ? dist : -2 * dist;
            if (cost < bestCost) {
                bestCost = cost;
                best = d;
            }
        }
        return best;
    }

    static LocalDate monday(LocalDate d) {
        return d.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    static LocalDate firstOfMonth(LocalDate d) {
        return d.withDayOfMonth(1);
    }
}
