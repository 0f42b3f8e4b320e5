package org.geobrief.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.geobrief.events.EventCatalog;
import org.geobrief.events.GeoEvent;
import org.geobrief.ingest.internal.IngestStorage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Where an article's publication date comes from: its text beats a file's creation date (when the file was made, not
 * when the news was published), the import says which it used, and a date the analyst sets afterwards dates the
 * events as a fresh import with that date does.
 */
public class PublicationDatesTest {

    static final LocalDate CREATED = LocalDate.of(2026, 11, 20);

    @TempDir
    Path dataDir;

    @TempDir
    Path otherDir;

    final ArticleReader reader = ArticleReader.withDefaults();
    final WordListAnalyser analyser = new WordListAnalyser();
    IngestStorage storage;
    ArticleImport importer;
    ArticleLibrary library;

    @BeforeEach
    void open() {
        storage = new IngestStorage(IngestStorage.openH2(dataDir), new EventCatalog(IngestStorage.openH2(dataDir)));
        importer = new ArticleImport(storage, analyser, 50L << 20);
        library = new ArticleLibrary(storage, analyser);
    }

    @AfterEach
    void close() {
        importer.close();
    }

    @Test
    void a_pdf_dated_in_its_text_is_dated_by_its_text_not_by_its_creation_date() throws Exception {
        byte[] pdf = pdf(CREATED, "Protest in Almaty", "ALMATY, March 3, 2024 - Protesters gathered in Almaty.");

        ArticleReader.Dated read = readOne("protest.pdf", pdf);

        assertThat(read.article().published()).isEqualTo(LocalDate.of(2024, 3, 3));
        assertThat(read.dateSource()).isEqualTo(DateSource.TEXT);
    }

    @Test
    void a_pdf_without_a_date_in_its_text_falls_back_to_its_creation_date_and_says_so() throws Exception {
        byte[] pdf = pdf(CREATED, "Protest in Almaty", "Protesters gathered in Almaty on Tuesday.");

        ArticleReader.Dated read = readOne("protest.pdf", pdf);
        assertThat(read.article().published()).isEqualTo(CREATED);
        assertThat(read.dateSource()).isEqualTo(DateSource.FILE_CREATED);
        assertThat(read.dateSource().doubtful()).isTrue();
        ImportResult byText = importer.importBytes(
                "clash.pdf",
                pdf(CREATED, "Clash in Almaty", "ALMATY, March 3, 2024 - Protesters gathered in Almaty."),
                ImportOptions.defaults());
        assertThat(byText.datesLine()).hasValue("Published 2024-03-03, from the article's text.");

        ImportResult r = importer.importBytes("protest.pdf", pdf, ImportOptions.defaults());
        assertThat(r.messages())
                .anySatisfy(m -> assertThat(m).contains("is dated 2026-11-20, the file's creation date"));
        assertThat(r.datesLine()).as("the warning says it already").isEmpty();
        assertThat(library.dateSource(r.added().get(0).id())).hasValue(DateSource.FILE_CREATED);
    }

    @Test
    void a_date_in_the_file_name_beats_a_pdfs_creation_date() throws Exception {
        byte[] pdf = pdf(CREATED, "Protest in Almaty", "Protesters gathered in Almaty on Tuesday.");

        ArticleReader.Dated read = readOne("brief-2024-02-01.pdf", pdf);

        assertThat(read.article().published()).isEqualTo(LocalDate.of(2024, 2, 1));
        assertThat(read.dateSource()).isEqualTo(DateSource.FILE_NAME);
    }

    @Test
    void text_dates_given_dates_page_metadata_and_none_are_told_apart() {
        assertThat(readPasted("Rally in Almaty\nJanuary 7, 2022\n\nProtesters met in Almaty.", null))
                .isEqualTo(DateSource.TEXT);
        assertThat(readPasted("Rally in Almaty\n\nProtesters met in Almaty.", LocalDate.of(2022, 1, 7)))
                .isEqualTo(DateSource.GIVEN);
        assertThat(readPasted("Rally in Almaty\n\nProtesters met in Almaty.", null))
                .isEqualTo(DateSource.NONE);
        String html = "<html><head><title>Rally</title><meta property=\"article:published_time\""
                + " content=\"2022-01-07T10:00:00Z\"></head><body><h1>Rally in Almaty</h1>"
                + "<p>Protesters met in Almaty.</p></body></html>";
        ArticleReader.Dated page = readOne("rally.html", html.getBytes(StandardCharsets.UTF_8));
        assertThat(page.dateSource()).isEqualTo(DateSource.METADATA);
        assertThat(page.article().published()).isEqualTo(LocalDate.of(2022, 1, 7));
    }

    @Test
    void a_date_set_by_the_analyst_re_dates_the_events_as_a_fresh_import_with_that_date() throws Exception {
        byte[] pdf = pdf(CREATED, "Protest in Almaty", "Protesters gathered in Almaty on Tuesday.");
        Article a = importer.importBytes("protest.pdf", pdf, ImportOptions.defaults())
                .added()
                .get(0);
        LocalDate news = LocalDate.of(2024, 3, 5);

        library.changePublished(a.id(), news);

        StoredArticle redated = library.article(a.id()).orElseThrow();
        assertThat(redated.article().published()).isEqualTo(news);
        assertThat(library.dateSource(a.id())).hasValue(DateSource.ANALYST);
        assertThat(redated.events()).extracting(GeoEvent::date).containsOnly(news);

        IngestStorage fresh =
                new IngestStorage(IngestStorage.openH2(otherDir), new EventCatalog(IngestStorage.openH2(otherDir)));
        try (ArticleImport other = new ArticleImport(fresh, analyser, 50L << 20)) {
            Article again = other.importBytes(
                            "protest.pdf", pdf, ImportOptions.defaults().withPublished(news))
                    .added()
                    .get(0);
            StoredArticle imported =
                    new ArticleLibrary(fresh, analyser).article(again.id()).orElseThrow();
            assertThat(redated.events()).isEqualTo(imported.events());
        }
    }

    ArticleReader.Dated readOne(String name, byte[] bytes) {
        List<ArticleReader.Dated> read =
                reader.readDated(ArticleReader.Input.of(name, bytes), ImportOptions.defaults(), reader.budget());
        assertThat(read).hasSize(1);
        return read.get(0);
    }

    DateSource readPasted(String text, LocalDate given) {
        List<ArticleReader.Dated> read = reader.readDated(
                ArticleReader.Input.pasted(null, text), ImportOptions.defaults().withPublished(given), reader.budget());
        return read.get(0).dateSource();
    }

    /** A one-page PDF whose properties say it was created on {@code created}. */
    public static byte[] pdf(LocalDate created, String headline, String body) throws Exception {
        try (PDDocument doc = new PDDocument()) {
            Calendar c = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
            c.clear();
            c.set(created.getYear(), created.getMonthValue() - 1, created.getDayOfMonth(), 12, 0);
            doc.getDocumentInformation().setCreationDate(c);
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream out = new PDPageContentStream(doc, page)) {
                out.beginText();
                out.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                out.newLineAtOffset(72, 700);
                out.showText(headline);
                out.newLineAtOffset(0, -40);
                out.showText(body);
                out.endText();
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            doc.save(bytes);
            return bytes.toByteArray();
        }
    }
}
