package org.geobrief.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.geobrief.events.EventCatalog;
import org.geobrief.events.EventQuery;
import org.geobrief.events.GeoEvent;
import org.geobrief.ingest.internal.IngestStorage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleImportTest {

    static final String PROTEST =
            """
            Crowds Rally in Almaty

            Thousands of protesters gathered in Almaty on Tuesday. Police watched from Astana Street.
            """;

    @TempDir
    Path dataDir;

    WordListAnalyser analyser = new WordListAnalyser();
    IngestStorage storage;
    ArticleImport importer;
    ArticleLibrary library;
    EventCatalog events;

    @BeforeEach
    void open() {
        events = new EventCatalog(IngestStorage.openH2(dataDir));
        storage = new IngestStorage(IngestStorage.openH2(dataDir), events);
        importer = new ArticleImport(storage, analyser, 50L << 20);
        library = new ArticleLibrary(storage, analyser);
    }

    @AfterEach
    void close() {
        importer.close();
    }

    ImportOptions dated() {
        return ImportOptions.defaults().withPublished(LocalDate.of(2022, 1, 5));
    }

    @Test
    void pasted_article_is_stored_with_its_mentions_and_events() {
        ImportResult result = importer.importText(PROTEST, dated());

        assertThat(result.added()).hasSize(1);
        assertThat(result.events()).isEqualTo(1);
        assertThat(result.messages()).containsExactly("Imported 1 article with 1 event.");
        Article a = result.added().get(0);
        StoredArticle stored = library.article(a.id()).orElseThrow();
        assertThat(stored.article()).isEqualTo(a);
        assertThat(stored.article().source()).isEqualTo("pasted");
        assertThat(stored.mentions()).extracting(m -> m.mention().text()).containsExactly("Almaty", "Almaty", "Astana");
        assertThat(stored.events()).singleElement().satisfies(e -> {
            assertThat(e.place()).isEqualTo(WordListAnalyser.ALMATY);
            assertThat(e.date()).isEqualTo(LocalDate.of(2022, 1, 5));
            assertThat(e.sources().get(0).sentence())
                    .isEqualTo("Thousands of protesters gathered in Almaty on Tuesday.");
            assertThat(stored.inText(e.sources().get(0).link()).start()).isEqualTo(PROTEST.indexOf("Thousands"));
        });
        assertThat(library.articles()).extracting(ArticleSummary::title).containsExactly("Crowds Rally in Almaty");
    }

    @Test
    void reimporting_the_same_article_is_idempotent() {
        importer.importText(PROTEST, dated());
        int calls = analyser.calls;
        ImportResult again = importer.importText(PROTEST.replace("\n\n", "\n\n\n"), dated());

        assertThat(again.added()).isEmpty();
        assertThat(again.duplicates()).hasSize(1);
        assertThat(again.messages()).containsExactly("Imported 0 articles with 0 events; 1 already stored.");
        assertThat(analyser.calls).as("duplicates are not analysed").isEqualTo(calls);
        assertThat(library.count()).isEqualTo(1);
        assertThat(events.find(EventQuery.all())).hasSize(1);
    }

    @Test
    void digest_seed_file_imports_its_articles_once() throws Exception {
        Path file = dataDir.resolve("central-asia-digest-2022-01-07.txt");
        Files.writeString(file, DigestSplitterTest.seed("central-asia-digest-2022-01-07.txt"));

        ImportResult first = importer.importFiles(List.of(file), ImportOptions.defaults());
        ImportResult second = importer.importFiles(List.of(file), ImportOptions.defaults());

        assertThat(first.added()).hasSize(9);
        assertThat(second.added()).isEmpty();
        assertThat(second.duplicates()).hasSize(9);
        assertThat(library.articles()).hasSize(9).allSatisfy(s -> {
            assertThat(s.published()).isEqualTo(LocalDate.of(2022, 1, 7));
            assertThat(s.source()).isEqualTo("central-asia-digest-2022-01-07.txt");
        });
        // the same protest in Almaty on one day, read in two articles: one event with two sources
        List<GeoEvent> almaty = events.find(EventQuery.all().withPlaceIds(java.util.Set.of(1526384L)));
        assertThat(almaty).singleElement().satisfies(e -> assertThat(e.sources().stream()
                        .map(s -> s.link().articleId())
                        .distinct()
                        .count())
                .isGreaterThan(1));
    }

    // --- bad input: a clear message, nothing stored, nothing already stored lost ---

    Article storeOne() {
        return importer.importText(PROTEST, dated()).added().get(0);
    }

    void assertUnchanged(Article before) {
        assertThat(library.articles()).extracting(ArticleSummary::id).containsExactly(before.id());
        assertThat(library.article(before.id()).orElseThrow().article()).isEqualTo(before);
        assertThat(events.find(EventQuery.all())).hasSize(1);
    }

    @Test
    void empty_input_is_refused() {
        Article before = storeOne();
        assertThatThrownBy(() -> importer.importText("  \n ", dated()))
                .isInstanceOf(ImportException.class)
                .hasMessage("The pasted text is empty.");
        assertThatThrownBy(() -> importer.importBytes("empty.txt", new byte[0], dated()))
                .isInstanceOf(ImportException.class)
                .hasMessage("empty.txt is empty.");
        assertUnchanged(before);
    }

    @Test
    void file_over_the_configured_limit_is_refused() throws Exception {
        Article before = storeOne();
        ArticleImport small = new ArticleImport(storage, analyser, 100);
        Path big = dataDir.resolve("big.txt");
        Files.writeString(big, "Protesters gathered in Aktau. ".repeat(10));
        assertThatThrownBy(() -> small.importFiles(List.of(big), dated()))
                .isInstanceOf(ImportException.class)
                .hasMessage("big.txt is larger than the import limit of 100 bytes (geobrief.import.max-bytes).");
        small.close();
        assertUnchanged(before);
    }

    @Test
    void binary_junk_is_refused() {
        Article before = storeOne();
        byte[] junk = new byte[2048];
        new Random(1).nextBytes(junk);
        assertThatThrownBy(() -> importer.importBytes("notes.txt", junk, dated()))
                .isInstanceOf(ImportException.class)
                .hasMessageStartingWith("notes.txt looks like binary data, not text");
        assertUnchanged(before);
    }

    @Test
    void malformed_utf8_is_refused() {
        Article before = storeOne();
        byte[] latin1 = "Protesters gathered in Almaty, café closed.".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> importer.importBytes("latin1.txt", latin1, dated()))
                .isInstanceOf(ImportException.class)
                .hasMessageContaining("latin1.txt is not valid UTF-8");
        assertUnchanged(before);
    }

    @Test
    void digest_without_articles_is_refused_when_imported_as_a_digest() {
        Article before = storeOne();
        assertThatThrownBy(() -> importer.importText(
                        "protesters gathered in aktau, and nothing else was said, no headline, no structure.",
                        dated().withMode(DigestSplitter.Mode.DIGEST)))
                .isInstanceOf(ImportException.class)
                .hasMessageStartingWith("pasted: No articles recognised in the digest");
        assertUnchanged(before);
    }

    @Test
    void a_pdf_titled_about_blank_by_the_browser_that_printed_it_is_titled_by_its_text() throws Exception {
        byte[] pdf;
        try (org.apache.pdfbox.pdmodel.PDDocument doc = new org.apache.pdfbox.pdmodel.PDDocument()) {
            doc.getDocumentInformation().setTitle("about:blank");
            org.apache.pdfbox.pdmodel.PDPage page = new org.apache.pdfbox.pdmodel.PDPage();
            doc.addPage(page);
            try (var out = new org.apache.pdfbox.pdmodel.PDPageContentStream(doc, page)) {
                out.beginText();
                out.setFont(
                        new org.apache.pdfbox.pdmodel.font.PDType1Font(
                                org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName.HELVETICA),
                        12);
                out.newLineAtOffset(72, 700);
                out.showText("Explosion in Dushanbe");
                out.newLineAtOffset(0, -20);
                out.showText("An explosion damaged a market in Dushanbe on Thursday, the ministry said.");
                out.endText();
            }
            java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
            doc.save(bytes);
            pdf = bytes.toByteArray();
        }

        ImportResult r = importer.importBytes("blast.pdf", pdf, dated());

        assertThat(r.added()).hasSize(1);
        assertThat(r.added().get(0).title()).isNotEqualTo("about:blank").contains("Explosion in Dushanbe");
    }

    @Test
    void placeholder_titles_from_document_properties_are_recognised() {
        assertThat(List.of(
                        "about:blank",
                        "Untitled",
                        "Untitled document",
                        "Microsoft Word - notes.docx",
                        "https://example.org/news/1",
                        "report-2022.pdf"))
                .allMatch(ArticleReader::isPlaceholderTitle);
        assertThat(List.of("Explosion in Dushanbe", "Protests: what we know", "Kazakhstan in 2022"))
                .noneMatch(ArticleReader::isPlaceholderTitle);
    }

    @Test
    void malicious_html_is_stored_as_plain_text() {
        String html = "<html><body><h1>Protest in Aktau</h1><p onclick=\"steal()\">Protesters gathered in Aktau."
                + "<img src=x onerror=alert(1)></p><script>fetch('//evil')</script>"
                + "<p>&lt;script&gt;alert(2)&lt;/script&gt; was written on a banner.</p></body></html>";
        ImportResult r = importer.importBytes("page.html", html.getBytes(StandardCharsets.UTF_8), dated());
        String text =
                library.article(r.added().get(0).id()).orElseThrow().article().text();
        assertThat(text).startsWith("Protest in Aktau\n\nProtesters gathered in Aktau.");
        assertThat(text).doesNotContain("<", ">", "script", "onerror", "onclick", "evil", "steal");
    }

    @Test
    void mixed_files_store_the_good_and_name_the_bad() throws Exception {
        Path good = dataDir.resolve("good.txt");
        Path bad = dataDir.resolve("bad.txt");
        Files.writeString(good, PROTEST);
        Files.write(bad, new byte[] {0, 1, 2, 3, 0, 0, 7});
        ImportResult r = importer.importFiles(List.of(good, bad), dated());
        assertThat(r.added()).hasSize(1);
        assertThat(r.rejected()).singleElement().asString().startsWith("bad.txt looks like binary data");
    }

    @Test
    void a_failing_article_is_left_out_and_named_and_the_digests_other_articles_are_stored() {
        Article before = storeOne();
        ArticleImport failing = new ArticleImport(
                storage,
                (a, o) -> {
                    if (a.text().contains("Aktau")) {
                        throw new IllegalStateException("analysis failed");
                    }
                    return analyser.analyse(a, o);
                },
                50L << 20);
        String digest = "Rally in Astana\n\nProtesters met in Astana.\n\n---\n\nRally in Aktau\n\nProtesters met in"
                + " Aktau.\n\n---\n\nRally in Shymkent\n\nProtesters met in Shymkent.";
        ImportResult r = failing.importText(digest, dated());
        failing.close();
        assertThat(r.added()).extracting(Article::title).containsExactly("Rally in Astana", "Rally in Shymkent");
        assertThat(r.rejected())
                .singleElement()
                .asString()
                .isEqualTo("pasted: the analysis of “Rally in Aktau” failed: IllegalStateException: analysis failed;"
                        + " that article was left out, the file's others were imported.");
        assertThat(library.articles())
                .extracting(ArticleSummary::title)
                .contains("Rally in Astana", "Rally in Shymkent")
                .doesNotContain("Rally in Aktau");
        assertThat(library.article(before.id()).orElseThrow().article()).isEqualTo(before);
    }

    @Test
    void background_import_reports_progress_and_its_result() throws Exception {
        List<Double> seen = new java.util.concurrent.CopyOnWriteArrayList<>();
        ImportJob job = importer.startText(PROTEST, dated());
        job.onProgress(j -> seen.add(j.progress()));
        ImportResult r = job.result().get(30, TimeUnit.SECONDS);
        assertThat(r.added()).hasSize(1);
        assertThat(job.isDone()).isTrue();
        assertThat(job.progress()).isEqualTo(1.0);
        assertThat(job.message()).isEqualTo("Imported 1 article with 1 event.");
        assertThat(seen).isNotEmpty().allSatisfy(p -> assertThat(p).isBetween(0.0, 1.0));
    }

    @Test
    void cancelled_import_stores_nothing() throws Exception {
        Article before = storeOne();
        CountDownLatch analysing = new CountDownLatch(1);
        CountDownLatch cancelled = new CountDownLatch(1);
        ArticleImport slow = new ArticleImport(
                storage,
                (a, o) -> {
                    analysing.countDown();
                    try {
                        cancelled.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return analyser.analyse(a, o);
                },
                50L << 20);
        ImportJob job = slow.startText("Rally in Aktau\n\nProtesters met in Aktau.", dated());
        analysing.await();
        job.cancel();
        cancelled.countDown();
        assertThatThrownBy(() -> job.result().get(30, TimeUnit.SECONDS))
                .satisfies(e -> assertThat(ArticleImport.isCancellation(e)).isTrue());
        assertThat(job.isCancelled()).isTrue();
        assertThat(job.message()).isEqualTo("Import cancelled; nothing was stored.");
        slow.close();
        assertUnchanged(before);
    }

    @Test
    void an_analysis_past_its_cpu_limit_is_refused_and_the_next_file_still_imported() throws Exception {
        Path endless = Files.writeString(dataDir.resolve("endless.txt"), "Rally in Aktau\n\nProtesters met in Aktau.");
        Path good = Files.writeString(dataDir.resolve("good.txt"), PROTEST);
        ArticleImport limited = new ArticleImport(
                storage,
                (a, o) -> {
                    if (a.text().contains("Aktau")) {
                        long x = 0;
                        while (!Thread.currentThread().isInterrupted()) { // spins on the CPU until cancelled
                            x += a.text().hashCode();
                        }
                        throw new IllegalStateException("cancelled " + x);
                    }
                    return analyser.analyse(a, o);
                },
                new ArticleReader(ArticleReader.Limits.defaults()),
                Duration.ofSeconds(1));
        ImportResult result = limited.importFiles(List.of(endless, good), dated());
        limited.close();
        assertThat(result.rejected())
                .containsExactly("endless.txt: its analysis took longer than 1 s of CPU"
                        + " (geobrief.import.max-analysis-seconds); 0 of its 1 articles were stored.");
        assertThat(result.added()).extracting(Article::title).containsExactly("Crowds Rally in Almaty");
    }

    @Test
    void an_analysis_that_waits_without_using_cpu_is_not_refused_by_the_cpu_limit() throws Exception {
        ArticleImport waiting = new ArticleImport(
                storage,
                (a, o) -> {
                    try {
                        Thread.sleep(2_500); // longer than the limit, but on no CPU: a busy machine, not this file
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return analyser.analyse(a, o);
                },
                new ArticleReader(ArticleReader.Limits.defaults()),
                Duration.ofSeconds(2));
        ImportResult result = waiting.importText(PROTEST, dated());
        waiting.close();
        assertThat(result.rejected()).isEmpty();
        assertThat(result.added()).hasSize(1);
    }
}
