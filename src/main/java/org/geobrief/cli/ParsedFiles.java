package org.geobrief.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.geobrief.briefing.ArticleMeta;
import org.geobrief.events.EventExtractor;
import org.geobrief.events.EventMerger;
import org.geobrief.events.GeoEvent;
import org.geobrief.geoparse.GeoParser;
import org.geobrief.ingest.Article;
import org.geobrief.ingest.DigestSplitter;
import org.geobrief.ingest.ImportException;
import org.geobrief.ingest.internal.DocumentReader;

/**
 * The events of files, parsed the way an import does: each file split into articles, each article geoparsed and
 * its events extracted, then the same event reported by several articles merged. Files are read as an import reads them
 * ({@link DocumentReader}: plain text as UTF-8, PDF, DOCX, HTML through Tika). A file that cannot be read is
 * reported and skipped.
 */
final class ParsedFiles {

    record Result(List<GeoEvent> events, Map<String, ArticleMeta> articles) {}

    private static final DocumentReader READER = new DocumentReader(50L << 20);

    private ParsedFiles() {}

    static Result parse(List<Path> files, LocalDate published, PrintStream err) throws IOException {
        GeoParser parser = BundledParser.get();
        DigestSplitter splitter = new DigestSplitter();
        EventExtractor extractor = new EventExtractor();
        List<GeoEvent> events = new ArrayList<>();
        Map<String, ArticleMeta> articles = new HashMap<>();
        int read = 0;
        for (Path f : files) {
            String text;
            try {
                text = read(f);
                read++;
            } catch (IOException e) {
                err.println("export: skipping " + f + ": " + e.getMessage());
                continue;
            }
            String source = f.getFileName().toString();
            for (Article a :
                    splitter.split(text, new DigestSplitter.Options(source, published, DigestSplitter.Mode.AUTO))) {
                articles.put(a.id(), new ArticleMeta(a.outlet(), a.title(), a.url(), a.published()));
                events.addAll(
                        extractor.extract(a.id(), a.text(), a.span().start(), a.published(), parser.parse(a.text())));
            }
        }
        if (read == 0) {
            throw new IOException("none of the files could be read");
        }
        return new Result(new EventMerger().merge(events), articles);
    }

    /** Same reader and input checks as an import (binary, malformed UTF-8, size, HTML made plain). */
    private static String read(Path f) throws IOException {
        try {
            return READER.read(f).text();
        } catch (ImportException e) {
            throw new IOException(e.getMessage(), e);
        }
    }
}
