package org.geobrief.cli;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.geobrief.briefing.ArticleMeta;
import org.geobrief.briefing.BriefingContext;
import org.geobrief.briefing.Briefings;
import org.geobrief.events.GeoEvent;

/**
 * {@code export}: writes the selected events as a briefing (PPTX, PDF), data (GeoJSON, CSV, KML) or a map (PNG).
 * With FILEs it parses them; without, it reads the stored articles' events. The file is written to a temporary
 * name first and moved into place, so a failed export leaves no half-written file.
 */
final class ExportCommand implements Cli.Command {

    @Override
    public String summary() {
        return "--format pptx|pdf|geojson|csv|kml|png --out FILE [filters] [FILE...]  export events";
    }

    @Override
    public int run(String[] args, PrintStream out, PrintStream err) throws Exception {
        ExportOptions o;
        try {
            o = ExportOptions.parse(args);
        } catch (IllegalArgumentException e) {
            err.println("export: " + e.getMessage());
            err.println("Usage: " + ExportOptions.USAGE);
            return 2;
        }
        long t0 = System.nanoTime();
        List<GeoEvent> events;
        Map<String, ArticleMeta> articles;
        if (o.files().isEmpty()) {
            StoredEvents.Selection s =
                    StoredEvents.find(o.db() != null ? o.db() : StoredEvents.defaultUrl(), o.query());
            events = s.events();
            articles = s.articles();
        } else {
            StoredEvents.Selection s = StoredEvents.parse(o.files(), o.published(), o.query(), err);
            events = s.events();
            articles = s.articles();
        }
        long t1 = System.nanoTime();
        BriefingContext ctx = new BriefingContext(
                o.title() != null ? o.title() : "Events briefing",
                o.filterSummary(),
                o.extent(),
                articles::get,
                LocalDate.now());
        Path target = o.out().toAbsolutePath();
        // a sibling created like any new file (createTempFile would make it owner-only), moved over the target
        Path tmp = target.resolveSibling(
                "." + target.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
        try {
            try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(tmp))) {
                Briefings.write(o.format(), events, ctx, os);
            }
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(tmp);
        }
        long t2 = System.nanoTime();
        out.printf(
                "export: %d events -> %s (%s, %,d bytes); selecting %d ms, writing %d ms%n",
                events.size(),
                o.out(),
                o.format().extension(),
                Files.size(target),
                (t1 - t0) / 1_000_000,
                (t2 - t1) / 1_000_000);
        return 0;
    }
}
