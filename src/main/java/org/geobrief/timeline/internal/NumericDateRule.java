package org.geobrief.timeline.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.geobrief.timeline.TimePrecision;

/**
 * All-digit dates: ISO "2022-01-06", day-first "06.01.2022", and slashed "01/06/2022" (month first unless the first
 * number cannot be a month, as US-edited English news writes it).
 */
public final class NumericDateRule implements DateRule {

    private static final Pattern ISO = Pattern.compile("\\b((?:19|20)\\d{2})-(\\d{1,2})-(\\d{1,2})\\b");
    private static final Pattern DOTTED = Pattern.compile("\\b(\\d{1,2})\\.(\\d{1,2})\\.((?:19|20)\\d{2})\\b");
    private static final Pattern SLASHED = Pattern.compile("\\b(\\d{1,2})/(\\d{1,2})/((?:19|20)\\d{2})\\b");

    @Override
    public void find(String text, DateContext ctx, List<DateMatch> out) {
        if (!Prefilter.mayNameYear(text)) {
            return;
        }
        for (Pattern p : List.of(ISO, DOTTED, SLASHED)) {
            if ((p == ISO && text.indexOf('-') < 0) || (p == SLASHED && text.indexOf('/') < 0)) {
                continue; // a date of this kind needs its separator
            }
            Matcher m = p.matcher(text);
            while (m.find()) {
                int a = Integer.parseInt(m.group(1));
                int b = Integer.parseInt(m.group(2));
                int c = Integer.parseInt(m.group(3));
                try {
                    LocalDate date = p == ISO
                            ? LocalDate.of(a, b, c)
                            : p == DOTTED || a > 12 ? LocalDate.of(c, b, a) : LocalDate.of(c, a, b);
                    out.add(new DateMatch(m.start(), m.end(), date, TimePrecision.DAY));
                } catch (DateTimeException e) {
                    // not a calendar date
                }
            }
        }
    }
}
