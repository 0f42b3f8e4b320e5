package org.geobrief.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.geobrief.briefing.Briefings.Format;
import org.geobrief.briefing.FilterSummary;
import org.geobrief.briefing.MapExtent;
import org.geobrief.events.EventQuery;
import org.geobrief.events.EventType;

/** The {@code export} command's arguments, parsed; {@link IllegalArgumentException} says what is wrong. */
record ExportOptions(
        Format format,
        Path out,
        EventQuery query,
        String title,
        MapExtent extent,
        LocalDate published,
        String db,
        List<Path> files) {

    static final String USAGE = "export --format pptx|pdf|geojson|csv|kml|png --out FILE [--from YYYY-MM-DD]"
            + " [--to YYYY-MM-DD] [--type TYPE[,TYPE]] [--country CC[,CC]] [--min-confidence X] [--title TEXT]"
            + " [--extent minLon,minLat,maxLon,maxLat] [--published YYYY-MM-DD] [--data-dir DIR | --db JDBC_URL]"
            + " [FILE...]";

    static ExportOptions parse(String[] args) {
        Format format = null;
        Path out = null;
        LocalDate from = null, to = null, published = null;
        Set<EventType> types = EnumSet.noneOf(EventType.class);
        Set<String> countries = new LinkedHashSet<>();
        double minConfidence = 0;
        String title = null, db = null;
        MapExtent extent = null;
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (!a.startsWith("--")) {
                files.add(Path.of(a));
                continue;
            }
            String v;
            if (a.contains("=")) { // --extent=-10,40,30,60: a value that starts with '-' reads clearer this way
                v = a.substring(a.indexOf('=') + 1);
                a = a.substring(0, a.indexOf('='));
            } else if (i + 1 < args.length) {
                v = args[++i];
            } else {
                throw new IllegalArgumentException(a + " needs a value");
            }
            switch (a) {
                case "--format" -> format = Format.parse(v);
                case "--out" -> out = Path.of(v);
                case "--from" -> from = date(a, v);
                case "--to" -> to = date(a, v);
                case "--published" -> published = date(a, v);
                case "--type" -> {
                    for (String t : v.split(",")) {
                        types.add(type(t.trim()));
                    }
                }
                case "--country" -> {
                    for (String c : v.split(",")) {
                        if (!c.trim().matches("[A-Za-z]{2}")) {
                            throw new IllegalArgumentException("--country wants ISO 3166 alpha-2 codes, got " + c);
                        }
                        countries.add(c.trim().toUpperCase(Locale.ROOT));
                    }
                }
                case "--min-confidence" -> {
                    minConfidence = Double.parseDouble(v);
                    if (!(minConfidence >= 0 && minConfidence <= 1)) {
                        throw new IllegalArgumentException("--min-confidence wants a number in [0, 1], got " + v);
                    }
                }
                case "--title" -> title = v;
                case "--extent" -> extent = MapExtent.parse(v);
                case "--db" -> db = v;
                case "--data-dir" -> db = StoredEvents.url(Path.of(v));
                default -> throw new IllegalArgumentException("unknown option " + a);
            }
        }
        if (format == null || out == null) {
            throw new IllegalArgumentException("--format and --out are required");
        }
        if (from != null && to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("--to is before --from");
        }
        EventQuery query = EventQuery.all()
                .between(from, to)
                .withTypes(types)
                .withCountries(countries)
                .withMinConfidence(minConfidence);
        return new ExportOptions(format, out, query, title, extent, published, db, files);
    }

    /** An ACLED label ("Violence against civilians") or constant-like name ("violence-against-civilians"). */
    private static EventType type(String t) {
        try {
            return EventType.fromLabel(t);
        } catch (IllegalArgumentException e) {
            return EventType.fromLabel(t.replaceAll("[-/ ]+", "_"));
        }
    }

    private static LocalDate date(String option, String v) {
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(option + " wants YYYY-MM-DD, got " + v);
        }
    }

    /** The filter in words, for the title slide, and where the events came from. */
    String filterSummary() {
        return FilterSummary.of(query) + " \u00B7 "
                + (files.isEmpty()
                        ? "stored articles"
                        : files.size() == 1 ? "from " + files.get(0).getFileName() : "from " + files.size() + " files");
    }
}
