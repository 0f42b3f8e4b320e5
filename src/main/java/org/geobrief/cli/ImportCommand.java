package org.geobrief.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.geobrief.events.EventCatalog;
import org.geobrief.ingest.ArticleAnalyser;
import org.geobrief.ingest.ArticleImport;
import org.geobrief.ingest.DigestSplitter;
import org.geobrief.ingest.ImportException;
import org.geobrief.ingest.ImportOptions;
import org.geobrief.ingest.ImportResult;
import org.geobrief.ingest.internal.DataDirLock;
import org.geobrief.ingest.internal.EmbeddedDatabase;
import org.geobrief.ingest.internal.GeoAnalyser;
import org.geobrief.ingest.internal.IngestStorage;

/**
 * {@code import [--data-dir DIR] [--published YYYY-MM-DD] [--digest | --single] FILE...}: the web app's import from
 * the command line, into the same database (stop the web app first: the embedded database has one user at a time).
 */
final class ImportCommand implements Cli.Command {

    private static final String USAGE =
            "Usage: import [--data-dir DIR] [--published YYYY-MM-DD] [--digest | --single] [--max-bytes N] FILE...";

    private final ArticleAnalyser analyser;

    ImportCommand() {
        this(GeoAnalyser.bundled());
    }

    ImportCommand(ArticleAnalyser analyser) {
        this.analyser = analyser;
    }

    @Override
    public String summary() {
        return "[--data-dir DIR] [--published YYYY-MM-DD] FILE...  import articles (.txt .html .pdf .docx .eml)";
    }

    @Override
    public int run(String[] args, PrintStream out, PrintStream err) {
        String env = System.getenv("GEOBRIEF_DATA_DIR");
        Path dataDir = Path.of(System.getProperty(
                "geobrief.data-dir",
                env != null && !env.isBlank() ? env : System.getProperty("user.home") + "/.geobrief"));
        ImportOptions options = ImportOptions.defaults();
        long maxBytes = 50L << 20;
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            boolean hasValue = i + 1 < args.length;
            try {
                switch (a) {
                    case "--data-dir" -> dataDir = Path.of(value(args, ++i, a));
                    case "--published" -> options = options.withPublished(LocalDate.parse(value(args, ++i, a)));
                    case "--digest" -> options = options.withMode(DigestSplitter.Mode.DIGEST);
                    case "--single" -> options = options.withMode(DigestSplitter.Mode.SINGLE);
                    case "--max-bytes" -> maxBytes = Long.parseLong(value(args, ++i, a));
                    default -> {
                        if (a.startsWith("--")) {
                            err.println("import: unknown option " + a);
                            err.println(USAGE);
                            return 2;
                        }
                        files.add(Path.of(a));
                    }
                }
            } catch (DateTimeParseException e) {
                err.println("import: --published wants YYYY-MM-DD, got " + args[i]);
                return 2;
            } catch (IllegalArgumentException e) {
                err.println("import: " + e.getMessage() + (hasValue ? "" : "\n" + USAGE));
                return 2;
            }
        }
        if (files.isEmpty()) {
            err.println(USAGE);
            return 2;
        }
        for (Path f : files) {
            if (!Files.isRegularFile(f)) {
                err.println("import: no such file: " + f);
                return 2;
            }
        }
        if (org.slf4j.LoggerFactory.getLogger("org.flywaydb") instanceof ch.qos.logback.classic.Logger flyway) {
            flyway.setLevel(ch.qos.logback.classic.Level.WARN); // "schema up to date" is no news on the command line
        }
        EmbeddedDatabase db;
        try {
            db = EmbeddedDatabase.open(dataDir); // locked and open for the whole run, shut down in order at its end
        } catch (DataDirLock.InUseException e) {
            err.println("import: " + e.getMessage());
            return 1;
        } catch (RuntimeException e) {
            err.println("import: cannot open the database in " + dataDir + ": " + e.getMessage());
            return 1;
        }
        IngestStorage storage = new IngestStorage(db.dataSource(), new EventCatalog(db.dataSource()));
        try (db;
                ArticleImport importer = new ArticleImport(storage, analyser, maxBytes)) {
            ImportResult r = importer.importFiles(files, options);
            r.added().forEach(a -> out.printf("  + %s (%s, %s)%n", a.title(), a.published(), a.source()));
            r.duplicates().forEach(a -> out.printf("  = %s (already stored)%n", a.title()));
            r.messages().forEach(out::println);
            return r.rejected().isEmpty() ? 0 : 1;
        } catch (ImportException e) {
            err.println("import: " + e.getMessage());
            return 1;
        }
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[i];
    }
}
