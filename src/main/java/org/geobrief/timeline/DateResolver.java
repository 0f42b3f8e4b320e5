package org.geobrief.timeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.geobrief.base.TextSpan;
import org.geobrief.timeline.internal.AnchoredRule;
import org.geobrief.timeline.internal.CalendarDateRule;
import org.geobrief.timeline.internal.DateContext;
import org.geobrief.timeline.internal.DateMatch;
import org.geobrief.timeline.internal.DateRule;
import org.geobrief.timeline.internal.HolidayRule;
import org.geobrief.timeline.internal.NumericDateRule;
import org.geobrief.timeline.internal.OrdinalDayRule;
import org.geobrief.timeline.internal.RelativeDayRule;
import org.geobrief.timeline.internal.RelativePeriodRule;
import org.geobrief.timeline.internal.SeasonRule;
import org.geobrief.timeline.internal.WeekdayRule;
import org.geobrief.timeline.internal.YearRule;

/**
 * Finds date expressions in English news text and resolves them to calendar dates.
 *
 * <p>Relative expressions count from the publication date ("yesterday", "on Sunday", "last month") or, for
 * narrative ones ("four days later", "the next day"), from the anchor: the last day-precise date stated earlier in
 * the text. Callers walking a text sentence by sentence keep the anchor with {@link #nextAnchor}. Where two
 * expressions overlap the longer one wins ("Wednesday, January 5" yields both, which agree).
 */
public final class DateResolver {

    private static final Pattern REPORTING_BEFORE = Pattern.compile(
            "\\b(?:said|says|told\\s+\\w+|announced|reported|stated|added|wrote|tweeted|noted|declared|confirmed|claimed)"
                    + "(?:\\s+in\\s+a\\s+statement|\\s+at\\s+a\\s+news\\s+(?:briefing|conference))?\\s+(?:early\\s+|late\\s+)?(?:on\\s+)?$",
            Pattern.CASE_INSENSITIVE);

    /** The words an expression may begin with that belong to the reporting clause: "on", "early on", "late". */
    private static final Pattern LEAD = Pattern.compile("(?is)^((?:(?:early|late)\\s+)?(?:on\\s+)?).*");

    private final List<DateRule> rules = List.of(
            new NumericDateRule(),
            new CalendarDateRule(),
            new OrdinalDayRule(),
            new WeekdayRule(),
            new RelativeDayRule(),
            new RelativePeriodRule(),
            new SeasonRule(),
            new YearRule(),
            new HolidayRule(),
            new AnchoredRule());

    /**
     * Every date expression in {@code text}, left to right, without overlaps.
     *
     * @param published publication date, null when unknown
     * @param anchor last day-precise date stated before {@code text}, null when none
     */
    public List<ResolvedDate> resolveAll(String text, LocalDate published, LocalDate anchor) {
        DateContext ctx = new DateContext(published, anchor);
        List<DateMatch> hits = new ArrayList<>();
        for (DateRule rule : rules) {
            rule.find(text, ctx, hits);
        }
        hits.sort(Comparator.comparingInt((DateMatch h) -> h.end() - h.start()).reversed());
        List<DateMatch> kept = new ArrayList<>();
        for (DateMatch h : hits) {
            if (kept.stream().noneMatch(k -> k.start() < h.end() && h.start() < k.end())) {
                kept.add(h);
            }
        }
        kept.sort(Comparator.comparingInt(DateMatch::start));
        List<ResolvedDate> out = new ArrayList<>();
        for (DateMatch h : kept) {
            out.add(new ResolvedDate(
                    h.date(),
                    h.precision(),
                    TextSpan.ofChars(text, h.start(), h.end()),
                    text.substring(h.start(), h.end())));
        }
        return out;
    }

    /**
     * The date a sentence is about: its first date expression that does not merely date a report ("police said on
     * Thursday that ... on Monday" is about Monday); the reporting date when it is the only one.
     */
    public Optional<ResolvedDate> dateOf(String sentence, LocalDate published, LocalDate anchor) {
        List<ResolvedDate> all = resolveAll(sentence, published, anchor);
        return all.stream().filter(d -> !datesAReport(sentence, d)).findFirst().or(() -> all.stream()
                .findFirst());
    }

    /** True when {@code date} follows a reporting verb ("said on Thursday", "told reporters Monday"). */
    public static boolean datesAReport(String text, ResolvedDate date) {
        int start = text.offsetByCodePoints(0, date.span().start());
        String lead = LEAD.matcher(date.expression()).replaceFirst("$1");
        String before = text.substring(Math.max(0, start - 60), start) + lead;
        return REPORTING_BEFORE.matcher(before).find();
    }

    /** The anchor after reading {@code found}: its last day-precise date, else {@code anchor} unchanged. */
    public static LocalDate nextAnchor(LocalDate anchor, List<ResolvedDate> found) {
        LocalDate next = anchor;
        for (ResolvedDate d : found) {
            if (d.precision() == TimePrecision.DAY) {
                next = d.date();
            }
        }
        return next;
    }
}
