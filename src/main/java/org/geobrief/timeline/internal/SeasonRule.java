package org.geobrief.timeline.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.geobrief.timeline.TimePrecision;

/**
 * Seasons named relative to the publication date or with a year: "last summer", "this past winter", "this spring",
 * "next fall", "the summer of 2008", "winter 2009". Meteorological seasons of the northern hemisphere (spring
 * March–May, summer June–August, autumn September–November, winter December–February, named by the year of its
 * December). A season is resolved to the first day of its middle month with month precision: the timeline has no
 * three-month precision, and the middle month keeps the date within six weeks of every day of the season.
 */
public final class SeasonRule implements DateRule {

    private static final Pattern RELATIVE = Pattern.compile(
            "\\b(?<which>last|this\\s+past|past|this|next|(?:earlier|later)\\s+this)\\s+"
                    + "(?<season>spring|summer|fall|autumn|winter)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern WITH_YEAR = Pattern.compile(
            "\\b(?<season>spring|summer|fall|autumn|winter)\\s+(?:of\\s+)?(?<year>(?:19|20)\\d{2})\\b",
            Pattern.CASE_INSENSITIVE);

    @Override
    public void find(String text, DateContext ctx, List<DateMatch> out) {
        if (!Prefilter.containsAnyIgnoreCase(text, "spring", "summer", "fall", "autumn", "winter")) {
            return;
        }
        Matcher m = WITH_YEAR.matcher(text);
        while (m.find()) {
            int start = startMonth(m.group("season"));
            LocalDate first = LocalDate.of(Integer.parseInt(m.group("year")), start, 1);
            out.add(new DateMatch(m.start(), m.end(), first.plusMonths(1), TimePrecision.MONTH));
        }
        LocalDate pub = ctx.published();
        if (pub == null) {
            return;
        }
        m = RELATIVE.matcher(text);
        while (m.find()) {
            String which = m.group("which").toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
            int start = startMonth(m.group("season"));
            LocalDate first = occurrence(start, pub, which);
            out.add(new DateMatch(m.start(), m.end(), first.plusMonths(1), TimePrecision.MONTH));
        }
    }

    /**
     * The first day of the season beginning in month {@code start} that {@code which} names from {@code pub}: "last",
     * "past", "this past" the latest one over before publication; "next" the first one beginning after it; "this"
     * the one under way, else the nearest one.
     */
    static LocalDate occurrence(int start, LocalDate pub, String which) {
        LocalDate candidate = LocalDate.of(pub.getYear() + 1, start, 1);
        while (candidate.isAfter(pub)) {
            candidate = candidate.minusYears(1); // the latest one begun on or before publication
        }
        boolean over = !candidate.plusMonths(3).isAfter(pub);
        if (which.equals("next")) {
            return candidate.plusYears(1);
        }
        if (which.equals("last") || which.endsWith("past")) {
            return over ? candidate : candidate.minusYears(1);
        }
        if (over && candidate.plusYears(1).minusMonths(6).isBefore(pub)) {
            return candidate.plusYears(1); // "this summer" told in March: the coming one
        }
        return candidate;
    }

    private static int startMonth(String season) {
        return switch (season.toLowerCase(Locale.ROOT)) {
            case "spring" -> 3;
            case "summer" -> 6;
            case "fall", "autumn" -> 9;
            default -> 12;
        };
    }
}
