package org.geobrief.ingest.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Random;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.geobrief.ingest.ImportException;
import org.junit.jupiter.api.Test;

class DocumentReaderTest {

    private final DocumentReader reader = new DocumentReader(50L << 20);

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    static byte[] docx(String... paragraphs) throws IOException {
        try (XWPFDocument doc = new XWPFDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (String p : paragraphs) {
                doc.createParagraph().createRun().setText(p);
            }
            doc.write(out);
            return out.toByteArray();
        }
    }

    static byte[] pdf(String... lines) throws IOException {
        try (PDDocument doc = new PDDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.beginText();
                cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                cs.setLeading(16);
                cs.newLineAtOffset(72, 700);
                for (String line : lines) {
                    cs.showText(line);
                    cs.newLine();
                }
                cs.endText();
            }
            doc.save(out);
            return out.toByteArray();
        }
    }

    @Test
    void utf8_text_is_read_as_is_with_unix_line_ends() {
        var doc = reader.read("a.txt", utf8("Protests in Almaty\r\n\r\nPolice detained 20 people in Astana.\r\n"));
        assertThat(doc.text()).isEqualTo("Protests in Almaty\n\nPolice detained 20 people in Astana.\n");
    }

    @Test
    void html_keeps_visible_text_and_drops_scripts_and_event_handlers() {
        String html =
                """
                <html><head><title>Clashes in Almaty</title><script>alert('head')</script></head>
                <body onload="steal()"><h1>Clashes in Almaty</h1>
                <p>Police fired <b>tear gas</b> in Almaty.<img src=x onerror="alert(1)"></p>
                <script>document.write('evil')</script>
                <p>The text shows &lt;script&gt;alert(2)&lt;/script&gt; and &lt;img src=x onerror=alert(3)&gt; as
                words.</p><a href="javascript:alert(4)">link</a></body></html>""";
        var doc = reader.read("page.html", utf8(html));
        assertThat(doc.text())
                .contains("Clashes in Almaty\n\nPolice fired tear gas in Almaty.")
                .doesNotContainIgnoringCase("<script")
                .doesNotContainIgnoringCase("onerror")
                .doesNotContain("alert(1)", "alert(2)", "evil", "steal", "head')", "javascript:")
                .doesNotContain("<", ">");
        assertThat(doc.title()).isEqualTo("Clashes in Almaty");
    }

    @Test
    void docx_paragraphs_become_paragraphs() throws IOException {
        var doc = reader.read("brief.docx", docx("Flood Hits Coastal Town", "Water rose in the town on Monday."));
        assertThat(doc.text()).isEqualTo("Flood Hits Coastal Town\n\nWater rose in the town on Monday.");
    }

    @Test
    void pdf_text_is_extracted() throws IOException {
        var doc = reader.read("brief.pdf", pdf("Quake Strikes Island", "A quake struck the island on Sunday."));
        assertThat(doc.text()).contains("Quake Strikes Island").contains("A quake struck the island on Sunday.");
    }

    @Test
    void eml_subject_becomes_the_headline_and_date_the_date() {
        String eml =
                """
                From: desk@example.org
                To: analyst@example.org
                Subject: Strike at the Port of Aktau
                Date: Fri, 07 Jan 2022 10:15:00 +0000
                MIME-Version: 1.0
                Content-Type: text/plain; charset=UTF-8

                Dock workers in Aktau walked out on Thursday.
                """;
        var doc = reader.read("note.eml", utf8(eml));
        assertThat(doc.text())
                .startsWith("Strike at the Port of Aktau\n\n")
                .contains("Dock workers in Aktau walked out");
        assertThat(doc.text()).doesNotContain("desk@example.org");
        assertThat(doc.date()).isEqualTo(LocalDate.of(2022, 1, 7));
    }

    @Test
    void empty_file_is_refused() {
        assertThatThrownBy(() -> reader.read("empty.txt", new byte[0]))
                .isInstanceOf(ImportException.class)
                .hasMessage("empty.txt is empty.");
        assertThatThrownBy(() -> reader.read("blank.txt", utf8(" \n\n\t ")))
                .isInstanceOf(ImportException.class)
                .hasMessage("blank.txt contains no text.");
    }

    @Test
    void file_over_the_size_limit_is_refused() {
        DocumentReader small = new DocumentReader(1024);
        assertThatThrownBy(() -> small.read("big.txt", utf8("a".repeat(1025))))
                .isInstanceOf(ImportException.class)
                .hasMessage("big.txt is larger than the import limit of 1 KB (geobrief.import.max-bytes).");
        assertThat(small.read("ok.txt", utf8("a".repeat(1024))).text()).hasSize(1024);
    }

    @Test
    void binary_junk_is_refused() {
        byte[] junk = new byte[4096];
        new Random(7).nextBytes(junk);
        assertThatThrownBy(() -> reader.read("junk.txt", junk))
                .isInstanceOf(ImportException.class)
                .hasMessageStartingWith("junk.txt looks like binary data");
        assertThatThrownBy(() -> reader.read("junk.bin", junk))
                .isInstanceOf(ImportException.class)
                .hasMessageContaining("junk.bin");
    }

    @Test
    void malformed_utf8_is_refused_with_the_offset() {
        byte[] latin1 = "Protest in Zürich".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> reader.read("latin1.txt", latin1))
                .isInstanceOf(ImportException.class)
                .hasMessage("latin1.txt is not valid UTF-8 (the first bad byte is at offset 12)."
                        + " Save it as UTF-8 and import it again.");
    }

    @Test
    void unsupported_type_is_refused() {
        assertThatThrownBy(() -> reader.read("pic.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0}))
                .isInstanceOf(ImportException.class)
                .hasMessageContaining("pic.png is image/png, which GeoBrief cannot import");
    }
}
