package org.geobrief.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.geobrief.events.EventQuery;
import org.geobrief.events.EventSource;
import org.geobrief.events.GeoEvent;
import org.geobrief.ingest.ArticleDatabase;
import org.geobrief.ingest.ArticlePipeline;
import org.geobrief.ingest.ArticleReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What {@code parse} finds in a file, {@code import} stores: every report of an event (its type and sentence) that
 * parse prints is a stored report, and no other, for a digest, a PDF, a DOCX and an HTML page. Before the pipeline
 * was one, import stored 6 of the digest's 22 events (a later article's mentions were read at the wrong offsets).
 */
class ImportParityTest {

    static final Path DIGEST = Path.of("src/test/resources/seeds/central-asia-digest-2022-01-07.txt");
    static final Path ARTICLE = Path.of("src/test/resources/seeds/kazakhstan-csto-2022-01-05.txt");

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"digest", "pdf", "docx", "html"})
    void import_stores_the_events_parse_prints(String kind) throws Exception {
        Path file = fixture(kind);

        ByteArrayOutputStream json = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int parsed = new ParseCommand(ArticleReader.withDefaults(), ArticlePipeline::bundled)
                .run(new String[] {file.toString()}, print(json), print(err));
        assertThat(parsed).as(err.toString(StandardCharsets.UTF_8)).isZero();
        Set<String> printed = new TreeSet<>();
        int articles = 0;
        for (JsonNode a : new ObjectMapper().readTree(json.toByteArray()).at("/documents/0/articles")) {
            articles++;
            for (JsonNode e : a.get("events")) {
                for (JsonNode s : e.get("sources")) {
                    printed.add(e.get("type").asText() + " @" + s.get("start").asInt() + "-"
                            + s.get("end").asInt());
                }
            }
        }

        Path data = dir.resolve("data");
        int imported = new ImportCommand(ArticlePipeline.bundled())
                .run(
                        new String[] {"--data-dir", data.toString(), file.toString()},
                        print(new ByteArrayOutputStream()),
                        print(err));
        assertThat(imported).as(err.toString(StandardCharsets.UTF_8)).isZero();
        ArticleDatabase db = ArticleDatabase.openH2(data);
        Set<String> stored = new TreeSet<>();
        for (GeoEvent e : db.events().find(EventQuery.all())) {
            for (EventSource s : e.sources()) {
                stored.add(e.type().label() + " @" + s.link().sentence().start() + "-"
                        + s.link().sentence().end());
            }
        }

        assertThat(printed).as("reports parse prints").isNotEmpty();
        assertThat(stored).as("reports import stores").isEqualTo(printed);
        assertThat(db.library(ArticlePipeline.bundled()).articles()).hasSize(articles);
    }

    @Test
    void a_printed_pdf_gives_the_events_of_its_text() throws Exception {
        Path txt = Files.copy(ARTICLE, dir.resolve(ARTICLE.getFileName()));
        Path pdf = fixture("pdf");
        assertThat(eventsOf(pdf)).as("events of the printed PDF").isEqualTo(eventsOf(txt));
    }

    /** The type, date and place of each event {@code parse} prints for the file. */
    private static Set<String> eventsOf(Path file) throws Exception {
        ByteArrayOutputStream json = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int rc = new ParseCommand(ArticleReader.withDefaults(), ArticlePipeline::bundled)
                .run(new String[] {"--published", "2022-01-05", file.toString()}, print(json), print(err));
        assertThat(rc).as(err.toString(StandardCharsets.UTF_8)).isZero();
        Set<String> events = new TreeSet<>();
        for (JsonNode a : new ObjectMapper().readTree(json.toByteArray()).at("/documents/0/articles")) {
            for (JsonNode e : a.get("events")) {
                events.add(e.get("type").asText() + " " + e.get("date").asText() + " "
                        + e.at("/place/name").asText());
            }
        }
        assertThat(events).isNotEmpty();
        return events;
    }

    private static PrintStream print(OutputStream out) {
        return new PrintStream(out, true, StandardCharsets.UTF_8);
    }

    private Path fixture(String kind) throws IOException {
        String text = Files.readString(ARTICLE, StandardCharsets.UTF_8);
        List<String> paragraphs = text.lines().filter(l -> !l.isBlank()).toList();
        return switch (kind) {
            case "digest" -> Files.copy(DIGEST, dir.resolve(DIGEST.getFileName()));
            case "pdf" -> Files.write(dir.resolve("kazakhstan-csto-2022-01-05.pdf"), pdf(paragraphs));
            case "docx" -> Files.write(dir.resolve("kazakhstan-csto-2022-01-05.docx"), docx(paragraphs));
            case "html" -> Files.writeString(dir.resolve("kazakhstan-csto.html"), html(paragraphs));
            default -> throw new IllegalArgumentException(kind);
        };
    }

    static byte[] docx(List<String> paragraphs) throws IOException {
        try (XWPFDocument doc = new XWPFDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (String p : paragraphs) {
                doc.createParagraph().createRun().setText(p);
            }
            doc.write(out);
            return out.toByteArray();
        }
    }

    /** A page with the furniture of a news site around the article, dated by its meta tag. */
    static String html(List<String> paragraphs) {
        StringBuilder s = new StringBuilder("<html lang=\"en\"><head><title>World | Steppe Post</title>"
                + "<meta property=\"article:published_time\" content=\"2022-01-05T21:00:00+03:00\">"
                + "<meta property=\"og:site_name\" content=\"Steppe Post\"></head><body>"
                + "<nav>Home | World | Sport</nav><div class=\"cookie-consent\">We use cookies.</div><article>");
        s.append("<h1>").append(escape(paragraphs.get(0))).append("</h1>");
        for (String p : paragraphs.subList(1, paragraphs.size())) {
            s.append("<p>").append(escape(p)).append("</p>");
        }
        return s.append("</article><aside class=\"related\">Related: Protests in Minsk</aside>")
                .append("<footer>Contact us</footer></body></html>")
                .toString();
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** The paragraphs as a printed article: lines wrapped at 90 characters, pages of 45 lines. */
    static byte[] pdf(List<String> paragraphs) throws IOException {
        List<String> lines = new ArrayList<>();
        for (String p : paragraphs) {
            StringBuilder line = new StringBuilder();
            for (String word : winAnsi(p).split(" ")) {
                if (line.length() + word.length() + 1 > 90) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                line.append(line.isEmpty() ? "" : " ").append(word);
            }
            lines.add(line.toString());
            lines.add("");
        }
        try (PDDocument doc = new PDDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            for (int from = 0; from < lines.size(); from += 45) {
                PDPage page = new PDPage();
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    cs.beginText();
                    cs.setFont(font, 10);
                    cs.setLeading(14);
                    cs.newLineAtOffset(50, 740);
                    for (String l : lines.subList(from, Math.min(lines.size(), from + 45))) {
                        cs.showText(l);
                        cs.newLine();
                    }
                    cs.endText();
                }
            }
            doc.save(out);
            return out.toByteArray();
        }
    }

    /** What the standard Helvetica can show: typographic quotes and dashes as ASCII, anything else dropped. */
    private static String winAnsi(String s) {
        return s.replace('’', '\'')
                .replace('‘', '\'')
                .replace('“', '"')
                .replace('”', '"')
                .replace('–', '-')
                .replace('—', '-')
                .replaceAll("[^\\x20-\\x7E]", "");
    }
}
