package org.geobrief.timeline.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.geobrief.timeline.TimePrecision;

/**
 * Weeks, weekends, months and years named relative to the publication date: "earlier this week", "last week", "over
 * the weekend", "last month", "earlier this month", "this year", "last year", "next week".
 */
public final class RelativePeriodRule implements DateRule {

    private static final Pattern PERIOD = Pattern.compile(
            "\\b(?<which>(?:earlier|later)\\s+this|this|last|past|previous|next|(?:over|at|during)\\s+the|this\\s+past)"
                    + "\\s+(?<unit>week|weekend|month|year)\\b",
            Pattern.CASE_INSENSITIVE);

    @Override
    public void find(String text, DateContext ctx, List<DateMatch> out) {
        LocalDate pub = ctx.published();
        if (pub == null || !Prefilter.containsAnyIgnoreCase(text, "week", "month", "year")) {
            return;
        }
        Matcher m = PERIOD.matcher(text);
        while (m.find()) {
            String which = m.group("which").toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
            String unit = m.group("unit").toLowerCase(Locale.ROOT);
            int shift = which.equals("next") ? 1 : which.equals("last") || which.equals("previous") ? -1 : 0;
            if (which.equals("past") && !unit.equals("weekend")) {
                continue; // "the past week" is a span up to now, not a calendar week
            }
            LocalDate date;
            TimePrecision precision;
            switch (unit) {
                case "week" -> {
                    if (which.startsWith("over") || which.startsWith("at") || which.startsWith("during")) {
                        continue; // "during the week": no reference
                    }
                    date = DateContext.monday(pub.plusWeeks(shift));
                    precision = TimePrecision.WEEK;
                }
                case "weekend" -> {
                    LocalDate saturday = which.equals("next") || which.equals("this")
                            ? pub.with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY))
                            : pub.minusDays(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.SATURDAY));
                    if (which.equals("this") && pub.getDayOfWeek() == DayOfWeek.SUNDAY) {
                        saturday = pub.minusDays(1);
                    }
                    date = DateContext.monday(saturday);
                    precision = TimePrecision.WEEK;
                }
                case "month" -> {
                    date = DateContext.firstOfMonth(pub.plusMonths(shift));
                    precision = TimePrecision.MONTH;
                }
                default -> {
                    date = LocalDate.of(pub.getYear() + shift, 1, 1);
                    precision = TimePrecision.MONTH;
                }
            }
            out.add(new DateMatch(m.start(), m.end(), date, precision));
        }
    }
}
