package org.geobrief.timeline.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.geobrief.timeline.TimePrecision;

/** A year alone after a temporal preposition ("in 2019", "since 1991", "by 2030"): 1 January, coarsest precision. */
public final class YearRule implements DateRule {

    private static final Pattern YEAR = Pattern.compile(
            "\\b(?i:in|during|since|until|by|before|after|from|early|late|mid-|around|throughout|of)\\s+"
                    + "(?:(?i:early|late|mid-)\\s*)?(?<year>(?:19|20)\\d{2})\\b(?!\\s*[-–/]\\s*\\d)(?![.,]\\d)");

    @Override
    public void find(String text, DateContext ctx, List<DateMatch> out) {
        if (!Prefilter.mayNameYear(text)) {
            return;
        }
        Matcher m = YEAR.matcher(text);
        while (m.find()) {
            LocalDate date = LocalDate.of(Integer.parseInt(m.group("year")), 1, 1);
            out.add(new DateMatch(m.start(), m.end(), date, TimePrecision.MONTH));
        }
    }
}
