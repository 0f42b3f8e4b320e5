package org.geobrief.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.geobrief.ingest.ArticleAnalyser;
import org.geobrief.ingest.ArticleDatabase;
import org.geobrief.ingest.ArticleImport;
import org.geobrief.ingest.ArticlePipeline;
import org.geobrief.ingest.ArticleReader;
import org.geobrief.ingest.DataDirInUseException;
import org.geobrief.ingest.DigestSplitter;
import org.geobrief.ingest.ImportException;
import org.geobrief.ingest.ImportOptions;
import org.geobrief.ingest.ImportResult;

/**
 * {@code import [--data-dir DIR] [--published YYYY-MM-DD] [--digest | --single] [--max-bytes N] FILE|DIR...}: the web
 * app's import from the command line, into the same database (stop the web app first: the embedded database has one
 * user at a time). A directory stands for the files under it; a path that cannot be read is named on stderr and the
 * others still import.
 */
final class ImportCommand implements Cli.Command {

    private static final String USAGE = "Usage: import [--data-dir DIR] [--published YYYY-MM-DD] [--digest | --single]"
            + " [--max-bytes N] FILE|DIR...";

    private final ArticleAnalyser analyser;

    ImportCommand() {
        this(ArticlePipeline.bundled());
    }

    ImportCommand(ArticleAnalyser analyser) {
        this.analyser = analyser;
    }

    @Override
    public String summary() {
        return "[--data-dir DIR] [--published YYYY-MM-DD] FILE|DIR...  import articles (.txt .html .pdf .docx .eml)";
    }

    @Override
    public int run(String[] args, PrintStream out, PrintStream err) {
        String env = System.getenv("GEOBRIEF_DATA_DIR");
        Path dataDir = Path.of(System.getProperty(
                "geobrief.data-dir",
                env != null && !env.isBlank() ? env : System.getProperty("user.home") + "/.geobrief"));
        ImportOptions options = ImportOptions.defaults();
        long maxBytes = ArticleReader.Limits.DEFAULT_MAX_BYTES;
        List<Path> paths = new ArrayList<>();
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
                        paths.add(Path.of(a));
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
        if (paths.isEmpty()) {
            err.println(USAGE);
            return 2;
        }
        List<String> problems = new ArrayList<>();
        List<Path> files = ArticleReader.files(paths, problems::add);
        problems.forEach(p -> err.println("import: " + p));
        if (files.isEmpty()) {
            return 1;
        }
        if (org.slf4j.LoggerFactory.getLogger("org.flywaydb") instanceof ch.qos.logback.classic.Logger flyway) {
            flyway.setLevel(ch.qos.logback.classic.Level.WARN); // "schema up to date" is no news on the command line
        }
        ArticleDatabase db;
        try {
            db = ArticleDatabase.openH2(dataDir);
        } catch (DataDirInUseException e) {
            err.println("import: " + e.getMessage());
            return 1;
        } catch (RuntimeException e) {
            err.println("import: cannot open the database in " + dataDir + ": " + e.getMessage());
            return 1;
        }
        ArticleReader reader = new ArticleReader(ArticleReader.Limits.ofBytes(maxBytes));
        try (db; // locked and open for the whole run, shut down in order at its end
                ArticleImport importer =
                        db.importer(analyser, reader, Duration.ofSeconds(ArticleImport.DEFAULT_ANALYSIS_SECONDS))) {
            ImportResult r = importer.importFiles(files, options);
            r.added().forEach(a -> out.printf("  + %s (%s, %s)%n", a.title(), a.published(), a.source()));
            r.duplicates().forEach(a -> out.printf("  = %s (already stored)%n", a.title()));
            out.println(r.messages().get(0));
            r.rejected().forEach(m -> err.println("import: " + m));
            return r.rejected().isEmpty() && problems.isEmpty() ? 0 : 1;
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
