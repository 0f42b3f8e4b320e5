package org.geobrief.events.internal;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.geobrief.base.NumberWords;
import org.geobrief.timeline.TimePrecision;

/**
 * An event told as a span: "sparked two weeks of protests", "after three days of clashes". The span's length is
 * read from the words just before the trigger; the event is dated at the middle of the span (as the gold set's
 * coding notes date a week-long event), with week precision up to a fortnight and month precision beyond.
 */
public final class Durations {

    private static final Pattern SPAN_BEFORE = Pattern.compile(
            "\\b(?<n>\\d{1,2}|a|one|two|three|four|five|six|seven|eight|nine|ten|several|a\\s+few|few)\\s+"
                    + "(?<unit>days?|weeks?|months?)\\s+of\\s+(?:[\\p{L}-]+\\s+){0,2}$",
            Pattern.CASE_INSENSITIVE);

    /** What makes the sentence's date the span's start: the span followed the dated event ("sparked", "triggered"). */
    private static final Pattern STARTED_BY = Pattern.compile(
            "\\b(?:spark\\w*|trigger\\w*|prompt\\w*|provok\\w*|set\\s+off|unleash\\w*|led\\s+to|began|begun|started)\\b",
            Pattern.CASE_INSENSITIVE);

    /** Vague counts read as three; exact number words and digits come from {@link NumberWords}. */
    private static final Map<String, Integer> VAGUE = Map.of("several", 3, "a few", 3, "few", 3);

    /** A span told before a trigger: its length in days. */
    public record Span(int days, boolean startsAtStatedDate) {

        /** The middle of the span that starts on {@code start}. */
        public LocalDate middleFrom(LocalDate start) {
            return start.plusDays(days / 2);
        }

        /** The middle of the span that ends on {@code end} (an ongoing span, told at publication). */
        public LocalDate middleTo(LocalDate end) {
            return end.minusDays(days / 2);
        }

        public TimePrecision precision() {
            return days <= 14 ? TimePrecision.WEEK : TimePrecision.MONTH;
        }
    }

    private Durations() {}

    /**
     * The span named just before char {@code triggerStart} of {@code sentence} ("two weeks of" before "protests"),
     * or empty. {@code startsAtStatedDate} is true when a verb like "sparked" says the span began at the event the
     * sentence dates.
     */
    public static Optional<Span> before(String sentence, int triggerStart) {
        Matcher m = SPAN_BEFORE.matcher(sentence.substring(Math.max(0, triggerStart - 50), triggerStart));
        if (!m.find()) {
            return Optional.empty();
        }
        String n = m.group("n").toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        Integer exact = NumberWords.value(n);
        int count = exact != null ? exact : VAGUE.get(n);
        String unit = m.group("unit").toLowerCase(Locale.ROOT);
        int days = count * (unit.startsWith("day") ? 1 : unit.startsWith("week") ? 7 : 30);
        String lead = sentence.substring(Math.max(0, triggerStart - 90), triggerStart);
        return Optional.of(new Span(days, STARTED_BY.matcher(lead).find()));
    }
}
