package org.geobrief.briefing.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.geobrief.briefing.ArticleMeta;
import org.geobrief.briefing.BriefingContext;
import org.geobrief.events.EventSource;
import org.geobrief.events.GeoEvent;
import org.geobrief.gazetteer.Place;
import org.geobrief.timeline.TimePrecision;

/** How events read in exports and slides: names, dates, sentences; shared so every format says the same. */
public final class EventText {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);

    private EventText() {}

    /** The English country name of an ISO 3166-1 alpha-2 code; the code itself when Java does not know it. */
    public static String countryName(String iso2) {
        if (iso2 == null || iso2.isBlank()) {
            return "";
        }
        String name = new Locale("", iso2).getDisplayCountry(Locale.ENGLISH);
        return name.isBlank() ? iso2 : name;
    }

    /** "Almaty, Kazakhstan"; the country alone for a country-level place. */
    public static String placeLabel(Place place) {
        if (place == null) {
            return "unknown place";
        }
        String country = countryName(place.countryCode());
        if (place.isCountry() || country.isEmpty() || country.equals(place.name())) {
            return place.name();
        }
        return place.name() + ", " + country;
    }

    /**
     * Where the event is known to have happened, in the plain words of the panel and the exports' {@code
     * location_precision}, with the country: "somewhere in Kazakhstan", "in Mangystau region, Kazakhstan", "near
     * Almaty, Kazakhstan".
     */
    public static String whereLabel(GeoEvent e) {
        if (e.place() == null) {
            return "unknown place";
        }
        String country = countryName(e.place().countryCode());
        String words = e.whereInWords();
        if (e.place().isCountry()
                || country.isEmpty()
                || country.equals(e.place().name())) {
            return words;
        }
        return words + ", " + country;
    }

    /** The day, or "week of ..." / the month when only that is known. */
    public static String dateLabel(LocalDate date, TimePrecision precision) {
        if (date == null) {
            return "undated";
        }
        return switch (precision == null ? TimePrecision.DAY : precision) {
            case DAY -> DAY.format(date);
            case WEEK -> "week of " + DAY.format(date);
            case MONTH -> MONTH.format(date);
        };
    }

    /** "Protests: Peaceful protest". */
    public static String typeLabel(GeoEvent e) {
        String type = e.type() == null ? "Event" : e.type().label();
        return e.subtype() == null || e.subtype().isBlank() ? type : type + ": " + e.subtype();
    }

    /** The sentence in typographic quotes, whitespace collapsed. */
    public static String quoted(String sentence) {
        return "\u201C" + oneLine(sentence) + "\u201D";
    }

    /** Collapses runs of whitespace (newlines included) to one space and drops control characters. */
    public static String oneLine(String s) {
        if (s == null) {
            return "";
        }
        return clean(s).replaceAll("\\s+", " ").trim();
    }

    /**
     * Drops characters that XML 1.0 (KML, PPTX) cannot hold: C0 controls other than tab/newline/return, lone
     * surrogates, U+FFFE/U+FFFF.
     */
    public static String clean(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> {
            boolean ok = cp == '\t'
                    || cp == '\n'
                    || cp == '\r'
                    || (cp >= 0x20 && cp <= 0xD7FF)
                    || (cp >= 0xE000 && cp <= 0xFFFD)
                    || cp >= 0x10000;
            if (ok) {
                b.appendCodePoint(cp);
            }
        });
        return b.toString();
    }

    /**
     * The outlet's name; else the article's title in quotes (shortened to 70 characters); else "Article
     * 3fa9c0e1d2" (a short id).
     */
    public static String outlet(ArticleMeta meta, String articleId) {
        if (meta.outlet() != null && !meta.outlet().isBlank()) {
            return oneLine(meta.outlet());
        }
        if (meta.title() != null && !meta.title().isBlank()) {
            String t = oneLine(meta.title());
            return "\u201C" + (t.length() > 70 ? t.substring(0, 69) + "\u2026" : t) + "\u201D";
        }
        return "Article " + shortId(articleId);
    }

    /** "Reuters, 5 January 2022"; the article id when nothing is known of it. */
    public static String sourceLabel(ArticleMeta meta, String articleId) {
        StringBuilder b = new StringBuilder(outlet(meta, articleId));
        if (meta.published() != null) {
            b.append(", ").append(DAY.format(meta.published()));
        }
        return b.toString();
    }

    static String shortId(String id) {
        return id == null ? "?" : id.length() > 10 ? id.substring(0, 10) : id;
    }

    /**
     * The events worth a slide each, best first: most articles reporting it (one article quoted twice counts
     * once), then highest confidence, then most fatalities, then the earliest. At most {@code cap}.
     */
    public static List<GeoEvent> keyEvents(List<GeoEvent> events, int cap) {
        return events.stream()
                .sorted(Comparator.<GeoEvent>comparingInt(EventText::articleCount)
                        .reversed()
                        .thenComparing(
                                Comparator.comparingDouble(GeoEvent::confidence).reversed())
                        .thenComparing(
                                Comparator.<GeoEvent>comparingInt(e -> e.fatalities() == null ? 0 : e.fatalities())
                                        .reversed())
                        .thenComparing(GeoEvent::date, Comparator.nullsLast(Comparator.naturalOrder())))
                .limit(cap)
                .toList();
    }

    /** One cited article: its id, metadata and how many of the events it reports. */
    public record Citation(String articleId, ArticleMeta meta, int events) {

        /** "Reuters, 6 January 2022 – Russia sends paratroopers ... (4 events)". */
        public String label() {
            boolean titleShown = meta.outlet() == null || meta.outlet().isBlank();
            return sourceLabel(meta, articleId)
                    + (meta.title() != null && !titleShown ? " \u2013 " + oneLine(meta.title()) : "")
                    + " (" + events + (events == 1 ? " event)" : " events)");
        }
    }

    /** Every article cited by the events, most-cited first, then by publication date. */
    public static List<Citation> citations(List<GeoEvent> events, BriefingContext ctx) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (GeoEvent e : events) {
            sources(e).stream()
                    .filter(s -> s.link() != null)
                    .map(s -> s.link().articleId())
                    .distinct() // an article quoted twice for one event still reports one event
                    .forEach(id -> counts.merge(id, 1, Integer::sum));
        }
        List<Citation> out = new ArrayList<>();
        counts.forEach((id, n) -> out.add(new Citation(id, ctx.article(id), n)));
        out.sort(Comparator.comparingInt(Citation::events)
                .reversed()
                .thenComparing(c -> c.meta().published(), Comparator.nullsLast(Comparator.naturalOrder())));
        return out;
    }

    /** How many distinct articles report {@code e}. */
    public static int articleCount(GeoEvent e) {
        return (int) sources(e).stream()
                .map(s -> s.link() == null ? null : s.link().articleId())
                .distinct()
                .count();
    }

    public static List<EventSource> sources(GeoEvent e) {
        return e.sources() == null ? List.of() : e.sources();
    }

    /** At most this many source sentences of one event are written out; the others are counted. */
    public static final int LISTED_SOURCES = 50;

    /**
     * The source sentences an export lists: all of them up to {@link #LISTED_SOURCES}; beyond, the first sentence of
     * every article first (so that no article goes unnamed), then further sentences in order. One 3 MB article that
     * repeats a sentence 80,000 times made one event with 80,001 sources and a 21 MB GeoJSON file (walkthrough).
     */
    public static List<EventSource> listedSources(GeoEvent e) {
        List<EventSource> all = sources(e);
        if (all.size() <= LISTED_SOURCES) return all;
        List<EventSource> first = new java.util.ArrayList<>();
        List<EventSource> more = new java.util.ArrayList<>();
        java.util.Set<String> articles = new java.util.HashSet<>();
        for (EventSource s : all) {
            (articles.add(s.link() == null ? null : s.link().articleId()) ? first : more).add(s);
        }
        first.addAll(more);
        return List.copyOf(first.subList(0, LISTED_SOURCES));
    }

    /** "1 January 2022 – 9 January 2022"; "no events" for none. */
    public static String dateRange(List<GeoEvent> events) {
        LocalDate min = null, max = null;
        for (GeoEvent e : events) {
            if (e.date() == null) {
                continue;
            }
            min = min == null || e.date().isBefore(min) ? e.date() : min;
            max = max == null || e.date().isAfter(max) ? e.date() : max;
        }
        if (min == null) {
            return "no dated events";
        }
        return min.equals(max) ? DAY.format(min) : DAY.format(min) + " \u2013 " + DAY.format(max);
    }

    public static String day(LocalDate d) {
        return d == null ? "" : DAY.format(d);
    }
}
