package org.geobrief.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.geobrief.events.EventCatalog;
import org.geobrief.events.EventQuery;
import org.geobrief.ingest.internal.IngestStorage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * kill -9 in the middle of imports: a child JVM imports digests in a loop against a data directory and is killed
 * without warning; the database must reopen with everything stored before intact and no article half-stored (each
 * article is stored in a transaction of its own, with its mentions and events).
 */
class CrashSafetyTest {

    @TempDir
    Path dataDir;

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES) // a safety net against a hung child, not a timing assertion
    void killed_import_leaves_the_previous_state_intact_and_no_article_partial() throws Exception {
        Article before = open().importer
                .importText(ArticleImportTest.PROTEST, ImportOptions.defaults().withPublished(LocalDate.of(2022, 1, 5)))
                .added()
                .get(0);
        StoredArticle storedBefore = open().library.article(before.id()).orElseThrow();

        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(
                        java,
                        "-Xmx256m",
                        "-cp",
                        System.getProperty("java.class.path"),
                        CrashingImporter.class.getName(),
                        dataDir.toString())
                .redirectErrorStream(true)
                .start();
        int committed = -1;
        StringBuilder output = new StringBuilder();
        try (BufferedReader lines =
                new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while (committed < 3 && (line = lines.readLine()) != null) {
                output.append(line).append('\n');
                if (line.startsWith("COMMITTED ")) {
                    committed = Integer.parseInt(line.substring(10).strip());
                }
            }
            child.destroyForcibly(); // SIGKILL: no shutdown hooks, no database close
            child.waitFor();
        }
        if (committed < 3) {
            fail("the child importer ended before committing:\n" + output);
        }

        Stores after = open();
        assertThat(after.library.article(before.id()).orElseThrow()).isEqualTo(storedBefore);
        var articles = after.library.articles();
        // H2 may lose the last commits before a kill (it flushes in the background); it must never keep half of an
        // article: every stored one has its mentions and events
        for (ArticleSummary s : articles) {
            StoredArticle a =
                    after.library.article(s.id()).orElseThrow(() -> new AssertionError("listed but not found: " + s));
            assertThat(a.mentions()).as("mentions of " + s.title()).isNotEmpty();
            assertThat(a.events()).as("events of " + s.title()).isNotEmpty();
        }
        assertThat(after.events.find(EventQuery.all()))
                .allSatisfy(e -> assertThat(e.sources()).isNotEmpty());
    }

    record Stores(ArticleImport importer, ArticleLibrary library, EventCatalog events) {}

    Stores open() {
        var ds = IngestStorage.openH2(dataDir);
        EventCatalog events = new EventCatalog(ds);
        IngestStorage storage = new IngestStorage(ds, events);
        WordListAnalyser analyser = new WordListAnalyser();
        return new Stores(
                new ArticleImport(storage, analyser, 50L << 20), new ArticleLibrary(storage, analyser), events);
    }
}
