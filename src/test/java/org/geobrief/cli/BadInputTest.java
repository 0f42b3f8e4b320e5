package org.geobrief.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.Random;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.geobrief.events.EventCatalog;
import org.geobrief.ingest.ArticleAnalyser;
import org.geobrief.ingest.ArticleImport;
import org.geobrief.ingest.ArticlePipeline;
import org.geobrief.ingest.ImportException;
import org.geobrief.ingest.ImportOptions;
import org.geobrief.ingest.internal.EmbeddedDatabase;
import org.geobrief.ingest.internal.IngestStorage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Bad input through the command line's {@code import}, each next to a good article: the bad file gets a message
 * naming it (or, where the input is merely odd, is imported), within a hang guard, and the good article is stored
 * anyway and stays stored. {@code REFUSED} rows must be refused; {@code EITHER} rows may be imported, but never hang,
 * crash or take the good article with them. The same table runs through the upload's path: the bytes of a file the
 * browser sent, to {@link ArticleImport#importBytes} (which the upload handler calls through the dashboard's facade).
 */
@TestMethodOrder(MethodOrderer.MethodName.class)
class BadInputTest {

    enum Expect {
        REFUSED,
        EITHER
    }

    static final String GOOD = "Protesters rally in Almaty\n\nThousands of protesters gathered in Almaty on Tuesday.\n";

    @TempDir
    static Path dir;

    static Path good;

    @BeforeAll
    static void goodFile() throws Exception {
        good = Files.writeString(dir.resolve("good-2022-01-05.txt"), GOOD);
    }

    /** The table: name, bytes, expectation. Shared with the upload test. */
    public static Stream<Arguments> inputs() throws Exception {
        Random random = new Random(19);
        byte[] noise = new byte[4096];
        random.nextBytes(noise);
        return Stream.of(
                row("empty.txt", new byte[0], Expect.REFUSED),
                row("blank.txt", bytes("   \n\t \n"), Expect.REFUSED),
                row("nul-bytes.txt", bytes("Troops\0in\0Almaty\0"), Expect.REFUSED),
                row("control-bytes.txt", bytes("\u0001\u0002\u0003".repeat(200)), Expect.REFUSED),
                row("latin-1.txt", new byte[] {'C', 'a', 'f', (byte) 0xE9, ' ', 'i', 'n', ' ', 'A'}, Expect.REFUSED),
                row("noise.txt", noise, Expect.REFUSED),
                row("gzip.txt", gzip(GOOD.repeat(50)), Expect.REFUSED),
                row("not-a.pdf", bytes("this is not a PDF"), Expect.EITHER), // text by its content
                row("truncated.pdf", bytes("%PDF-1.4\n1 0 obj\n<< /Type /Catalog"), Expect.REFUSED),
                row("not-a.docx", bytes("this is not a zip"), Expect.EITHER), // text by its content
                row("empty-zip.docx", zip(), Expect.REFUSED),
                row("no-document.docx", zip("a.txt", bytes("hello")), Expect.REFUSED),
                row("script-only.html", bytes("<html><script>alert(1)</script></html>"), Expect.REFUSED),
                row("empty-body.html", bytes("<html><head><title>x</title></head><body></body></html>"), Expect.EITHER),
                row("headers-only.eml", bytes("From: a@example.org\nSubject: nothing\n\n"), Expect.EITHER),
                row("program.exe", bytes("MZ\u0090\0\u0003\0\0\0"), Expect.REFUSED),
                row("x".repeat(240) + ".txt", new byte[0], Expect.REFUSED),
                row("punctuation.txt", bytes(".!?,;:".repeat(1000)), Expect.EITHER),
                row("capitals.txt", bytes("A".repeat(1 << 20)), Expect.EITHER),
                row("one-long-line.txt", bytes("troops said in a town near the river ".repeat(20_000)), Expect.EITHER),
                row(
                        "deep-nesting.html",
                        bytes("<div>".repeat(50_000) + "Troops in Almaty." + "</div>".repeat(50_000)),
                        Expect.EITHER),
                row("entities.html", bytes("<p>" + "&amp;&lt;&#x41;&#65;".repeat(5_000) + "</p>"), Expect.EITHER),
                row("utf-16.txt", utf16(GOOD.replace("Almaty", "Astana")), Expect.EITHER),
                row("utf-8-bom.txt", bom(GOOD.replace("Almaty", "Osh")), Expect.EITHER),
                row(
                        "billion-laughs.html",
                        bytes("<?xml version=\"1.0\"?><!DOCTYPE l [<!ENTITY a \"aaaaaaaaaa\">"
                                + "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">"
                                + "<!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\">]><html><body>&d;</body></html>"),
                        Expect.EITHER),
                row("spaces-inflated.docx", docxOfSpaces(20 << 20), Expect.EITHER),
                row("many-dates.txt", bytes("Troops fought on 12 March 2024, ".repeat(20_000)), Expect.EITHER));
    }

    static Arguments row(String name, byte[] content, Expect expect) {
        return Arguments.of(name, content, expect);
    }

    static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    static byte[] gzip(String s) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream z = new GZIPOutputStream(out)) {
            z.write(bytes(s));
        }
        return out.toByteArray();
    }

    static byte[] zip(Object... entries) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            for (int i = 0; i < entries.length; i += 2) {
                z.putNextEntry(new ZipEntry((String) entries[i]));
                z.write((byte[]) entries[i + 1]);
                z.closeEntry();
            }
        }
        return out.toByteArray();
    }

    static byte[] utf16(String s) {
        byte[] body = s.getBytes(StandardCharsets.UTF_16LE);
        byte[] out = new byte[body.length + 2];
        out[0] = (byte) 0xFF;
        out[1] = (byte) 0xFE;
        System.arraycopy(body, 0, out, 2, body.length);
        return out;
    }

    static byte[] bom(String s) {
        byte[] body = bytes(s);
        byte[] out = new byte[body.length + 3];
        out[0] = (byte) 0xEF;
        out[1] = (byte) 0xBB;
        out[2] = (byte) 0xBF;
        System.arraycopy(body, 0, out, 3, body.length);
        return out;
    }

    /** A small valid .docx whose one paragraph inflates to {@code spaces} spaces. */
    static byte[] docxOfSpaces(int spaces) throws Exception {
        String types =
                "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                        + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                        + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument"
                        + ".wordprocessingml.document.main+xml\"/></Types>";
        String rels = "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/"
                + "relationships\"><Relationship Id=\"r1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                + "relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>";
        String doc = "<?xml version=\"1.0\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/"
                + "2006/main\"><w:body><w:p><w:r><w:t xml:space=\"preserve\">" + " ".repeat(spaces)
                + "</w:t></w:r></w:p></w:body></w:document>";
        return zip("[Content_Types].xml", bytes(types), "_rels/.rels", bytes(rels), "word/document.xml", bytes(doc));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("inputs")
    void a_bad_file_gets_its_message_and_the_good_one_is_stored(String name, byte[] content, Expect expect)
            throws Exception {
        Path bad = Files.write(dir.resolve(name), content);
        Path data = dir.resolve("data");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = assertTimeoutPreemptively(
                Duration.ofSeconds(120),
                () -> Cli.run( // a hang guard, not a timing
                        new String[] {"import", "--data-dir", data.toString(), good.toString(), bad.toString()},
                        new PrintStream(out, true, StandardCharsets.UTF_8),
                        new PrintStream(err, true, StandardCharsets.UTF_8)));
        String said = out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8);
        if (expect == Expect.REFUSED) {
            assertThat(code).as(said).isEqualTo(1);
            assertThat(said).as("the message names the file").contains(name);
        }
        assertThat(said).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(storedTitles(data)).as(said).contains("Protesters rally in Almaty");
    }

    @ParameterizedTest(name = "upload {0}")
    @MethodSource("inputs")
    void a_bad_upload_gets_its_message_and_the_stored_article_stays(String name, byte[] content, Expect expect)
            throws Exception {
        Path data = dir.resolve("upload-data");
        try (EmbeddedDatabase db = EmbeddedDatabase.open(data);
                ArticleImport importer = new ArticleImport(
                        new IngestStorage(db.dataSource(), new EventCatalog(db.dataSource())),
                        UPLOAD_ANALYSER,
                        50L << 20)) {
            importer.importBytes("good-2022-01-05.txt", bytes(GOOD), ImportOptions.defaults());
            String said = assertTimeoutPreemptively(Duration.ofSeconds(120), () -> {
                try {
                    return String.join(
                            " ",
                            importer.importBytes(name, content, ImportOptions.defaults())
                                    .messages());
                } catch (ImportException refused) {
                    return "REFUSED " + refused.getMessage();
                }
            });
            if (expect == Expect.REFUSED) {
                assertThat(said).startsWith("REFUSED").contains(name);
            }
        }
        assertThat(storedTitles(data)).contains("Protesters rally in Almaty");
    }

    static final ArticleAnalyser UPLOAD_ANALYSER = ArticlePipeline.bundled();

    static java.util.List<String> storedTitles(Path data) throws Exception {
        java.util.List<String> titles = new java.util.ArrayList<>();
        try (EmbeddedDatabase db = EmbeddedDatabase.open(data, false);
                Connection c = db.dataSource().getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT title FROM articles")) {
            while (rs.next()) {
                titles.add(rs.getString(1));
            }
        }
        return titles;
    }
}
