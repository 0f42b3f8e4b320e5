package org.geobrief.ingest;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.geobrief.ingest.internal.DocumentReader;
import org.geobrief.ingest.internal.IngestStorage;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Imports news: reads files or pasted text, splits digests into articles, analyses each article (places, events) and
 * stores everything. One import is one transaction: input that cannot be read is rejected with a message and leaves
 * nothing behind, an article already stored (same normalised text) is skipped, and a failure or a cancel rolls the
 * whole import back. {@code start...} methods run the import in the background and return an {@link ImportJob}.
 */
@Service
public class ArticleImport implements AutoCloseable {

    private final IngestStorage storage;
    private final ArticleAnalyser analyser;
    private final DocumentReader reader;
    private final DigestSplitter splitter = new DigestSplitter();
    // a few imports at once, so that one user's huge import does not stall another's (each user's own imports wait
    // in their own queue in front of this, see security.internal.GuardedDashboard); writes are serialised anyway
    private final ExecutorService background = Executors.newFixedThreadPool(3, r -> {
        Thread t = new Thread(r, "geobrief-import");
        t.setDaemon(true);
        return t;
    });

    public ArticleImport(
            IngestStorage storage,
            ArticleAnalyser analyser,
            @Value("${geobrief.import.max-bytes:52428800}") long maxBytes) {
        this.storage = storage;
        this.analyser = analyser;
        this.reader = new DocumentReader(maxBytes);
    }

    /** One input: a file on disk, uploaded bytes, or pasted text. */
    private record Input(String name, Path file, byte[] bytes, String text) {}

    public ImportResult importText(String text, ImportOptions options) {
        return run(List.of(pasted(text, options)), options, new ImportJob());
    }

    public ImportResult importFiles(List<Path> files, ImportOptions options) {
        return run(
                files.stream()
                        .map(f -> new Input(f.getFileName().toString(), f, null, null))
                        .toList(),
                options,
                new ImportJob());
    }

    /** An uploaded file: its name (for the type and the date in it) and its bytes. */
    public ImportResult importBytes(String fileName, byte[] bytes, ImportOptions options) {
        return run(List.of(new Input(fileName, null, bytes, null)), options, new ImportJob());
    }

    public ImportJob startText(String text, ImportOptions options) {
        return start(List.of(pasted(text, options)), options);
    }

    public ImportJob startFiles(List<Path> files, ImportOptions options) {
        return start(
                files.stream()
                        .map(f -> new Input(f.getFileName().toString(), f, null, null))
                        .toList(),
                options);
    }

    public ImportJob startBytes(String fileName, byte[] bytes, ImportOptions options) {
        return start(List.of(new Input(fileName, null, bytes, null)), options);
    }

    private static Input pasted(String text, ImportOptions options) {
        return new Input(options.source() == null ? "pasted" : options.source(), null, null, text);
    }

    private ImportJob start(List<Input> inputs, ImportOptions options) {
        ImportJob job = new ImportJob();
        background.submit(() -> {
            try {
                run(inputs, options, job);
            } catch (RuntimeException e) {
                // run() already failed the job
            }
        });
        return job;
    }

    private ImportResult run(List<Input> inputs, ImportOptions options, ImportJob job) {
        try {
            ImportResult result = doImport(inputs, options, job);
            job.complete(result);
            return result;
        } catch (RuntimeException e) {
            job.fail(e);
            throw e;
        }
    }

