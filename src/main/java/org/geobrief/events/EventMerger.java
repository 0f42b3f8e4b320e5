package org.geobrief.events;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.geobrief.events.internal.EventIds;
import org.geobrief.gazetteer.Place;
import org.geobrief.timeline.TimePrecision;

/**
 * Merges reports of the same event, from several articles or twice in one, into one event with all its sources.
 *
 * <p>Two events are the same when they have the same type (and, for strategic developments, whose sub-types are
 * unrelated acts, the same sub-type; a change of territory is never the same event as a clash); their places are within {@value #NEAR_KM} km, or, when
 * one is coarse (geo precision 3), the coarse place is an admin-1 area or a country holding the other (and, for reports from different articles, the two are dated the same day); and their dates are no further apart than the wider precision window (0 days for DAY, 7 for WEEK, 31 for
 * MONTH). The merged event takes the most precise date and place, the sub-type of its most confident report (a
 * specific one over "Peaceful protest" or "Other" on a tie), all actors, the
 * largest fatality count, planned only when every report announces it, and confidence {@code 1 - Π(1 - c)} (capped at 0.99): more sources, more certainty.
 */
public final class EventMerger {

    public static final double NEAR_KM = 25;

    /**
     * ACLED's territorial sub-types: a change of control is an event of its own beside the fighting at the same place
     * and time ("regained most of the towns ... and is pressing its military operations in Douma").
     */
    private static final Set<String> TERRITORIAL =
            Set.of("Government regains territory", "Non-state actor overtakes territory");

    private static final Set<String> DEFAULT_SUBTYPES = Set.of("Peaceful protest", "Other", "Violent demonstration");

    public List<GeoEvent> merge(List<GeoEvent> events) {
        List<List<GeoEvent>> groups = new ArrayList<>();
        List<GeoEvent> sorted = new ArrayList<>(events);
        sorted.sort(Comparator.comparingInt((GeoEvent e) -> e.timePrecision().code())
                .thenComparingInt(GeoEvent::geoPrecision)
                .thenComparing(Comparator.comparingDouble(GeoEvent::confidence).reversed()));
        // an event with a placed twin (same type, sub-type, place, date and precisions) joins the twin's group: every
        // member matched the twin, so every member matches it, and no earlier group took the twin. Without this a long
        // text repeating one report compared each copy with all before it
        Map<Twin, List<GeoEvent>> twins = new HashMap<>();
        for (GeoEvent e : sorted) {
            Twin twin = Twin.of(e);
            List<GeoEvent> home = twins.get(twin);
            if (home == null) {
                for (List<GeoEvent> g : groups) {
                    if (g.stream().allMatch(o -> same(o, e))) {
                        home = g;
                        break;
                    }
                }
            }
            if (home == null) {
                home = new ArrayList<>();
                groups.add(home);
            }
            home.add(e);
            twins.putIfAbsent(twin, home);
        }
        List<GeoEvent> out = new ArrayList<>();
        for (List<GeoEvent> g : groups) {
            out.add(g.size() == 1 ? g.get(0) : combine(g));
        }
        out.sort(Comparator.comparing(
                        (GeoEvent e) -> e.sources().get(0).link().sentence().start())
                .thenComparing(e -> e.type().ordinal()));
        return out;
    }

    /** What {@link #same} reads of an event: two events with equal twins match the same events. */
    private record Twin(
            EventType type,
            String subtype,
            long place,
            java.time.LocalDate date,
            TimePrecision timePrecision,
            int geoPrecision,
            String undatedArticle) {
        static Twin of(GeoEvent e) {
            return new Twin(
                    e.type(),
                    e.subtype(),
                    e.place().geonameId(),
                    e.date(),
                    e.timePrecision(),
                    e.geoPrecision(),
                    // undated reports are the same only within one article
                    e.date() == null ? e.sources().get(0).link().articleId() : null);
        }
    }

    /** True when {@code a} and {@code b} report the same event. */
    public boolean same(GeoEvent a, GeoEvent b) {
        return a.type() == b.type()
                && (a.type() != EventType.STRATEGIC_DEVELOPMENTS || a.subtype().equals(b.subtype()))
                && TERRITORIAL.contains(a.subtype()) == TERRITORIAL.contains(b.subtype())
                && samePlace(a, b)
                && sameTime(a, b)
                && (a.date() != null || sameArticle(a, b)) // undated reports of two articles: nothing ties them
                && !chimera(a, b);
    }

    /**
     * A report placed only in a country or region and a report from another article placed in one of its towns are one
     * event only on the same day: merged they take the date of the one and the town of the other, and "18 security personnel died in
     * clashes" in Kazakhstan on January 4 would put a riot in Taldykorgan on the 4th that its own report dates the
     * 5th.
     */
    private static boolean chimera(GeoEvent a, GeoEvent b) {
        boolean coarseA = a.geoPrecision() >= 3;
        boolean coarseB = b.geoPrecision() >= 3;
        return coarseA != coarseB
                && a.place().geonameId() != b.place().geonameId()
                && !java.util.Objects.equals(a.date(), b.date())
                && !sameArticle(a, b);
    }

