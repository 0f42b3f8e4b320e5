package org.geobrief.timeline.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.geobrief.timeline.TimePrecision;

/**
 * Days named relative to the publication date: "today", "tonight", "this morning", "yesterday", "last night" (the
 * day before), "the day before yesterday", and "N days/weeks/months/years ago".
 */
public final class RelativeDayRule implements DateRule {

    private static final Pattern NAMED = Pattern.compile(
            "\\b(?:(?<dby>the\\s+day\\s+before\\s+yesterday)|(?<yesterday>yesterday|last\\s+night)"
                    + "|(?<today>(?:earlier\\s+|later\\s+)?(?:today|tonight|this\\s+(?:morning|afternoon|evening))))\\b"
                    + "(?:\\s+(?:morning|afternoon|evening|night))?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern AGO = Pattern.compile(
            "\\b" + Words.COUNT + "\\s+(?<unit>day|week|month|year)s?\\s+ago\\b", Pattern.CASE_INSENSITIVE);

    @Override
    public void find(String text, DateContext ctx, List<DateMatch> out) {
        LocalDate pub = ctx.published();
        if (pub == null) {
            return;
        }
        boolean named = Prefilter.containsAnyIgnoreCase(text, "yesterday", "night", "today", "this");
        Matcher m = NAMED.matcher(text);
        while (named && m.find()) {
            int back = m.group("dby") != null ? 2 : m.group("yesterday") != null ? 1 : 0;
            out.add(new DateMatch(m.start(), m.end(), pub.minusDays(back), TimePrecision.DAY));
        }
        boolean ago = Prefilter.containsIgnoreCase(text, "ago");
        m = AGO.matcher(text);
        while (ago && m.find()) {
            int n = Words.count(m.group("n"));
            if (n < 0) {
                continue;
            }
            DateMatch hit =
                    switch (m.group("unit").toLowerCase(Locale.ROOT)) {
                        case "day" -> new DateMatch(m.start(), m.end(), pub.minusDays(n), TimePrecision.DAY);
                        case "week" -> new DateMatch(
                                m.start(), m.end(), DateContext.monday(pub.minusWeeks(n)), TimePrecision.WEEK);
                        case "month" -> new DateMatch(
                                m.start(), m.end(), DateContext.firstOfMonth(pub.minusMonths(n)), TimePrecision.MONTH);
                        default -> new DateMatch(
                                m.start(), m.end(), LocalDate.of(pub.getYear() - n, 1, 1), TimePrecision.MONTH);
                    };
            out.add(hit);
        }
    }
}
