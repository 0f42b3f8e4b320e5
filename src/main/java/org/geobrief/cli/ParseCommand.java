package org.geobrief.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.geobrief.geoparse.OutletRegions;
import org.geobrief.ingest.Article;
import org.geobrief.ingest.ArticleAnalyser;
import org.geobrief.ingest.ArticlePipeline;
import org.geobrief.ingest.ArticleReader;
import org.geobrief.ingest.ImportException;
import org.geobrief.ingest.ImportOptions;

/**
 * {@code parse [--published YYYY-MM-DD] [--max-bytes N] FILE|DIR...}: prints one JSON object with every file's
 * articles, their resolved place mentions and their events. Files are read and analysed exactly as {@code import}
 * and the web app do ({@link ArticleReader}, {@link ArticlePipeline}); a directory stands for the files under it. A
 * path or file that cannot be read is reported on stderr and skipped; the exit code is non-zero only when no file
 * could be parsed. The run's articles of one outlet teach each other its home regions, in the order read
 * ({@link OutletRegions}): an article is helped by the outlet's articles before it.
 */
final class ParseCommand implements Cli.Command {

    private static final String USAGE = "Usage: parse [--published YYYY-MM-DD] [--max-bytes N] FILE|DIR...";

    private final ArticleReader defaultReader;
    private final Supplier<? extends ArticleAnalyser> pipeline;

    ParseCommand() {
        this(null, ArticlePipeline::bundled);
    }

    /** @param reader null for the default limits (or those of {@code --max-bytes}) */
    ParseCommand(ArticleReader reader, Supplier<? extends ArticleAnalyser> pipeline) {
        this.defaultReader = reader;
        this.pipeline = pipeline;
    }

    @Override
    public String summary() {
        return "[--published YYYY-MM-DD] FILE|DIR...  print the place mentions and events of files as JSON";
    }

    @Override
    public int run(String[] args, PrintStream out, PrintStream err) throws IOException {
        LocalDate published = null;
        Long maxBytes = null;
        List<Path> paths = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--published") && i + 1 < args.length) {
                try {
                    published = LocalDate.parse(args[++i]);
                } catch (DateTimeParseException e) {
                    err.println("parse: --published wants YYYY-MM-DD, got " + args[i]);
                    return 2;
                }
            } else if (args[i].equals("--max-bytes") && i + 1 < args.length) {
                try {
                    maxBytes = Long.parseLong(args[++i]);
                } catch (NumberFormatException e) {
                    err.println("parse: --max-bytes wants a number of bytes, got " + args[i]);
                    return 2;
                }
            } else if (args[i].startsWith("--")) {
                err.println("parse: unknown option " + args[i]);
                err.println(USAGE);
                return 2;
            } else {
                paths.add(Path.of(args[i]));
            }
        }
        if (paths.isEmpty()) {
            err.println(USAGE);
            return 2;
        }
        ArticleReader reader = maxBytes != null
                ? new ArticleReader(ArticleReader.Limits.ofBytes(maxBytes))
                : defaultReader != null ? defaultReader : ArticleReader.withDefaults();
        ImportOptions options = ImportOptions.defaults().withPublished(published);
        ArticleReader.Budget budget = reader.budget();
        int parsed = 0;
        OutletRegions outlets = new OutletRegions(); // one tally across the run's files, by outlet
        try (ParseJson json = new ParseJson(out)) {
            for (Path f : ArticleReader.files(paths, problem -> err.println("parse: " + problem))) {
                List<Article> articles;
                try {
                    articles = reader.read(ArticleReader.Input.of(f), options, budget);
                } catch (ImportException e) {
                    err.println("parse: " + e.getMessage());
                    continue;
                }
                ArticleAnalyser analyser = pipeline.get();
                List<ParseJson.ParsedArticle> analysed = new ArrayList<>();
                for (Article a : articles) {
                    analysed.add(new ParseJson.ParsedArticle(a, analyser.analyseInTurn(a, outlets)));
                }
                json.document(f.toString(), analysed);
                parsed++;
            }
        }
        return parsed > 0 ? 0 : 1;
    }
}
