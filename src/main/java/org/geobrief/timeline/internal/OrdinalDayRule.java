package org.geobrief.timeline.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.geobrief.timeline.TimePrecision;

/**
 * A day of the month alone, "on the 6th": that day of the publication month, or of the month before when the day is
 * still to come. Not when a noun follows ("the 6th floor", "the 5th anniversary").
 */
public final class OrdinalDayRule implements DateRule {

    private static final Pattern ORDINAL =
            Pattern.compile("\\b(?i:on|by|since|until|from)\\s+the\\s+(?<day>\\d{1,2})(?:st|nd|rd|th)\\b"
                    + "(?!\\s+(?!(?i:and|or|when|as|at|in|after|before|that|of\\s+this\\s+month)\\b)[A-Za-z])");

    @Override
    public void find(String text, DateContext ctx, List<DateMatch> out) {
        LocalDate ref = ctx.reference();
        if (ref == null || !Prefilter.hasDigit(text)) {
            return;
        }
        Matcher m = ORDINAL.matcher(text);
        while (m.find()) {
            int day = Integer.parseInt(m.group("day"));
            LocalDate month = day > ref.getDayOfMonth() ? ref.minusMonths(1) : ref;
            if (day >= 1 && day <= month.lengthOfMonth()) {
                out.add(new DateMatch(m.start(), m.end(), month.withDayOfMonth(day), TimePrecision.DAY));
            }
        }
    }
}
