package org.geobrief.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.geobrief.base.AnalysisProgress;
import org.geobrief.events.EventCatalog;
import org.geobrief.ingest.ImportLogEntry.Outcome;
import org.geobrief.ingest.internal.IngestStorage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every import's outcome is kept where any tab and a later visit see it, and a long article's analysis reports how far
 * through its text it is.
 */
class ImportLogTest {

    @TempDir
    Path dataDir;

    final WordListAnalyser analyser = new WordListAnalyser();
    IngestStorage storage;
    ArticleImport importer;

    @BeforeEach
    void open() {
        storage = new IngestStorage(IngestStorage.openH2(dataDir), new EventCatalog(IngestStorage.openH2(dataDir)));
        importer = new ArticleImport(storage, analyser, 50L << 20);
    }

    @AfterEach
    void close() {
        importer.close();
    }

    @Test
    void stored_nothing_new_and_refused_imports_are_logged_newest_first_for_a_later_reader() {
        ImportOptions dated = ImportOptions.defaults().withPublished(LocalDate.of(2022, 1, 5));
        importer.importText(ArticleImportTest.PROTEST, dated);
        importer.importText(ArticleImportTest.PROTEST, dated);
        assertThatThrownBy(() -> importer.importBytes("junk.bin", new byte[] {0, 1, 2, 3, 0, 0, 7}, dated));

        // another ArticleImport over the same data: what a reload or another tab reads
        try (ArticleImport later = new ArticleImport(storage, analyser, 50L << 20)) {
            List<ImportLogEntry> log = later.recentImports(10);
            assertThat(log)
                    .extracting(ImportLogEntry::outcome)
                    .containsExactly(Outcome.REFUSED, Outcome.NOTHING_NEW, Outcome.STORED);
            assertThat(log.get(0).inputs()).isEqualTo("junk.bin");
            assertThat(log.get(0).message()).startsWith("junk.bin");
            assertThat(log.get(2).inputs()).isEqualTo("Pasted text");
            assertThat(log.get(2).articles()).isEqualTo(1);
            assertThat(log.get(2).events()).isEqualTo(1);
            assertThat(log.get(2).message()).isEqualTo("Imported 1 article with 1 event.");
            assertThat(log.get(1).duplicates()).isEqualTo(1);
        }
    }

    @Test
    void an_import_refused_before_it_started_is_logged_as_refused_with_its_reason() {
        importer.logRefused("brief.pdf", "You have 100 imports waiting or running; wait until one ends.");

        assertThat(importer.recentImports(10)).singleElement().satisfies(e -> {
            assertThat(e.inputs()).isEqualTo("brief.pdf");
            assertThat(e.outcome()).isEqualTo(Outcome.REFUSED);
            assertThat(e.articles()).isZero();
            assertThat(e.message()).isEqualTo("You have 100 imports waiting or running; wait until one ends.");
        });
    }

    @Test
    void a_file_refused_by_the_cpu_limit_is_logged_with_its_reason() throws Exception {
        Path endless = Files.writeString(dataDir.resolve("endless.txt"), "Rally in Aktau\n\nProtesters met in Aktau.");
        try (ArticleImport limited = new ArticleImport(
                storage,
                (a, o) -> {
                    long x = 0;
                    while (!Thread.currentThread().isInterrupted()) {
                        x += a.text().hashCode();
                    }
                    throw new IllegalStateException("cancelled " + x);
                },
                new ArticleReader(ArticleReader.Limits.defaults()),
                Duration.ofSeconds(1))) {
            limited.importFiles(List.of(endless), ImportOptions.defaults());
        }

        ImportLogEntry last = importer.recentImports(1).get(0);
        assertThat(last.outcome()).isEqualTo(Outcome.REFUSED);
        assertThat(last.inputs()).isEqualTo("endless.txt");
        assertThat(last.message()).contains("its analysis took longer than 1 s of CPU");
    }

    @Test
    void a_long_article_reports_progress_within_its_text_with_the_time_budget_used() throws Exception {
        ArticleAnalyser slow = new ArticleAnalyser() {
            @Override
            public Analysis analyse(Article article, MentionOverrides overrides) {
                return analyser.analyse(article, overrides);
            }

            @Override
            public Analysis analyse(Article article, MentionOverrides overrides, AnalysisProgress progress) {
                for (int i = 0; i <= 4; i++) {
                    progress.at(AnalysisProgress.Stage.FINDING_NAMES, i / 4.0);
                    sleep(600);
                }
                return analyse(article, overrides);
            }
        };
        List<String> messages = new CopyOnWriteArrayList<>();
        List<Double> fractions = new CopyOnWriteArrayList<>();
        try (ArticleImport withProgress = new ArticleImport(storage, slow, 50L << 20)) {
            ImportJob job = withProgress.startText(ArticleImportTest.PROTEST, ImportOptions.defaults());
            job.onProgress(j -> {
                messages.add(j.message());
                fractions.add(j.progress());
            });
            job.result().get(30, TimeUnit.SECONDS);
        }

        assertThat(messages).anySatisfy(m -> assertThat(m)
                .startsWith("Analysing “Crowds Rally in Almaty” (1 of 1): finding place names, 50 % of its" + " text;")
                .containsPattern("\\d+ of 300 CPU-s of the time limit used|s left of the analysis"));
        assertThat(fractions.subList(0, fractions.size() - 1))
                .as("the bar moves while the one article is analysed")
                .filteredOn(f -> f > 0.15 && f < 0.9)
                .isNotEmpty()
                .isSorted();
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
