package org.geobrief.events.eval;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.geobrief.base.GeoPoint;
import org.geobrief.timeline.TimePrecision;

/**
 * A hand-coded event gold set: the coded articles (with their publication dates) and their events, read from the
 * TSV described in {@code src/test/resources/events-gold/CODING.md}. An {@code article} row names a coded article; an
 * {@code event} row one of its events. Articles are referred to by corpus id only: the corpus text stays outside.
 */
public record EventGoldSet(List<GoldArticle> articles, List<GoldEvent> events) {

    /** The bundled development set: hand-coded GeoWebNews articles. */
    public static final String BUNDLED = "/events-gold/gwn-events.tsv";

    /** The TSV columns, in order. */
    public static final List<String> HEADER = List.of(
            "record",
            "article",
            "published",
            "published_from",
            "date",
            "date_precision",
            "place",
            "geonames_id",
            "lat",
            "lon",
            "family",
            "type",
            "subtype",
            "planned",
            "trigger_start",
            "trigger_quote",
            "note");

    public EventGoldSet {
        articles = List.copyOf(articles);
        events = List.copyOf(events);
    }

    public static EventGoldSet read(Path tsv) throws IOException {
        return parse(Files.readAllLines(tsv, StandardCharsets.UTF_8), tsv.toString());
    }

    /** The set bundled on the classpath ({@value #BUNDLED}). */
    public static EventGoldSet bundled() {
        try (InputStream in = EventGoldSet.class.getResourceAsStream(BUNDLED)) {
            if (in == null) {
                throw new IllegalStateException("no bundled event gold set at " + BUNDLED);
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return parse(text.lines().toList(), BUNDLED);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The coded articles by id, in file order. */
    public Map<String, GoldArticle> articlesById() {
        Map<String, GoldArticle> m = new LinkedHashMap<>();
        articles.forEach(a -> m.put(a.id(), a));
        return m;
    }

    public List<GoldEvent> eventsOf(String articleId) {
        return events.stream().filter(e -> e.article().equals(articleId)).toList();
    }

    /**
     * Reads the TSV lines; throws {@link IllegalArgumentException} naming the line for a malformed row, an event of an
     * article without its article row, an unknown type or a family that is not the type's.
     */
    public static EventGoldSet parse(List<String> lines, String source) {
        if (lines.isEmpty() || !List.of(lines.get(0).split("\t", -1)).equals(HEADER)) {
            throw new IllegalArgumentException(
                    source + ": the first line must be the header " + String.join(",", HEADER));
        }
        List<GoldArticle> articles = new ArrayList<>();
        List<GoldEvent> events = new ArrayList<>();
        Map<String, GoldArticle> seen = new LinkedHashMap<>();
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            String where = source + ":" + (i + 1) + ": ";
            String[] f = line.split("\t", -1);
            if (f.length != HEADER.size()) {
                throw new IllegalArgumentException(where + f.length + " fields, expected " + HEADER.size());
            }
            try {
                switch (f[0]) {
                    case "article" -> {
                        GoldArticle a = new GoldArticle(f[1], LocalDate.parse(f[2]), f[3]);
                        if (seen.put(a.id(), a) != null) {
                            throw new IllegalArgumentException("article " + a.id() + " coded twice");
                        }
                        articles.add(a);
                    }
                    case "event" -> events.add(event(f, seen));
                    default -> throw new IllegalArgumentException("record must be 'article' or 'event': " + f[0]);
                }
            } catch (DateTimeParseException | IllegalArgumentException e) {
                throw new IllegalArgumentException(where + e.getMessage(), e);
            }
        }
        return new EventGoldSet(articles, events);
    }

    private static GoldEvent event(String[] f, Map<String, GoldArticle> seen) {
        if (!seen.containsKey(f[1])) {
            throw new IllegalArgumentException("event of article " + f[1] + " before its article row");
        }
        String type = f[11];
        if (!EventFamilies.isKnownType(type)) {
            throw new IllegalArgumentException("unknown type: " + type);
        }
        if (!EventFamilies.of(type).equals(f[10])) {
            throw new IllegalArgumentException(
                    "type " + type + " is in family " + EventFamilies.of(type) + ", not " + f[10]);
        }
        if (!f[13].equals("true") && !f[13].equals("false")) {
            throw new IllegalArgumentException("planned must be true or false: " + f[13]);
        }
        if (f[15].isBlank()) {
            throw new IllegalArgumentException("no trigger quote");
        }
        return new GoldEvent(
                f[1],
                LocalDate.parse(f[4]),
                TimePrecision.valueOf(f[5].toUpperCase(Locale.ROOT)),
                f[6],
                f[7].isBlank() ? 0 : Long.parseLong(f[7]),
                new GeoPoint(Double.parseDouble(f[8]), Double.parseDouble(f[9])),
                f[10],
                type,
                f[12],
                Boolean.parseBoolean(f[13]),
                Integer.parseInt(f[14]),
                f[15]);
    }
}
