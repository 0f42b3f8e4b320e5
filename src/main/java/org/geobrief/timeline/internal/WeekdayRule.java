package org.geobrief.timeline.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.geobrief.timeline.TimePrecision;

/**
 * Weekday names against the publication date: a bare or "on" weekday is the most recent such day, the publication
 * day included ("Wednesday" in a Wednesday article is that day); "last Sunday" excludes the publication day; "next
 * Monday", "this coming Monday", "until Monday" and a weekday in a future-tense clause ("will meet on Friday") are
 * the next such day.
 */
public final class WeekdayRule implements DateRule {

    private static final Pattern WEEKDAY = Pattern.compile(
            "\\b(?:(?<mod>(?i:last|next|this\\s+coming|coming|this\\s+past|past|on|early|late|until|till|by|from|since))\\s+)?"
                    + "(?<dow>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?!s\\b)\\b"
                    + "(?:\\s+(?i:morning|afternoon|evening|night))?");
    static final Pattern FUTURE_CLAUSE = Pattern.compile(
            "\\b(?:will|shall|'ll|is\\s+due|are\\s+due|scheduled|plans?\\s+to|planned\\s+for|is\\s+set\\s+to|are\\s+set\\s+to|"
                    + "expected\\s+to|to\\s+be\\s+held|is\\s+to|are\\s+to)\\b[^.;!?]*$",
            Pattern.CASE_INSENSITIVE);

    @Override
    public void find(String text, DateContext ctx, List<DateMatch> out) {
        LocalDate ref = ctx.reference();
        if (ref == null || !text.contains("day")) { // every weekday name ends so
            return;
        }
        Matcher m = WEEKDAY.matcher(text);
        while (m.find()) {
            DayOfWeek dow = DayOfWeek.valueOf(m.group("dow").toUpperCase(Locale.ROOT));
            String mod = m.group("mod") == null
                    ? ""
                    : m.group("mod").toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
            int back = (ref.getDayOfWeek().getValue() - dow.getValue() + 7) % 7;
            int ahead = (dow.getValue() - ref.getDayOfWeek().getValue() + 7) % 7;
            LocalDate date;
            if (mod.equals("last") || mod.endsWith("past")) {
                date = ref.minusDays(back == 0 ? 7 : back);
            } else if (mod.equals("next") || mod.endsWith("coming") || mod.equals("until") || mod.equals("till")) {
                date = ref.plusDays(ahead == 0 ? 7 : ahead);
            } else if (FUTURE_CLAUSE.matcher(clauseBefore(text, m.start())).find()) {
                date = ref.plusDays(ahead);
            } else {
                date = ref.minusDays(back);
            }
            out.add(new DateMatch(m.start(), m.end(), date, TimePrecision.DAY));
        }
    }

    /**
     * The text of the clause leading up to {@code end}: back to the last sentence break, "but"/"after", or a comma
     * that does not open a relative clause ("However hard it is to remove the threat, incidents such as the attack on
     * Tuesday ...": the infinitive is not the weekday's clause; "at closing, which is expected in December" still is).
     */
    static String clauseBefore(String text, int end) {
        int from = Math.max(0, end - 120);
        String before = text.substring(from, end);
        String[] parts = before.split(
                "(?i)[.;!?]\\s|,\\s(?!which\\b|who\\b|whom\\b|where\\b)|\\bbut\\b|\\bafter\\b|\\bsince\\b|\\bwhen\\b");
        return parts.length == 0 ? "" : parts[parts.length - 1];
    }
}
