package org.geobrief.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.geobrief.briefing.ArticleMeta;
import org.geobrief.events.EventMerger;
import org.geobrief.events.EventQuery;
import org.geobrief.events.GeoEvent;
import org.geobrief.geoparse.OutletRegions;
import org.geobrief.ingest.Article;
import org.geobrief.ingest.ArticleDatabase;
import org.geobrief.ingest.ArticlePipeline;
import org.geobrief.ingest.ArticleReader;
import org.geobrief.ingest.ArticleSummary;
import org.geobrief.ingest.ImportException;
import org.geobrief.ingest.ImportOptions;

/**
 * The events an export selects: those of the stored articles (the web app's database, read without starting Spring)
 * or those of files, read and analysed as an import does and then merged across articles as the database merges them.
 * The default database is the web app's: {@code ~/.geobrief/geobrief} (property {@code geobrief.data-dir} moves it).
 */
final class StoredEvents {

    /** The selected events and the metadata of the articles that report them. */
    record Selection(List<GeoEvent> events, Map<String, ArticleMeta> articles) {}

    private StoredEvents() {}

    static String defaultUrl() {
        return url(Path.of(System.getProperty("geobrief.data-dir", System.getProperty("user.home") + "/.geobrief")));
    }

    /** The database the import command and the web app keep in {@code dataDir}; never created by an export. */
    static String url(Path dataDir) {
        return ArticleDatabase.h2Url(dataDir);
    }

    static Selection find(String jdbcUrl, EventQuery query) throws SQLException {
        List<GeoEvent> events;
        Map<String, ArticleMeta> articles = new HashMap<>();
        try (ArticleDatabase db = ArticleDatabase.existing(jdbcUrl)) { // our data dir: locked for the read
            events = db.events().find(query);
            for (ArticleSummary a : db.library(ArticlePipeline.bundled()).articles()) {
                articles.put(a.id(), new ArticleMeta(a.shownSource(), a.title(), a.url(), a.published()));
            }
        } catch (IllegalStateException e) {
            if (e.getCause() instanceof SQLException sql && sql.getErrorCode() == 90146) { // H2: database not found
                throw new IllegalStateException(
                        "no stored articles at " + jdbcUrl
                                + "; import some first (import FILE...) or name FILEs to export",
                        e);
            }
            throw e;
        }
        return new Selection(events, articles);
    }

    /**
     * The events of files that {@code query} selects (in memory, with the database's semantics): each file read and
     * analysed as an import does, reports of one event merged across articles. A file that cannot be read is reported
     * on {@code err} and skipped; none readable is an error.
     */
    static Selection parse(List<Path> paths, LocalDate published, EventQuery query, PrintStream err) {
        ArticleReader reader = ArticleReader.withDefaults();
        ArticleReader.Budget budget = reader.budget();
        ArticlePipeline pipeline = ArticlePipeline.bundled();
        ImportOptions options = ImportOptions.defaults().withPublished(published);
        List<GeoEvent> events = new ArrayList<>();
        Map<String, ArticleMeta> articles = new HashMap<>();
        Map<String, List<String>> names = new HashMap<>();
        int read = 0;
        OutletRegions outlets = new OutletRegions(); // as parse: the run's articles of an outlet teach its regions
        for (Path f : ArticleReader.files(paths, problem -> err.println("export: " + problem))) {
            List<Article> found;
            try {
                found = reader.read(ArticleReader.Input.of(f), options, budget);
                read++;
            } catch (ImportException e) {
                err.println("export: skipping " + e.getMessage());
                continue;
            }
            for (Article a : found) {
                articles.put(
                        a.id(),
                        new ArticleMeta(
                                ArticleSummary.shownSource(a.outlet(), a.source()), a.title(), a.url(), a.published()));
                List<String> n = new ArrayList<>();
                n.add(a.source());
                if (a.outlet() != null && !a.outlet().isBlank()) {
                    n.add(a.outlet());
                } else if (a.title() != null && !a.title().isBlank()) {
                    n.add(a.title()); // as the dashboard's Source filter shows an article without an outlet
                }
                names.put(a.id(), n);
                events.addAll(pipeline.analyseInTurn(a, outlets).events());
            }
        }
        if (read == 0) {
            throw new IllegalStateException("none of the files could be read");
        }
        List<GeoEvent> selected = new EventMerger()
                .merge(events).stream()
                        .filter(e -> query.matches(e, id -> names.getOrDefault(id, List.of())))
                        .toList();
        return new Selection(selected, articles);
    }
}
