package org.geobrief.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.geobrief.base.TextSpan;
import org.geobrief.events.EventCatalog;
import org.geobrief.events.EventExtent;
import org.geobrief.events.EventQuery;
import org.geobrief.events.EventType;
import org.geobrief.events.RollupCheck;
import org.geobrief.ingest.internal.ArticleStore;
import org.geobrief.ingest.internal.IngestStorage;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The same migrations and queries on PostgreSQL with PostGIS (the "postgres" profile). Needs
 * GEOBRIEF_TEST_POSTGRES_URL (jdbc:postgresql://host:port/db, user/password in GEOBRIEF_TEST_POSTGRES_USER/_PASSWORD;
 * {@code source .ci/postgres start} starts such a server and sets them). Without it the tests are skipped on a
 * developer's machine and fail in CI (CI=true): a skipped test is not a passed one. Each test works in a new schema.
 */
class PostgresStorageTest {

    private DriverManagerDataSource ds;

    @BeforeEach
    void newSchema() {
        String url = System.getenv("GEOBRIEF_TEST_POSTGRES_URL");
        if (url == null || url.isBlank()) {
            assertThat(System.getenv("CI"))
                    .as("CI=true but GEOBRIEF_TEST_POSTGRES_URL is not set (.ci/run starts PostgreSQL)")
                    .isNotEqualToIgnoringCase("true");
            Assumptions.abort("GEOBRIEF_TEST_POSTGRES_URL is not set (source .ci/postgres start)");
        }
        String schema = "geobrief_test_" + UUID.randomUUID().toString().replace("-", "");
        // PostGIS lives in the public schema: keep it on the search path behind the test's own schema.
        ds = new DriverManagerDataSource(
                url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema + ",public",
                System.getenv().getOrDefault("GEOBRIEF_TEST_POSTGRES_USER", "postgres"),
                System.getenv().getOrDefault("GEOBRIEF_TEST_POSTGRES_PASSWORD", ""));
        IngestStorage.migrate(ds, schema);
    }

    @Test
    void import_queries_and_corrections_work_on_postgresql() throws Exception {
        EventCatalog events = new EventCatalog(ds, ArticleStore::named);
        IngestStorage storage = new IngestStorage(ds, events);
        WordListAnalyser analyser = new WordListAnalyser();
        ArticleLibrary library = new ArticleLibrary(storage, analyser);
        try (ArticleImport importer = new ArticleImport(storage, analyser, 1 << 20)) {
            ImportOptions dated = ImportOptions.defaults().withPublished(LocalDate.of(2023, 3, 5));
            ImportResult first = importer.importText(ArticleLibraryTest.DIGEST, dated);
            assertThat(first.added()).hasSize(2);
            RollupCheck.assertRollupMatchesEvents(ds);
            assertThat(importer.importText(ArticleLibraryTest.DIGEST, dated).duplicates())
                    .hasSize(2);

            assertThat(library.articles()).hasSize(2);
            // the library's search: words of the text, case-insensitive, paged, in PostgreSQL's SQL
            assertThat(library.search("MONDAY", 0, 10))
                    .containsExactly(first.added().get(1).id());
            assertThat(library.search("paris", 0, 10)).hasSize(2);
            assertThat(library.search("paris", 1, 10)).hasSize(1);
            assertThat(library.countMatching("100%")).isZero();
            EventQuery q = EventQuery.all()
                    .between(LocalDate.of(2023, 3, 1), LocalDate.of(2023, 3, 31))
                    .withTypes(Set.of(EventType.PROTESTS))
                    .withCountries(Set.of("FR"))
                    .withSources(Set.of("pasted"))
                    .withMinConfidence(0.1)
                    .within(new EventQuery.BBox(0, 40, 10, 50));
            assertThat(events.find(q)).hasSize(1);
            assertThat(events.count(q)).isEqualTo(1);
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
            RollupCheck.assertRollupMatchesEvents(ds);
            assertThat(library.delete(a.id())).isTrue();
            RollupCheck.assertRollupMatchesEvents(ds);
        }
    }

    @Test
    void a_library_page_is_sorted_paged_and_counted_in_postgresql() throws Exception {
        EventCatalog events = new EventCatalog(ds, ArticleStore::named);
        IngestStorage storage = new IngestStorage(ds, events);
        ArticleLibrary library = new ArticleLibrary(storage, new WordListAnalyser());
        try (ArticleImport importer = new ArticleImport(storage, new WordListAnalyser(), 1 << 20)) {
            String a = importer.importText(
                            "Bravo\n\nProtesters met in Almaty. Protesters met in Aktau.",
                            ImportOptions.defaults().withPublished(LocalDate.of(2023, 3, 5)))
                    .added()
                    .get(0)
                    .id();
            String b = importer.importText(
                            "alpha\n\nProtesters met in Paris. Calm in Astana.",
                            ImportOptions.defaults().withPublished(LocalDate.of(2023, 3, 6)))
                    .added()
                    .get(0)
                    .id();
            String c = importer.importText("Charlie\n\nNothing in Astana.", ImportOptions.defaults())
                    .added()
                    .get(0)
                    .id();
            ArticleQuery all = ArticleQuery.all();

            // PostgreSQL sorts NULLs last ascending, H2 first: the store's ORDER BY makes both put the undated last
            // by default and first by Published ascending
            assertThat(library.page(all, 0, 10))
                    .extracting(r -> r.article().id(), LibraryRow::events, LibraryRow::places)
                    .containsExactly(tuple(b, 1, 2), tuple(a, 2, 2), tuple(c, 0, 1));
            assertThat(ids(
                            library,
                            all.sortedBy(List.of(new ArticleQuery.Order(ArticleQuery.Column.PUBLISHED, false)))))
                    .containsExactly(c, a, b);
            assertThat(ids(library, all.sortedBy(List.of(new ArticleQuery.Order(ArticleQuery.Column.TITLE, false)))))
                    .containsExactly(b, a, c);
            assertThat(ids(library, all.sortedBy(List.of(new ArticleQuery.Order(ArticleQuery.Column.EVENTS, true)))))
                    .containsExactly(a, b, c);
            ArticleQuery astana = ArticleQuery.matching("astana")
                    .sortedBy(List.of(new ArticleQuery.Order(ArticleQuery.Column.PLACES, false)));
            assertThat(ids(library, astana)).containsExactly(c, b);
            assertThat(library.count(astana)).isEqualTo(2);
            assertThat(library.page(all, 2, 10))
                    .extracting(r -> r.article().id())
                    .containsExactly(c);
        }
    }

