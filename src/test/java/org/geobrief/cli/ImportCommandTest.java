package org.geobrief.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.geobrief.events.EventCatalog;
import org.geobrief.events.EventQuery;
import org.geobrief.ingest.internal.IngestStorage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The import command with the real pipeline (bundled gazetteer, geoparser, event extractor) on the seeds. */
class ImportCommandTest {

    @TempDir
    Path dir;

    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();

    int run(String... args) {
        return Cli.run(
                args,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    Path seed(String name) throws Exception {
        Path f = dir.resolve(name);
        try (InputStream in = getClass().getResourceAsStream("/seeds/" + name)) {
            Files.write(f, in.readAllBytes());
        }
        return f;
    }

    @Test
    void imports_the_seeds_with_places_and_events_and_skips_them_the_second_time() throws Exception {
        Path data = dir.resolve("data");
        Path digest = seed("central-asia-digest-2022-01-07.txt");
        Path single = seed("kazakhstan-csto-2022-01-05.txt");

        int rc = run("import", "--data-dir", data.toString(), digest.toString(), single.toString());

        String printed = out.toString(StandardCharsets.UTF_8);
        assertThat(rc).as(err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(printed).contains("Imported 10 articles with ");
        var events = new EventCatalog(IngestStorage.openH2(data)).find(EventQuery.all());
        assertThat(events).isNotEmpty();
        assertThat(events).anySatisfy(e -> assertThat(e.place().countryCode()).isEqualTo("KZ"));

        out.reset();
        assertThat(run("import", "--data-dir", data.toString(), single.toString()))
                .isZero();
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("Imported 0 articles with 0 events; 1 already stored.");
    }

    @Test
    void bad_arguments_and_bad_files_are_named() throws Exception {
        Path data = dir.resolve("data");
        assertThat(run("import", "--data-dir", data.toString())).isEqualTo(2);
        assertThat(run("import", "--published", "7.1.2022", "x.txt")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--published wants YYYY-MM-DD, got 7.1.2022");
        Path empty = Files.createFile(dir.resolve("empty.txt"));
        assertThat(run("import", "--data-dir", data.toString(), empty.toString()))
                .isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("import: empty.txt is empty.");
    }
}
