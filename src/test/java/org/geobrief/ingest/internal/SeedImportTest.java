package org.geobrief.ingest.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.geobrief.events.EventCatalog;
import org.geobrief.events.EventQuery;
import org.geobrief.ingest.ArticleLibrary;
import org.geobrief.ingest.ArticleSummary;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The app on an empty data directory imports the bundled sample documents, with the real analysis. */
@SpringBootTest(properties = "geobrief.import.seed-on-first-start=true")
class SeedImportTest {

    static final Path DATA_DIR;

    static {
        try {
            DATA_DIR = Files.createTempDirectory("geobrief-seed-test");
        } catch (java.io.IOException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) {
        registry.add("geobrief.data-dir", DATA_DIR::toString);
    }

    @Autowired
    SeedImport seeds;

    @Autowired
    ArticleLibrary library;

    @Autowired
    EventCatalog events;

    @Test
    void first_start_imports_the_samples_into_the_data_dir() throws Exception {
        assertThat(seeds.jobs()).hasSize(2);
        for (var job : seeds.jobs()) {
            job.result().get(10, TimeUnit.MINUTES);
        }
        assertThat(Files.exists(DATA_DIR.resolve("geobrief.mv.db"))).isTrue();
        assertThat(library.articles()).hasSize(10);
        assertThat(library.articles())
                .extracting(ArticleSummary::published)
                .containsOnly(LocalDate.of(2022, 1, 5), LocalDate.of(2022, 1, 7));
        var found = events.find(EventQuery.all().withCountries(java.util.Set.of("KZ")));
        assertThat(found).isNotEmpty();
        String anArticle = found.get(0).sources().get(0).link().articleId();
        assertThat(library.article(anArticle).orElseThrow().mentions()).isNotEmpty();
    }
}