    /** Within one article the story ties its country-level and town-level reports; across articles nothing does. */
    private static boolean sameArticle(GeoEvent a, GeoEvent b) {
        for (EventSource s : a.sources()) {
            for (EventSource t : b.sources()) {
                if (s.link().articleId().equals(t.link().articleId())) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Slow-onset hazards (EM-DAT: epidemics, droughts, heat and cold waves) last weeks over an area: two reports of one
     * in the same first-level area within {@value #SLOW_ONSET_DAYS} days are one event ("measles broke out in the camp
     * barely a week ago" and "those affected have been referred to hospitals in Makurdi" a week later).
     */
    private static final Set<EventType> SLOW_ONSET =
            EnumSet.of(EventType.EPIDEMIC, EventType.DROUGHT, EventType.EXTREME_TEMPERATURE);

    static final int SLOW_ONSET_DAYS = 31;

    private static boolean samePlace(GeoEvent a, GeoEvent b) {
        Place p = a.place();
        Place q = b.place();
        if (p.geonameId() == q.geonameId()) {
            return true;
        }
        if (SLOW_ONSET.contains(a.type())
                && !p.admin1Code().isEmpty()
                && p.countryCode().equals(q.countryCode())
                && p.admin1Code().equals(q.admin1Code())) {
            return true;
        }
        if (a.geoPrecision() < 3 && b.geoPrecision() < 3) {
            return p.point().distanceKm(q.point()) <= NEAR_KM;
        }
        Place coarse = a.geoPrecision() >= b.geoPrecision() ? p : q;
        Place other = coarse == p ? q : p;
        if (coarse.isAdmin1()) {
            return coarse.countryCode().equals(other.countryCode())
                    && coarse.admin1Code().equals(other.admin1Code());
        }
        // a report known only at country level and a report of the same type and time in one of its towns: one event
        return coarse.isCountry() && coarse.countryCode().equals(other.countryCode());
    }

    private static boolean sameTime(GeoEvent a, GeoEvent b) {
        if (a.date() == null || b.date() == null) {
            return a.date() == b.date();
        }
        long apart = Math.abs(ChronoUnit.DAYS.between(a.date(), b.date()));
        if (SLOW_ONSET.contains(a.type())) {
            return apart <= SLOW_ONSET_DAYS;
        }
        return apart <= Math.max(window(a.timePrecision()), window(b.timePrecision()));
    }

    private static int window(TimePrecision p) {
        return switch (p) {
            case DAY -> 0;
            case WEEK -> 7;
            case MONTH -> 31;
        };
    }

    private static GeoEvent combine(List<GeoEvent> group) {
        GeoEvent when = group.stream()
                .min(Comparator.comparingInt((GeoEvent e) -> e.timePrecision().code())
                        .thenComparing(
                                Comparator.comparingDouble(GeoEvent::confidence).reversed()))
                .orElseThrow();
        GeoEvent where = group.stream()
                .min(Comparator.comparingInt(GeoEvent::geoPrecision)
                        .thenComparing(
                                Comparator.comparingDouble(GeoEvent::confidence).reversed()))
                .orElseThrow();
        GeoEvent what = group.stream()
                .min(Comparator.comparing((GeoEvent e) -> -e.confidence())
                        .thenComparing(e -> DEFAULT_SUBTYPES.contains(e.subtype())))
                .orElseThrow();
        Set<String> seen = new LinkedHashSet<>();
        List<String> actors = new ArrayList<>();
        Integer deaths = null;
        double doubt = 1;
        Set<EventSource> sources = new LinkedHashSet<>();
        // one sentence repeated in an article (a pasted text copied over and over, a digest's twice-run story) is one
        // report: it is listed once and does not make the event more certain
        Set<String> reports = new java.util.HashSet<>();
        for (GeoEvent e : group) {
            for (String a : e.actors()) {
                if (seen.add(a.toLowerCase(Locale.ROOT))) {
                    actors.add(a);
                }
            }
            if (e.fatalities() != null && (deaths == null || e.fatalities() > deaths)) {
                deaths = e.fatalities();
            }
            boolean news = false;
            for (EventSource s : e.sources()) {
                if (reports.add(s.link().articleId() + '\u0000' + s.sentence())) {
                    sources.add(s);
                    news = true;
                }
            }
            if (news) {
                doubt *= 1 - e.confidence();
            }
        }
        List<EventSource> ordered = new ArrayList<>(sources);
        ordered.sort(Comparator.comparing((EventSource s) -> s.link().articleId())
                .thenComparingInt(s -> s.link().sentence().start()));
        double confidence = Math.round(Math.min(0.99, 1 - doubt) * 1000) / 1000.0;
        return new GeoEvent(
                EventIds.of(what.type(), what.subtype(), when.date(), where.place()),
                what.type(),
                what.subtype(),
                when.date(),
                when.timePrecision(),
                where.geoPrecision(),
                where.place(),
                List.copyOf(actors),
                deaths,
                confidence,
                List.copyOf(ordered),
                group.stream().allMatch(GeoEvent::planned));
    }
}