    private ImportResult doImport(List<Input> inputs, ImportOptions options, ImportJob job) {
        List<String> rejected = new ArrayList<>();
        List<Article> candidates = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            Input in = inputs.get(i);
            job.report(0.1 * i / inputs.size(), "Reading " + in.name());
            try {
                candidates.addAll(articlesOf(in, options));
            } catch (ImportException e) {
                rejected.add(e.getMessage());
            }
        }
        if (candidates.isEmpty()) {
            throw new ImportException(rejected.isEmpty() ? "Nothing to import." : String.join(" ", rejected));
        }
        Set<String> stored = storage.read(c -> {
            Set<String> ids = new HashSet<>();
            for (Article a : candidates) {
                if (storage.articles().exists(c, a.id())) {
                    ids.add(a.id());
                }
            }
            return ids;
        });
        List<Article> fresh = new ArrayList<>();
        List<Article> duplicates = new ArrayList<>();
        Set<String> seen = new HashSet<>(stored);
        for (Article a : candidates) {
            (seen.add(a.id()) ? fresh : duplicates).add(a);
        }
        List<ArticleAnalyser.Analysis> analyses = new ArrayList<>();
        for (int i = 0; i < fresh.size(); i++) {
            Article a = fresh.get(i);
            job.report(
                    0.1 + 0.8 * i / fresh.size(),
                    "Analysing " + describe(a) + " (" + (i + 1) + " of " + fresh.size() + ")");
            analyses.add(analyser.analyse(a, MentionOverrides.NONE));
        }
        job.report(0.95, "Storing " + fresh.size() + " articles");
        Instant now = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        int events = storage.write(c -> {
            Set<String> eventIds = new HashSet<>();
            for (int i = 0; i < fresh.size(); i++) {
                Article a = fresh.get(i);
                if (storage.articles().exists(c, a.id())) { // stored meanwhile by another import
                    duplicates.add(a);
                    continue;
                }
                storage.articles().insert(c, a, now);
                ArticleAnalyser.Analysis analysis = analyses.get(i);
                if (!storage.articles().correctionsFor(c, a, false).isEmpty()) {
                    analysis = storage.analyseAndStore(c, a, analyser); // document-wide corrections apply
                } else {
                    storage.store(c, a, analysis);
                }
                analysis.events().forEach(e -> eventIds.add(e.id()));
            }
            job.report(0.99, "Saving");
            return eventIds.size();
        });
        List<Article> added =
                fresh.stream().filter(a -> !duplicates.contains(a)).toList();
        return new ImportResult(added, duplicates, rejected, events);
    }

    private List<Article> articlesOf(Input in, ImportOptions options) {
        DocumentReader.Document doc;
        if (in.text() != null) {
            if (in.text().isBlank()) {
                throw new ImportException("The pasted text is empty.");
            }
            doc = new DocumentReader.Document(
                    in.name(), in.text().replace("\r\n", "\n").replace('\r', '\n'), null, null);
        } else if (in.file() != null) {
            doc = reader.read(in.file());
        } else {
            doc = reader.read(in.name(), in.bytes());
        }
        LocalDate published = options.published() != null ? options.published() : doc.date();
        List<Article> articles;
        try {
            articles = splitter.split(doc.text(), new DigestSplitter.Options(in.name(), published, options.mode()));
        } catch (ImportException e) {
            throw new ImportException(in.name() + ": " + e.getMessage(), e);
        }
        boolean single = articles.size() == 1;
        return articles.stream()
                .map(a -> new Article(
                        a.id(),
                        a.source(),
                        a.span(),
                        single && options.title() != null ? options.title() : titleOr(a, doc, single),
                        options.outlet() != null ? options.outlet() : a.outlet(),
                        options.author() != null ? options.author() : a.author(),
                        options.url() != null ? options.url() : a.url(),
                        options.published() != null ? options.published() : a.published(),
                        options.language() != null ? options.language() : a.language(),
                        a.text()))
                .toList();
    }

    /** An HTML page's or a mail's own title is better than one made from the first sentence. */
    private static String titleOr(Article a, DocumentReader.Document doc, boolean single) {
        boolean madeUp = a.title() == null || !a.text().startsWith(a.title());
        return single && madeUp && doc.title() != null && !doc.title().isBlank()
                ? doc.title().strip()
                : a.title();
    }

    private static String describe(Article a) {
        String t = a.title() == null ? a.id().substring(0, 8) : a.title();
        return "“" + (t.length() > 60 ? t.substring(0, 59) + "…" : t) + "”";
    }

    /** Whether an exception from {@link ImportJob#result()} means the user cancelled. */
    public static boolean isCancellation(Throwable e) {
        Throwable t = e;
        while (t != null) {
            if (t instanceof CancellationException) {
                return true;
            }
            t = t.getCause();
        }
        return false;
    }

    @Override
    public void close() {
        background.shutdownNow();
    }
}
