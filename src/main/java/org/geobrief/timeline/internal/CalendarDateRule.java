package org.geobrief.timeline.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.geobrief.timeline.TimePrecision;

/**
 * Dates written with a month name: "January 6", "Jan. 6, 2022", "6 January 2022", "the 6th of January", "January
 * 3-4" (the first day), "January 2022" and "in January" (month precision; the coming one after "until" or in a
 * future-tense clause, "will vote in May", else the latest one). A missing year is the one that puts the
 * date nearest the publication date, the past preferred.
 */
public final class CalendarDateRule implements DateRule {

    private static final String DAY = "(?<day>\\d{1,2})(?:st|nd|rd|th)?(?:\\s*[-–]\\s*\\d{1,2}(?:st|nd|rd|th)?)?";
    private static final String YEAR = "(?:,?\\s+(?<year>(?:19|20)\\d{2})(?![\\d-]))?";
    private static final String TIME_OF_DAY =
            "(?:(?i:(?:early|late)\\s+(?:in\\s+the\\s+)?(?:morning|evening|afternoon|night)\\s+"
                    + "(?:on|of)|(?:early|late)\\s+on|the\\s+night\\s+of|on)\\s+)?";
    private static final Pattern MONTH_FIRST =
            Pattern.compile(TIME_OF_DAY + "\\b" + Words.MONTH + "\\s+" + DAY + "(?![\\d:])\\b" + YEAR);
    private static final Pattern DAY_FIRST = Pattern.compile(
            TIME_OF_DAY + "\\b(?:the\\s+)?" + DAY + "\\s+(?:of\\s+)?" + Words.MONTH + "(?![a-z])" + YEAR);
    private static final Pattern MONTH_YEAR =
            Pattern.compile("\\b(?:(?i:in|since|during|until|by|from|of|early|late|mid-)\\s+)?" + Words.MONTH
                    + "\\s+(?<year>(?:19|20)\\d{2})\\b");
    private static final Pattern MONTH_ALONE =
            Pattern.compile("\\b(?<prep>(?i:in|since|during|until|till|through|by|from|"
                    + "throughout|early|late|mid-|last|next|this|this\\s+past))\\s+(?:(?i:early|late|mid-)\\s*)?"
                    + Words.MONTH_FULL + "\\b(?![\\s,]*\\d)");

    @Override
    public void find(String text, DateContext ctx, List<DateMatch> out) {
        if (!Prefilter.mayNameMonth(text)) {
            return;
        }
        // a day needs a digit, and a month with its year a year
        for (Pattern p : Prefilter.hasDigit(text) ? List.of(MONTH_FIRST, DAY_FIRST) : List.<Pattern>of()) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                int month = Words.month(m.group("month"));
                int day = Integer.parseInt(m.group("day"));
                LocalDate date = null;
                try {
                    date = m.group("year") != null
                            ? LocalDate.of(Integer.parseInt(m.group("year")), month, day)
                            : ctx.inferYear(month, day);
                } catch (DateTimeException e) {
                    // "February 30": not a date
                }
                if (date != null) {
                    out.add(new DateMatch(m.start(), m.end(), date, TimePrecision.DAY));
                }
            }
        }
        Matcher m = MONTH_YEAR.matcher(text);
        boolean year = Prefilter.mayNameYear(text);
        while (year && m.find()) {
            LocalDate date = LocalDate.of(Integer.parseInt(m.group("year")), Words.month(m.group("month")), 1);
            out.add(new DateMatch(m.start(), m.end(), date, TimePrecision.MONTH));
        }
        m = MONTH_ALONE.matcher(text);
        LocalDate ref = ctx.reference();
        while (ref != null && m.find()) {
            int month = Words.month(m.group("month"));
            String prep = m.group("prep").toLowerCase(java.util.Locale.ROOT);
            LocalDate first = LocalDate.of(ref.getYear(), month, 1);
            if (prep.equals("next")) {
                if (!first.isAfter(ref)) {
                    first = first.plusYears(1);
                }
            } else if (prep.equals("until")
                    || prep.equals("till")
                    || prep.equals("through")
                    || WeekdayRule.FUTURE_CLAUSE
                            .matcher(WeekdayRule.clauseBefore(text, m.start()))
                            .find()) {
                if (month < ref.getMonthValue()) {
                    first = first.plusYears(1);
                }
            } else if (prep.startsWith("last") || prep.startsWith("this past")) {
                if (!first.isBefore(ref.withDayOfMonth(1))) {
                    first = first.minusYears(1);
                }
            } else if (first.isAfter(ref)) {
                first = first.minusYears(1);
            }
            out.add(new DateMatch(m.start(), m.end(), first, TimePrecision.MONTH));
        }
    }
}
