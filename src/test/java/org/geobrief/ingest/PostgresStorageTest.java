package org.geobrief.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.geobrief.base.TextSpan;
import org.geobrief.events.EventCatalog;
import org.geobrief.events.EventQuery;
import org.geobrief.events.EventType;
import org.geobrief.ingest.internal.IngestStorage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The same migrations and queries on PostgreSQL (the "postgres" profile). Runs when GEOBRIEF_TEST_POSTGRES_URL names
 * a database (jdbc:postgresql://host:port/db, user/password in GEOBRIEF_TEST_POSTGRES_USER/_PASSWORD); each run
 * works in a new schema.
 */
@EnabledIfEnvironmentVariable(named = "GEOBRIEF_TEST_POSTGRES_URL", matches = ".+")
class PostgresStorageTest {

    @Test
    void import_queries_and_corrections_work_on_postgresql() {
        String schema = "geobrief_test_" + UUID.randomUUID().toString().replace("-", "");
        String url = System.getenv("GEOBRIEF_TEST_POSTGRES_URL");
        var ds = new DriverManagerDataSource(
                url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema,
                System.getenv().getOrDefault("GEOBRIEF_TEST_POSTGRES_USER", "postgres"),
                System.getenv().getOrDefault("GEOBRIEF_TEST_POSTGRES_PASSWORD", ""));
        Flyway.configure().dataSource(ds).schemas(schema).load().migrate();
        EventCatalog events = new EventCatalog(ds);
        IngestStorage storage = new IngestStorage(ds, events);
        WordListAnalyser analyser = new WordListAnalyser();
        ArticleLibrary library = new ArticleLibrary(storage, analyser);
        try (ArticleImport importer = new ArticleImport(storage, analyser, 1 << 20)) {
            ImportOptions dated = ImportOptions.defaults().withPublished(LocalDate.of(2023, 3, 5));
            ImportResult first = importer.importText(ArticleLibraryTest.DIGEST, dated);
            assertThat(first.added()).hasSize(2);
            assertThat(importer.importText(ArticleLibraryTest.DIGEST, dated).duplicates())
                    .hasSize(2);

            assertThat(library.articles()).hasSize(2);
            EventQuery q = EventQuery.all()
                    .between(LocalDate.of(2023, 3, 1), LocalDate.of(2023, 3, 31))
                    .withTypes(Set.of(EventType.PROTESTS))
                    .withCountries(Set.of("FR"))
                    .withSources(Set.of("pasted"))
                    .withMinConfidence(0.1)
                    .within(new EventQuery.BBox(0, 40, 10, 50));
            assertThat(events.find(q)).hasSize(1);
            assertThat(events.histogram(q, ChronoUnit.DAYS)).containsEntry(LocalDate.of(2023, 3, 5), 1);

            Article a = first.added().get(0);
            int at = a.text().indexOf("Paris", a.text().indexOf("marched")); // the event's sentence
            Correction k = library.correct(a.id(), TextSpan.ofChars(a.text(), at, at + 5), 4717560L);
            assertThat(events.find(EventQuery.all().withCountries(Set.of("US"))))
                    .hasSize(1);
            assertThat(library.undo(k.id())).isTrue();
            assertThat(events.find(EventQuery.all().withCountries(Set.of("US"))))
                    .isEmpty();
            assertThat(library.article(a.id()).orElseThrow().corrections())
                    .singleElement()
                    .satisfies(c -> assertThat(c.undone()).isTrue());
        }
    }
}
