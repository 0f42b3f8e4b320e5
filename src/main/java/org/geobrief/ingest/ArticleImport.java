package org.geobrief.ingest;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import org.geobrief.geoparse.HomeRegions;
import org.geobrief.ingest.internal.ArticleDates;
import org.geobrief.ingest.internal.ImportLog;
import org.geobrief.ingest.internal.IngestStorage;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Imports news: reads files or pasted text ({@link ArticleReader}), analyses each article ({@link ArticleAnalyser},
 * in the app {@link ArticlePipeline}) and stores it. Each article is stored in a transaction of its own, with its
 * mentions and events, so an article is stored whole or not at all, and a digest's earlier articles survive a failure
 * in a later one. Input that cannot be read is refused with a message naming it and the other inputs still import;
 * an article already stored (same normalised text) is skipped.
 *
 * <p>Work is bounded: the reader's {@link ArticleReader.Limits} (bytes and characters per file, characters per
 * import, enforced while extracting), and {@code analysisLimit} per file (an article whose analysis would pass it is
 * refused with the rest of its file). A failure while reading or analysing a file, even an {@link OutOfMemoryError},
 * refuses the rest of that file with a message and the next file is read; any other failure ends the import with its
 * message, keeping what was stored.
 * {@code start...} methods run the import in the background and return an {@link ImportJob}.
 */
@Service
public class ArticleImport implements AutoCloseable {

    /** Default time one file's analysis may take, in seconds ({@code geobrief.import.max-analysis-seconds}). */
    public static final long DEFAULT_ANALYSIS_SECONDS = 300;

