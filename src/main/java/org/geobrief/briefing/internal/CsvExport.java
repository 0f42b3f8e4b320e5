package org.geobrief.briefing.internal;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.geobrief.briefing.BriefingContext;
import org.geobrief.events.EventSource;
import org.geobrief.events.GeoEvent;
import org.geobrief.gazetteer.Place;

/**
 * CSV in ACLED's column names (then GeoBrief's own: {@code disorder_type}, the type's family; {@code planned};
 * {@code location_precision}, "in Almaty" or "somewhere in Kazakhstan"), RFC 4180 (comma, CRLF, fields quoted when they hold a comma, quote or line break,
 * quotes doubled), UTF-8 with a byte-order mark so spreadsheet programs read non-Latin names. Text cells that a
 * spreadsheet would run as a formula (starting with = + - @, tab or carriage return) get a leading apostrophe
 * (OWASP's advice against CSV injection); numeric columns are written as numbers and never prefixed.
 */
public final class CsvExport {

    /** The columns, in order. */
    public static final List<String> COLUMNS = List.of(
            "event_id",
            "event_date",
            "event_type",
            "sub_event_type",
            "actor1",
            "location",
            "country",
            "admin1",
            "latitude",
            "longitude",
            "geo_precision",
            "time_precision",
            "source",
            "notes",
            "fatalities",
            "disorder_type",
            "planned",
            "location_precision");

    private CsvExport() {}

    public static void write(List<GeoEvent> events, BriefingContext ctx, OutputStream out) throws IOException {
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        w.write('\uFEFF');
        w.write(String.join(",", COLUMNS));
        w.write("\r\n");
        for (GeoEvent e : events) {
            Place p = e.place();
            Set<String> outlets = new LinkedHashSet<>();
            Set<String> sentences = new LinkedHashSet<>();
            for (EventSource s : EventText.sources(e)) {
                String id = s.link() == null ? null : s.link().articleId();
                outlets.add(EventText.outlet(ctx.article(id), id));
                sentences.add(EventText.oneLine(s.sentence()));
            }
            List<String> actors = e.actors() == null ? List.of() : e.actors();
            String[] row = {
                text(e.id()),
                e.date() == null ? "" : e.date().toString(),
                text(e.type() == null ? "" : e.type().label()),
                text(e.subtype()),
                text(actors.isEmpty() ? "" : actors.get(0)),
                text(p == null ? "" : p.name()),
                text(p == null ? "" : EventText.countryName(p.countryCode())),
                text(p == null ? "" : p.admin1Name()),
                p == null ? "" : Double.toString(p.point().lat()),
                p == null ? "" : Double.toString(p.point().lon()),
                Integer.toString(e.geoPrecision()),
                e.timePrecision() == null
                        ? ""
                        : Integer.toString(e.timePrecision().code()),
                text(String.join("; ", outlets)),
                text(sentences.stream().map(EventText::quoted).collect(Collectors.joining(" "))),
                e.fatalities() == null ? "" : e.fatalities().toString(),
                text(e.type() == null ? "" : e.family().label()),
                Boolean.toString(e.planned()),
                text(e.whereInWords())
            };
            for (int i = 0; i < row.length; i++) {
                if (i > 0) {
                    w.write(',');
                }
                w.write(quote(row[i]));
            }
            w.write("\r\n");
        }
        w.flush();
    }

    /** A text cell made safe to open in a spreadsheet. */
    static String text(String s) {
        if (s == null || s.isEmpty()) {
            return "";
        }
        char c = s.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' ? "'" + s : s;
    }

    /** RFC 4180 field quoting. */
    static String quote(String s) {
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
            return s;
        }
        return '"' + s.replace("\"", "\"\"") + '"';
    }
}
