package org.geobrief.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Random;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.geobrief.ingest.ArticleAnalyser;
import org.geobrief.ingest.ArticleDatabase;
import org.geobrief.ingest.ArticleImport;
import org.geobrief.ingest.ArticlePipeline;
import org.geobrief.ingest.ArticleReader;
import org.geobrief.ingest.ImportJob;
import org.geobrief.ingest.ImportOptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Bad input through the command line's {@code import}, each next to a good article: the bad file gets a message on
 * stderr naming it (or, where the input is merely odd, is imported) within a CPU budget, and the good article is stored
 * anyway and stays stored. {@code REFUSED} rows must be refused; {@code EITHER} rows may be imported, but never hang,
 * crash or take the good article with them. The same table runs through the upload's path (the bytes of a file the
 * browser sent, to {@link ArticleImport#startBytes}, which the upload handler starts through the dashboard's facade),
 * and once all together through the command line in a JVM of its own with a 1 GB heap. Bounds are CPU seconds and
 * heap, never wall-clock time, so that a loaded machine does not fail a row.
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

    /** Far above what any row needs (the target is 30 s of CPU); CPU, not wall-clock, so load does not matter. */
    static final Duration CPU_BUDGET = Duration.ofSeconds(60);
    /** Only a guard against a hang: the import's own analysis limit (300 s) ends any row long before. */
    static final Duration HANG_GUARD = Duration.ofMinutes(15);

    @ParameterizedTest(name = "{0}")
    @MethodSource("inputs")
    void a_bad_file_gets_its_message_on_stderr_and_the_good_one_is_stored(String name, byte[] content, Expect expect)
            throws Exception {
        Path bad = Files.write(dir.resolve(name), content);
        Path data = dir.resolve("data");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        long cpu0 = processCpuNanos();
        int code = assertTimeoutPreemptively(
                HANG_GUARD,
                () -> Cli.run(
                        new String[] {"import", "--data-dir", data.toString(), good.toString(), bad.toString()},
                        new PrintStream(out, true, StandardCharsets.UTF_8),
                        new PrintStream(err, true, StandardCharsets.UTF_8)));
        Duration cpu = Duration.ofNanos(processCpuNanos() - cpu0);
        String stdout = out.toString(StandardCharsets.UTF_8);
        String stderr = err.toString(StandardCharsets.UTF_8);
        String said = stdout + stderr;
        if (expect == Expect.REFUSED) {
            assertThat(code).as(said).isEqualTo(1);
            assertThat(stderr).as("stderr names the file and why").contains("import: " + name);
            assertThat(stdout).as("no refusal on stdout").doesNotContain(name);
        }
        if (code != 0) {
            assertThat(stderr).as("a refusal is said on stderr").contains(name);
        }
        assertThat(said).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(cpu).as("CPU for the row").isLessThan(CPU_BUDGET);
        assertThat(storedTitles(data)).as(said).contains("Protesters rally in Almaty");
    }

    @ParameterizedTest(name = "upload {0}")
    @MethodSource("inputs")
    void a_bad_upload_gets_its_message_and_the_stored_article_stays(String name, byte[] content, Expect expect)
            throws Exception {
        Path data = dir.resolve("upload-data");
        try (ArticleDatabase db = ArticleDatabase.openH2(data);
                ArticleImport importer = db.importer(
                        UPLOAD_ANALYSER,
                        ArticleReader.withDefaults(),
                        Duration.ofSeconds(ArticleImport.DEFAULT_ANALYSIS_SECONDS))) {
            importer.importBytes("good-2022-01-05.txt", bytes(GOOD), ImportOptions.defaults());
            long cpu0 = processCpuNanos();
            // what the upload handler starts, through the dashboard's facade: a job that ends with a message
            ImportJob job = importer.startBytes(name, content, ImportOptions.defaults());
            assertTimeoutPreemptively(
                    HANG_GUARD, () -> job.result().handle((r, e) -> r).join());
            Duration cpu = Duration.ofNanos(processCpuNanos() - cpu0);
            String said = job.message();
            if (expect == Expect.REFUSED) {
                assertThat(job.result().isCompletedExceptionally()).as(said).isTrue();
                assertThat(said).contains(name);
            }
            assertThat(said).doesNotContain("Exception").doesNotContain("\tat ");
            assertThat(cpu).as("CPU for the row").isLessThan(CPU_BUDGET);
        }
        assertThat(storedTitles(data)).contains("Protesters rally in Almaty");
    }

    /**
     * Every bad file in one call of the command line in its own JVM with a 1 GB heap, as a user would run it: the good
     * file is stored, each refused one is named on stderr, and the whole call stays within the heap (an
     * OutOfMemoryError would end it with code 3) and a CPU budget of {@link #CPU_BUDGET} per file.
     */
    @org.junit.jupiter.api.Test
    void all_bad_files_in_one_call_under_a_one_gigabyte_heap() throws Exception {
        Path files = Files.createDirectories(dir.resolve("all"));
        java.util.List<String> refused = new java.util.ArrayList<>();
        java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of(good.toString()));
        for (Arguments row : inputs().toList()) {
            String name = (String) row.get()[0];
            args.add(Files.write(files.resolve(name), (byte[]) row.get()[1]).toString());
            if (row.get()[2] == Expect.REFUSED) refused.add(name);
        }
        Path data = dir.resolve("all-data");
        Path time = dir.resolve("time.txt");
        java.util.List<String> command = new java.util.ArrayList<>(java.util.List.of(
                "/usr/bin/time",
                "-f",
                "%U %S %M",
                "-o",
                time.toString(),
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g",
                "-XX:+ExitOnOutOfMemoryError",
                "-cp",
                System.getProperty("java.class.path"),
                "org.geobrief.GeoBriefApplication",
                "import",
                "--data-dir",
                data.toString()));
        command.addAll(args);
        Process p = new ProcessBuilder(command)
                .redirectOutput(dir.resolve("all.out").toFile())
                .redirectError(dir.resolve("all.err").toFile())
                .start();
        assertThat(p.waitFor(HANG_GUARD.toMinutes(), java.util.concurrent.TimeUnit.MINUTES))
                .as("ended")
                .isTrue();
        String stderr = Files.readString(dir.resolve("all.err"));
        assertThat(p.exitValue()).as(stderr).isEqualTo(1);
        assertThat(stderr).doesNotContain("OutOfMemoryError").doesNotContain("\tat ");
        for (String name : refused) {
            assertThat(stderr).as("stderr names " + name).contains("import: " + name);
        }
        String[] used = Files.readString(time).strip().split("\\s+");
        double cpuSeconds = Double.parseDouble(used[used.length - 3]) + Double.parseDouble(used[used.length - 2]);
        long maxRssKb = Long.parseLong(used[used.length - 1]);
        System.out.printf(
                "BadInputTest: %d files in one call: %.1f s CPU, max RSS %d MB%n",
                args.size(), cpuSeconds, maxRssKb >> 10);
        assertThat(cpuSeconds).isLessThan(CPU_BUDGET.toSeconds() * (double) args.size());
        assertThat(maxRssKb).as("max RSS, KB: a 1 GB heap and the JVM's own").isLessThan(2L << 20);
        assertThat(storedTitles(data)).contains("Protesters rally in Almaty");
    }

    static final ArticleAnalyser UPLOAD_ANALYSER = ArticlePipeline.bundled();

    /** CPU time of this JVM so far (every thread, the import's analysis thread included), ns. */
    static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean)
                        java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    static java.util.List<String> storedTitles(Path data) throws Exception {
        try (ArticleDatabase db = ArticleDatabase.existing(ArticleDatabase.h2Url(data))) {
            return db.library(UPLOAD_ANALYSER).articles().stream()
                    .map(a -> a.title())
                    .toList();
        }
    }
}