    private final IngestStorage storage;
    private final ArticleAnalyser analyser;
    private final ArticleReader reader;
    private final Duration analysisLimit;
    // a few imports at once, so that one user's huge import does not stall another's (each user's own imports wait
    // in their own queue in front of this, see security.internal.GuardedDashboard); writes are serialised anyway
    private final ExecutorService background = Executors.newFixedThreadPool(3, r -> {
        Thread t = new Thread(r, "geobrief-import");
        t.setDaemon(true);
        return t;
    });
    /** Runs analyses so that one running past its time can be abandoned (a runaway one cannot be stopped). */
    private final ExecutorService analysis = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "geobrief-analysis");
        t.setDaemon(true);
        return t;
    });

    @Autowired
    public ArticleImport(
            IngestStorage storage,
            ArticleAnalyser analyser,
            @Value("${geobrief.import.max-bytes:52428800}") long maxBytes,
            @Value("${geobrief.import.max-chars:52428800}") long maxChars,
            @Value("${geobrief.import.max-total-chars:209715200}") long maxTotalChars,
            @Value("${geobrief.import.max-analysis-seconds:300}") long analysisSeconds) {
        this(
                storage,
                analyser,
                new ArticleReader(new ArticleReader.Limits(maxBytes, maxChars, maxTotalChars)),
                Duration.ofSeconds(analysisSeconds));
    }

    public ArticleImport(IngestStorage storage, ArticleAnalyser analyser, long maxBytes) {
        this(
                storage,
                analyser,
                new ArticleReader(ArticleReader.Limits.ofBytes(maxBytes)),
                Duration.ofSeconds(DEFAULT_ANALYSIS_SECONDS));
    }

    public ArticleImport(
            IngestStorage storage, ArticleAnalyser analyser, ArticleReader reader, Duration analysisLimit) {
        this.storage = storage;
        this.analyser = analyser;
        this.reader = reader;
        this.analysisLimit = analysisLimit;
    }

    public ArticleReader reader() {
        return reader;
    }

    public ImportResult importText(String text, ImportOptions options) {
        return run(List.of(pasted(text, options)), options, new ImportJob());
    }

    public ImportResult importFiles(List<Path> files, ImportOptions options) {
        return run(files.stream().map(ArticleReader.Input::of).toList(), options, new ImportJob());
    }

    /** An uploaded file: its name (for the type and the date in it) and its bytes. */
    public ImportResult importBytes(String fileName, byte[] bytes, ImportOptions options) {
        return run(List.of(ArticleReader.Input.of(fileName, bytes)), options, new ImportJob());
    }

    /** Any inputs: files, uploads and pasted text in one import. */
    public ImportResult importInputs(List<ArticleReader.Input> inputs, ImportOptions options) {
        return run(inputs, options, new ImportJob());
    }

    public ImportJob startText(String text, ImportOptions options) {
        return start(List.of(pasted(text, options)), options);
    }

    public ImportJob startFiles(List<Path> files, ImportOptions options) {
        return start(files.stream().map(ArticleReader.Input::of).toList(), options);
    }

    public ImportJob startBytes(String fileName, byte[] bytes, ImportOptions options) {
        return start(List.of(ArticleReader.Input.of(fileName, bytes)), options);
    }

    public ImportJob startInputs(List<ArticleReader.Input> inputs, ImportOptions options) {
        return start(inputs, options);
    }

    private static ArticleReader.Input pasted(String text, ImportOptions options) {
        return ArticleReader.Input.pasted(options.source(), text);
    }

    private ImportJob start(List<ArticleReader.Input> inputs, ImportOptions options) {
        ImportJob job = new ImportJob();
        background.submit(() -> {
            try {
                run(inputs, options, job);
            } catch (RuntimeException | Error e) {
                // run() already failed the job with its message
            }
        });
        return job;
    }

    private ImportResult run(List<ArticleReader.Input> inputs, ImportOptions options, ImportJob job) {
        ImportResult result;
        Instant started = Instant.now();
        try {
            result = withDatabaseOpen(c -> doImport(c, inputs, options, job));
        } catch (RuntimeException e) {
            log(started, inputs, failedOutcome(e), null, e.getMessage());
            job.fail(e);
            throw e;
        } catch (Error e) {
            // never silently: the job ends with a message, and the caller sees it too
            ImportException failure = new ImportException("The import stopped: " + describe(e) + ".", e);
            log(started, inputs, ImportLogEntry.Outcome.FAILED, null, failure.getMessage());
            job.fail(failure);
            throw failure;
        }
        log(started, inputs, ImportLogEntry.of(result), result, String.join(" ", result.messages()));
        job.complete(result); // after the database is let go, so a caller that waits for the job finds it closed
        return result;
    }

    private static ImportLogEntry.Outcome failedOutcome(RuntimeException e) {
        if (isCancellation(e)) {
            return ImportLogEntry.Outcome.CANCELLED;
        }
        return e instanceof ImportException ? ImportLogEntry.Outcome.REFUSED : ImportLogEntry.Outcome.FAILED;
    }

    /**
     * Keeps how the import ended in the import log, where every tab and a later visit see it. A log that cannot be
     * written costs the log line, never the import.
     */
    private void log(
            Instant started,
            List<ArticleReader.Input> inputs,
            ImportLogEntry.Outcome outcome,
            ImportResult result,
            String message) {
        String names = inputs.stream()
                .map(in -> in.text() != null && "pasted".equals(in.name()) ? "Pasted text" : in.name())
                .collect(Collectors.joining(", "));
        ImportLogEntry entry = new ImportLogEntry(
                started,
                Instant.now(),
                names,
                outcome,
                result == null ? 0 : result.added().size(),
                result == null ? 0 : result.duplicates().size(),
                result == null ? 0 : result.events(),
                message == null ? outcome.words() : message);
        write(entry);
    }

    private void write(ImportLogEntry entry) {
        try {
            storage.write(c -> {
                ImportLog.insert(c, entry);
                return null;
            });
        } catch (RuntimeException e) {
            // the import's own outcome stands; the log misses one line
        }
    }

    /**
     * Keeps in the import log an import refused before it started, e.g. by a user's full import queue, as REFUSED with
     * {@code message}; {@code inputs} names what was refused (a file name or "Pasted text").
     */
    public void logRefused(String inputs, String message) {
        Instant now = Instant.now();
        write(new ImportLogEntry(now, now, inputs, ImportLogEntry.Outcome.REFUSED, 0, 0, 0, message));
    }

    /** The latest {@code limit} imports, however they ended, newest first. */
    public List<ImportLogEntry> recentImports(int limit) {
        return storage.read(c -> ImportLog.recent(c, limit));
    }

    /**
     * Runs {@code work} on one connection held for the whole import (one database session: its statements parsed
     * once), and forces its commits to disk before the result is reported, once per import rather than per article.
     */
    private <T> T withDatabaseOpen(java.util.function.Function<java.sql.Connection, T> work) {
        java.sql.Connection c = storage.keepOpen();
        try {
            try {
                return work.apply(c);
            } finally {
                storage.sync(c); // what was stored stays, also when the import failed or was cancelled
            }
        } finally {
            try {
                c.close();
            } catch (java.sql.SQLException e) {
                // closing a session whose commits are on disk already
            }
        }
    }

    private ImportResult doImport(
            java.sql.Connection c, List<ArticleReader.Input> inputs, ImportOptions options, ImportJob job) {
        List<String> rejected = new ArrayList<>();
        List<Article> added = new ArrayList<>();
        List<Article> duplicates = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        java.util.Map<String, DateSource> dateSources = new java.util.HashMap<>();
        ArticleReader.Budget budget = reader.budget();
        int readable = 0;
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        try {
            for (int i = 0; i < inputs.size(); i++) {
                ArticleReader.Input in = inputs.get(i);
                double base = (double) i / inputs.size();
                double share = 1.0 / inputs.size();
                job.report(base, "Reading " + in.name());
                List<Article> articles;
                try {
                    List<ArticleReader.Dated> dated = reader.readDated(in, options, budget);
                    dated.forEach(d -> dateSources.put(d.article().id(), d.dateSource()));
                    articles = dated.stream().map(ArticleReader.Dated::article).toList();
                } catch (ImportException e) {
                    rejected.add(e.getMessage());
                    continue;
                } catch (OutOfMemoryError | StackOverflowError e) {
                    rejected.add(in.name() + " was not read: " + describe(e) + ".");
                    continue;
                }
                readable++;
                AnalysisBudget cpu = new AnalysisBudget(analysisLimit);
                for (int j = 0; j < articles.size(); j++) {
                    Article a = articles.get(j);
                    double from = base + share * (0.1 + 0.9 * j / articles.size());
                    double width = share * 0.9 / articles.size();
                    String analysing = "Analysing " + describe(a) + " (" + (j + 1) + " of " + articles.size() + ")";
                    job.report(from, analysing);
                    if (!seen.add(a.id())
                            || storage.read(c, t -> storage.articles().exists(t, a.id()))) {
                        duplicates.add(a);
                        continue;
                    }
                    // the outlet's home regions as its stored articles teach them (this import's earlier ones too)
                    HomeRegions home = storage.read(c, t -> storage.homeRegions(t, a));
                    ArticleAnalyser.Analysis result;
                    try {
                        result = analyseWithin(
                                a,
                                home,
                                cpu,
                                (done, words) -> job.report(from + width * done, analysing + ": " + words));
                    } catch (TimeoutException e) {
                        rejected.add(String.format(
                                Locale.ROOT,
                                "%s: its analysis took longer than %d s of CPU (geobrief.import.max-analysis-seconds);"
                                        + " %d of its %d articles were stored.",
                                in.name(),
                                analysisLimit.toSeconds(),
                                j,
                                articles.size()));
                        break;
                    } catch (CancellationException e) {
                        throw e;
                    } catch (RuntimeException e) {
                        // one article's fault (a bug on text never seen) costs that article, not the digest's rest
                        rejected.add(String.format(
                                Locale.ROOT,
                                "%s: the analysis of %s failed: %s; that article was left out, the file's others"
                                        + " were imported.",
                                in.name(),
                                describe(a),
                                describe(e)));
                        continue;
                    } catch (OutOfMemoryError | StackOverflowError e) {
                        rejected.add(String.format(
                                Locale.ROOT,
                                "%s: the analysis of %s failed: %s; %d of its %d articles were stored.",
                                in.name(),
                                describe(a),
                                describe(e),
                                j,
                                articles.size()));
                        break;
                    }
                    job.report(base + share * (0.1 + 0.9 * (j + 1) / articles.size()), "Storing " + describe(a));
                    if (store(c, a, dateSources.getOrDefault(a.id(), DateSource.NONE), result, now)) {
                        added.add(a);
                    } else {
                        duplicates.add(a);
                    }
                }
            }
        } catch (CancellationException e) {
            throw new CancellationException(
                    added.isEmpty()
                            ? "Import cancelled; nothing was stored."
                            : "Import cancelled; the " + added.size() + " articles stored before were kept.");
        }
        if (readable == 0) {
            throw new ImportException(rejected.isEmpty() ? "Nothing to import." : String.join(" ", rejected));
        }
        job.report(0.99, "Counting events");
        Set<String> events =
                storage.events().reportedBy(added.stream().map(Article::id).collect(Collectors.toSet()));
        return new ImportResult(added, duplicates, rejected, events, dateSources);
    }

    /**
     * Stores one article with its analysis in a transaction of its own (forced to disk with the import's others at its
     * end); false when it was stored meanwhile.
     */
    private boolean store(
            java.sql.Connection connection,
            Article a,
            DateSource dateSource,
            ArticleAnalyser.Analysis analysis,
            Instant now) {
        return storage.writeUnsynced(connection, c -> {
            if (storage.articles().exists(c, a.id())) { // stored meanwhile by another import
                return false;
            }
            storage.articles().insert(c, a, now);
            ArticleDates.set(c, a.id(), dateSource);
            if (!storage.articles().correctionsFor(c, a, false).isEmpty()) {
                storage.analyseAndStore(c, a, analyser); // document-wide corrections apply
            } else {
                storage.storeNewArticle(c, a, analysis);
            }
            return true;
        });
    }

    /**
     * The article's analysis, or a {@link TimeoutException} once the file's analyses have used up the budget's CPU time
     * (so that a loaded machine does not refuse a file that a quiet one accepts), or its wall-clock hang guard.
     */
    private ArticleAnalyser.Analysis analyseWithin(
            Article a, HomeRegions home, AnalysisBudget budget, Progress progress) throws TimeoutException {
        long[] thread = {-1, 0}; // the analysing thread's id and its CPU time when the analysis began
        long cpuBefore = budget.cpuSpent();
        // set once the import stops waiting for this analysis: an abandoned one stops at its next report instead of
        // running on, and never reports over the import's later steps
        java.util.concurrent.atomic.AtomicBoolean abandoned = new java.util.concurrent.atomic.AtomicBoolean();
        Future<ArticleAnalyser.Analysis> f = analysis.submit(() -> {
            long start = AnalysisBudget.currentThreadCpu();
            synchronized (thread) {
                thread[1] = start;
                thread[0] = Thread.currentThread().getId();
            }
            return analyser.analyse(
                    a,
                    MentionOverrides.NONE,
                    home,
                    stopWhen(
                            abandoned,
                            throttled((stage, done) -> progress.at(
                                    stage.overall(done),
                                    String.format(
                                            Locale.ROOT,
                                            "%s, %d %% of its text; %s",
                                            stage.words(),
                                            Math.round(100 * done),
                                            budget.describeUse(
                                                    cpuBefore + AnalysisBudget.currentThreadCpu() - start))))));
        });
        try {
            while (true) {
                try {
                    return f.get(AnalysisBudget.POLL_MILLIS, TimeUnit.MILLISECONDS);
                } catch (TimeoutException poll) {
                    long used;
                    synchronized (thread) {
                        used = thread[0] < 0 ? 0 : AnalysisBudget.threadCpu(thread[0]) - thread[1];
                    }
                    if (budget.exhausted(cpuBefore + used)) {
                        f.cancel(true);
                        throw poll;
                    }
                }
            }
        } catch (InterruptedException e) {
            f.cancel(true);
            Thread.currentThread().interrupt();
            throw new CancellationException("Import interrupted.");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        } finally {
            abandoned.set(true);
            synchronized (thread) {
                if (thread[0] >= 0 && f.isDone() && !f.isCancelled()) {
                    budget.spend(AnalysisBudget.threadCpu(thread[0]) - thread[1]);
                }
            }
        }
    }

    /** How far one article's analysis is: {@code done} in [0, 1] of the article, and in words. */
    private interface Progress {
        void at(double done, String words);
    }

    /** Passes on a report at most every {@value #PROGRESS_MILLIS} ms: a long article reports thousands of times. */
    private static org.geobrief.base.AnalysisProgress throttled(org.geobrief.base.AnalysisProgress progress) {
        long[] last = {System.nanoTime()};
        return (stage, done) -> {
            long now = System.nanoTime();
            if (now - last[0] >= TimeUnit.MILLISECONDS.toNanos(PROGRESS_MILLIS)) {
                last[0] = now;
                progress.at(stage, done);
            }
        };
    }

    private static final long PROGRESS_MILLIS = 500;

    private static org.geobrief.base.AnalysisProgress stopWhen(
            java.util.concurrent.atomic.AtomicBoolean abandoned, org.geobrief.base.AnalysisProgress progress) {
        return (stage, done) -> {
            if (abandoned.get()) {
                throw new CancellationException("analysis abandoned");
            }
            progress.at(stage, done);
        };
    }

    private static String describe(Article a) {
        String t = a.title() == null ? a.id().substring(0, 8) : a.title();
        return "“" + (t.length() > 60 ? t.substring(0, 59) + "…" : t) + "”";
    }

    private static String describe(Throwable e) {
        if (e instanceof OutOfMemoryError) {
            return "it ran out of memory (" + e.getMessage() + ")";
        }
        if (e instanceof StackOverflowError) {
            return "its structure is nested too deeply (stack overflow)";
        }
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
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
        analysis.shutdownNow();
    }
}
