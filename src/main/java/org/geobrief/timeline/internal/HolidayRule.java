package org.geobrief.timeline.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.geobrief.timeline.TimePrecision;

/**
 * Fixed-date holidays named in the text: New Year's Eve and Day (also written without the possessive, "on New Year
 * Day"), Christmas Eve and Day. Year as for "December 31".
 */
public final class HolidayRule implements DateRule {

    private static final Pattern HOLIDAY = Pattern.compile(
            "\\b(?:on\\s+)?(?<name>New\\s+Year(?:['’]s)?\\s+(?:Eve|Day)|Christmas(?:\\s+(?:Eve|Day))?)\\b");

    @Override
    public void find(String text, DateContext ctx, List<DateMatch> out) {
        if (!text.contains("Christmas") && !text.contains("New")) {
            return;
        }
        Matcher m = HOLIDAY.matcher(text);
        while (m.find()) {
            String name = m.group("name").replaceAll("\\s+", " ");
            LocalDate date = name.startsWith("New") && name.endsWith("Day")
                    ? ctx.inferYear(1, 1)
                    : name.startsWith("New")
                            ? ctx.inferYear(12, 31)
                            : name.endsWith("Eve") ? ctx.inferYear(12, 24) : ctx.inferYear(12, 25);
            if (date != null) {
                out.add(new DateMatch(m.start(), m.end(), date, TimePrecision.DAY));
            }
        }
    }
}
