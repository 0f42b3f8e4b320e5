package org.geobrief.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A valid 1 MB .docx whose text is a gigabyte of spaces, imported next to a good file by {@code import} in a JVM of
 * 256 MB: the bomb is refused with its name and why, the good file is imported, nothing runs out of memory. Before,
 * this ended in an OutOfMemoryError after 4.5 minutes at 5.5 GB and lost the good file too.
 */
class ZipBombTest {

    @TempDir
    Path dir;

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES) // a safety net against a hung child, not a timing assertion
    void a_docx_that_expands_to_a_gigabyte_is_refused_and_the_good_file_still_imports() throws Exception {
        Path bomb = bomb(dir.resolve("bomb.docx"), 1L << 30);
        assertThat(Files.size(bomb)).isLessThan(2L << 20);
        Path good = Files.writeString(
                dir.resolve("good-2022-01-05.txt"),
                "Rally in Almaty\n\nThousands of protesters gathered in Almaty on Tuesday.\n");

        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(
                        java,
                        "-Xmx256m",
                        "-cp",
                        System.getProperty("java.class.path"),
                        Main.class.getName(),
                        "import",
                        "--data-dir",
                        dir.resolve("data").toString(),
                        bomb.toString(),
                        good.toString())
                .redirectError(dir.resolve("err.txt").toFile())
                .redirectOutput(dir.resolve("out.txt").toFile())
                .start();
        int rc = child.waitFor();
        String out = Files.readString(dir.resolve("out.txt"), StandardCharsets.UTF_8);
        String err = Files.readString(dir.resolve("err.txt"), StandardCharsets.UTF_8);

        assertThat(err).as(out).contains("import: bomb.docx ").doesNotContain("OutOfMemoryError");
        assertThat(err.lines()
                        .filter(l -> l.startsWith("import: bomb.docx"))
                        .findFirst()
                        .orElseThrow())
                .containsAnyOf("zip bomb", "characters of text");
        assertThat(out).as(err).contains("+ Rally in Almaty", "Imported 1 article");
        assertThat(rc).as("some input was refused").isEqualTo(1);
    }

    /** The command line in a JVM of its own, as {@code java -jar geobrief.jar} runs it. */
    static final class Main {
        public static void main(String[] args) {
            System.exit(Cli.run(args));
        }
    }

    /** A minimal Word document whose one paragraph holds {@code spaces} spaces, deflated at the highest level. */
    static Path bomb(Path file, long spaces) throws IOException {
        try (OutputStream os = Files.newOutputStream(file);
                ZipOutputStream zip = new ZipOutputStream(os, StandardCharsets.UTF_8)) {
            zip.setLevel(Deflater.BEST_COMPRESSION);
            entry(
                    zip,
                    "[Content_Types].xml",
                    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                            + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                            + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                            + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
                            + "</Types>");
            entry(
                    zip,
                    "_rels/.rels",
                    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                            + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                            + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>"
                            + "</Relationships>");
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                            + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
                            + "<w:body><w:p><w:r><w:t xml:space=\"preserve\">Bomb")
                    .getBytes(StandardCharsets.UTF_8));
            byte[] chunk = new byte[1 << 20];
            java.util.Arrays.fill(chunk, (byte) ' ');
            for (long left = spaces; left > 0; left -= chunk.length) {
                zip.write(chunk, 0, (int) Math.min(chunk.length, left));
            }
            zip.write("</w:t></w:r></w:p></w:body></w:document>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return file;
    }

    private static void entry(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
