package org.geobrief.timeline.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.geobrief.timeline.TimePrecision;

/**
 * Dates counted from the last day the text stated ("four days later", "a day after", "the next day", "the previous
 * day", "that same day"). Silent when no earlier day is known.
 */
public final class AnchoredRule implements DateRule {

    private static final Pattern COUNTED = Pattern.compile(
            "\\b" + Words.COUNT + "\\s+(?<unit>day|week)s?\\s+(?<dir>later|after(?:wards)?|earlier|before)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NAMED = Pattern.compile(
            "\\b(?:(?<next>the\\s+(?:next|following)\\s+(?:day|morning|afternoon|evening|night)|the\\s+day\\s+after)"
                    + "|(?<prev>the\\s+(?:previous|preceding)\\s+(?:day|night|evening)|the\\s+day\\s+before|the\\s+night\\s+before)"
                    + "|(?<same>(?:later\\s+|earlier\\s+)?that\\s+(?:same\\s+)?(?:day|morning|afternoon|evening|night)"
                    + "|the\\s+same\\s+day)"
                    + "|(?<nextweek>the\\s+(?:next|following)\\s+week))\\b",
            Pattern.CASE_INSENSITIVE);

    @Override
    public void find(String text, DateContext ctx, List<DateMatch> out) {
        LocalDate anchor = ctx.anchor();
        if (anchor == null
                || !Prefilter.containsAnyIgnoreCase(text, "day", "week", "morning", "afternoon", "evening", "night")) {
            return;
        }
        Matcher m = COUNTED.matcher(text);
        while (m.find()) {
            int n = Words.count(m.group("n"));
            if (n < 0) {
                continue;
            }
            String dir = m.group("dir").toLowerCase(Locale.ROOT);
            int sign = dir.startsWith("later") || dir.startsWith("after") ? 1 : -1;
            if (m.group("unit").equalsIgnoreCase("week")) {
                out.add(new DateMatch(
                        m.start(), m.end(), DateContext.monday(anchor.plusWeeks(sign * n)), TimePrecision.WEEK));
            } else {
                out.add(new DateMatch(m.start(), m.end(), anchor.plusDays(sign * n), TimePrecision.DAY));
            }
        }
        m = NAMED.matcher(text);
        while (m.find()) {
            if (m.group("nextweek") != null) {
                out.add(new DateMatch(m.start(), m.end(), DateContext.monday(anchor.plusWeeks(1)), TimePrecision.WEEK));
            } else {
                int days = m.group("next") != null ? 1 : m.group("prev") != null ? -1 : 0;
                out.add(new DateMatch(m.start(), m.end(), anchor.plusDays(days), TimePrecision.DAY));
            }
        }
    }
}