    private static List<String> ids(ArticleLibrary library, ArticleQuery query) {
        return library.page(query, 0, 10).stream().map(r -> r.article().id()).toList();
    }

    @Test
    void the_dashboard_summaries_stay_exact_and_answer_the_grid_and_the_days_on_postgis() throws Exception {
        EventCatalog events = new EventCatalog(ds, ArticleStore::named);
        RollupCheck.storeWorld(ds, events);
        RollupCheck.assertRollupMatchesEvents(ds);
        RollupCheck.assertGridAndDaysEqualTheEventsOneByOne(events);
        try (var c = ds.getConnection()) {
            events.forgetArticle(c, "w3");
            events.summariseAgain(c);
        }
        RollupCheck.assertRollupMatchesEvents(ds);
    }

    @Test
    void events_points_are_postgis_geography_and_the_map_extent_is_answered_by_it() throws Exception {
        EventCatalog events = new EventCatalog(ds, ArticleStore::named);
        IngestStorage storage = new IngestStorage(ds, events);
        try (ArticleImport importer = new ArticleImport(storage, new WordListAnalyser(), 1 << 20)) {
            importer.importText(
                    "Protesters marched in Almaty. Protesters gathered in Aktau. Protesters met in Paris.",
                    ImportOptions.defaults().withPublished(LocalDate.of(2023, 3, 5)));
        }
        try (var c = ds.getConnection();
                var rs = c.createStatement()
                        .executeQuery("SELECT place_name, ST_AsText(geog), GeometryType(geog::geometry),"
                                + " ST_SRID(geog::geometry) FROM events ORDER BY place_name")) {
            List<String> rows = new ArrayList<>();
            while (rs.next()) {
                rows.add(rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3) + " " + rs.getInt(4));
            }
            assertThat(rows)
                    .containsExactly(
                            "Aktau POINT(51.16 43.65) POINT 4326",
                            "Almaty POINT(76.92 43.25) POINT 4326",
                            "Paris POINT(2.35 48.85) POINT 4326");
        }

        assertThat(names(events, new EventQuery.BBox(46, 40, 90, 56))).containsExactly("Aktau", "Almaty");
        assertThat(events.count(EventQuery.all().within(new EventQuery.BBox(46, 40, 90, 56))))
                .isEqualTo(2);
        // edges are inclusive: Almaty lies on the corner
        assertThat(names(events, new EventQuery.BBox(76.92, 43.25, 80, 50))).containsExactly("Almaty");
        // across the antimeridian: 60°E eastwards to 170°W
        assertThat(names(events, new EventQuery.BBox(60, 30, -170, 60))).containsExactly("Almaty");
        assertThat(names(events, new EventQuery.BBox(-10, 40, 10, 50))).containsExactly("Paris");
    }

    @Test
    void a_limited_find_and_the_extent_aggregate_work_on_postgis() {
        EventCatalog events = new EventCatalog(ds, ArticleStore::named);
        IngestStorage storage = new IngestStorage(ds, events);
        try (ArticleImport importer = new ArticleImport(storage, new WordListAnalyser(), 1 << 20)) {
            importer.importText(
                    "Protesters marched in Almaty. Protesters gathered in Aktau. Protesters met in Paris.",
                    ImportOptions.defaults().withPublished(LocalDate.of(2023, 3, 5)));
        }
        EventQuery.BBox central = new EventQuery.BBox(46, 40, 90, 56);

        assertThat(events.find(EventQuery.all().within(central), 1))
                .singleElement()
                .satisfies(e -> assertThat(e.place().name()).isIn("Aktau", "Almaty"));
        assertThat(events.find(EventQuery.all(), 10)).hasSize(3);
        assertThat(events.extent(EventQuery.all()))
                .isEqualTo(new EventExtent(
                        3,
                        new EventQuery.BBox(2.35, 43.25, 76.92, 48.85),
                        LocalDate.of(2023, 3, 5),
                        LocalDate.of(2023, 3, 5)));
        assertThat(events.extent(EventQuery.all().within(central)).count()).isEqualTo(2);
    }

    private static List<String> names(EventCatalog events, EventQuery.BBox extent) {
        return events.find(EventQuery.all().within(extent)).stream()
                .map(e -> e.place().name())
                .sorted()
                .toList();
    }
}
