package org.geobrief.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.geobrief.base.GeoPoint;
import org.geobrief.base.TextSpan;
import org.geobrief.gazetteer.Place;
import org.geobrief.timeline.TimePrecision;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EventCatalogTest {

    static final Place ALMATY = place(1526384, "Almaty", "KZ", 43.25, 76.92);
    static final Place DUSHANBE = place(1221874, "Dushanbe", "TJ", 38.54, 68.78);
    static final Place FIJI = place(2198148, "Suva", "FJ", -18.14, 178.44);

    @TempDir
    Path dir;

    EventCatalog catalog;
    DataSource ds;

    static Place place(long id, String name, String cc, double lat, double lon) {
        return new Place(id, name, "P", "PPLC", cc, "01", "Region", 1000, new GeoPoint(lat, lon));
    }

    static GeoEvent event(String id, EventType type, String day, Place place, double confidence, String article) {
        return new GeoEvent(
                id,
                type,
                "sub",
                LocalDate.parse(day),
                TimePrecision.DAY,
                1,
                place,
                List.of("Police"),
                null,
                confidence,
                List.of(new EventSource(new SourceLink(article, new TextSpan(0, 10)), "A sentence.")));
    }

    @BeforeEach
    void store() throws Exception {
        JdbcDataSource h2 = new JdbcDataSource();
        // open for the whole test, as the app's pool keeps it: a file database closed and reopened between every
        // query's connection once failed a query here with "Table EVENTS not found" on the loaded machine
        h2.setURL("jdbc:h2:file:" + dir.resolve("db") + ";DB_CLOSE_DELAY=-1");
        Flyway.configure().dataSource(h2).load().migrate();
        ds = h2;
        catalog = new EventCatalog(ds, (c, names) -> NAMES.entrySet().stream()
                .filter(e -> e.getValue().stream().anyMatch(names::contains))
                .map(java.util.Map.Entry::getKey)
                .collect(java.util.stream.Collectors.toSet()));
        try (Connection c = ds.getConnection()) {
            for (String[] a : new String[][] {{"a1", "digest.txt", "Reuters"}, {"a2", "pasted", "RFE/RL"}}) {
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO articles (id, source, span_start, span_end,"
                        + " outlet, language, body, imported_at) VALUES (?, ?, 0, 10, ?, 'en', 'A sentence.',"
                        + " CURRENT_TIMESTAMP)")) {
                    ps.setString(1, a[0]);
                    ps.setString(2, a[1]);
                    ps.setString(3, a[2]);
                    ps.executeUpdate();
                }
            }
            catalog.store(
                    c,
                    List.of(
                            event("e1", EventType.PROTESTS, "2022-01-04", ALMATY, 0.9, "a1"),
                            event("e2", EventType.RIOTS, "2022-01-05", ALMATY, 0.5, "a1"),
                            event("e3", EventType.STRATEGIC_DEVELOPMENTS, "2022-01-05", DUSHANBE, 0.7, "a2"),
                            event("e4", EventType.PROTESTS, "2022-01-12", FIJI, 0.8, "a2")));
        }
    }

    @AfterEach
    void close() throws Exception {
        try (Connection c = ds.getConnection();
                var s = c.createStatement()) {
            s.execute("SHUTDOWN");
        }
    }

    /** The names the two articles answer to: their source and their outlet (as the import feature says). */
    static final java.util.Map<String, List<String>> NAMES =
            java.util.Map.of("a1", List.of("digest.txt", "Reuters"), "a2", List.of("pasted", "RFE/RL"));

    static final List<EventQuery> QUERIES = List.of(
            EventQuery.all(),
            EventQuery.all().between(LocalDate.of(2022, 1, 5), LocalDate.of(2022, 1, 5)),
            EventQuery.all().between(LocalDate.of(2022, 1, 5), null),
            EventQuery.all().between(null, LocalDate.of(2022, 1, 4)),
            EventQuery.all().withTypes(Set.of(EventType.PROTESTS)),
            EventQuery.all().withCountries(Set.of("kz")),
            EventQuery.all().withCountries(Set.of("TJ")).withPlaceIds(Set.of(1526384L)),
            EventQuery.all().withPlaceIds(Set.of(1221874L)),
            EventQuery.all().withArticleIds(Set.of("a2")),
            EventQuery.all().withSources(Set.of("Reuters")),
            EventQuery.all().withSources(Set.of("pasted")),
            EventQuery.all().withSources(Set.of("digest.txt", "RFE/RL")),
            EventQuery.all().withSources(Set.of("nobody")),
            EventQuery.all().withMinConfidence(0.75),
            EventQuery.all().within(new EventQuery.BBox(60, 35, 80, 50)),
            EventQuery.all().within(new EventQuery.BBox(170, -30, -170, 0)),
            EventQuery.all()
                    .withTypes(Set.of(EventType.PROTESTS, EventType.RIOTS))
                    .withCountries(Set.of("KZ"))
                    .withSources(Set.of("Reuters"))
                    .withMinConfidence(0.6));

    @Test
    void every_query_selects_the_same_events_in_the_database_and_in_memory() {
        List<GeoEvent> all = catalog.find(EventQuery.all());
        for (EventQuery q : QUERIES) {
            List<String> inMemory = all.stream()
                    .filter(e -> q.matches(e, id -> NAMES.getOrDefault(id, List.of())))
                    .map(GeoEvent::id)
                    .toList();
            assertThat(inMemory).as(q.toString()).containsExactlyElementsOf(ids(q));
            assertThat(catalog.count(q)).as("count " + q).isEqualTo(inMemory.size());
        }
    }

    @Test
    void countries_and_places_together_mean_either() {
        assertThat(ids(EventQuery.all().withCountries(Set.of("TJ")).withPlaceIds(Set.of(1526384L))))
                .containsExactly("e1", "e2", "e3");
    }

    List<String> ids(EventQuery q) {
        return catalog.find(q).stream().map(GeoEvent::id).toList();
    }

    @Test
    void filters_combine() {
        assertThat(ids(EventQuery.all())).containsExactly("e1", "e2", "e3", "e4");
        assertThat(ids(EventQuery.all().between(LocalDate.of(2022, 1, 5), LocalDate.of(2022, 1, 5))))
                .containsExactly("e2", "e3");
        assertThat(ids(EventQuery.all().withTypes(Set.of(EventType.PROTESTS)))).containsExactly("e1", "e4");
        assertThat(ids(EventQuery.all().withCountries(Set.of("kz")))).containsExactly("e1", "e2");
        assertThat(ids(EventQuery.all().withPlaceIds(Set.of(1221874L)))).containsExactly("e3");
        assertThat(ids(EventQuery.all().withArticleIds(Set.of("a2")))).containsExactly("e3", "e4");
        assertThat(ids(EventQuery.all().withSources(Set.of("Reuters")))).containsExactly("e1", "e2");
        assertThat(ids(EventQuery.all().withSources(Set.of("pasted")))).containsExactly("e3", "e4");
        assertThat(ids(EventQuery.all().withMinConfidence(0.75))).containsExactly("e1", "e4");
        assertThat(ids(EventQuery.all().within(new EventQuery.BBox(60, 35, 80, 50))))
                .containsExactly("e1", "e2", "e3");
        assertThat(ids(EventQuery.all().within(new EventQuery.BBox(170, -30, -170, 0))))
                .as("across the antimeridian")
                .containsExactly("e4");
        assertThat(ids(EventQuery.all().withTypes(Set.of(EventType.PROTESTS)).withCountries(Set.of("KZ"))))
                .containsExactly("e1");
    }

    @Test
    void events_come_back_as_stored() {
        GeoEvent e1 = catalog.event("e1").orElseThrow();
        assertThat(e1).isEqualTo(event("e1", EventType.PROTESTS, "2022-01-04", ALMATY, 0.9, "a1"));
    }

    @Test
    void events_are_looked_up_by_their_ids_whatever_the_filter() {
        assertThat(catalog.withIds(List.of("e4", "e1", "nope")))
                .extracting(GeoEvent::id)
                .containsExactlyInAnyOrder("e1", "e4");
        assertThat(catalog.withIds(List.of())).isEmpty();
    }

    @Test
    void same_event_from_another_article_gains_a_source() throws Exception {
        try (Connection c = ds.getConnection()) {
            GeoEvent again = new GeoEvent(
                    "e1",
                    EventType.PROTESTS,
                    "sub",
                    LocalDate.of(2022, 1, 4),
                    TimePrecision.DAY,
                    1,
                    ALMATY,
                    List.of("Protesters"),
                    3,
                    0.6,
                    List.of(new EventSource(new SourceLink("a2", new TextSpan(2, 8)), "Other.")));
            catalog.store(c, List.of(again));
        }
        GeoEvent e1 = catalog.event("e1").orElseThrow();
        assertThat(e1.sources()).extracting(s -> s.link().articleId()).containsExactly("a1", "a2");
        assertThat(e1.actors()).containsExactly("Police", "Protesters");
        assertThat(e1.fatalities()).isEqualTo(3);
        assertThat(e1.confidence()).as("1 - (1 - 0.9)(1 - 0.6)").isEqualTo(0.96);
        try (Connection c = ds.getConnection()) {
            catalog.forgetArticle(c, "a1");
        }
        assertThat(catalog.event("e1").orElseThrow().sources())
                .extracting(s -> s.link().articleId())
                .containsExactly("a2");
        assertThat(catalog.event("e2")).as("no report left").isEmpty();
    }

    @Test
    void report_of_the_same_event_nearby_merges_into_the_stored_one() throws Exception {
        Place nearAlmaty = place(1526395, "Almaty suburb", "KZ", 43.30, 76.95);
        try (Connection c = ds.getConnection()) {
            catalog.store(c, List.of(event("x9", EventType.PROTESTS, "2022-01-04", nearAlmaty, 0.5, "a2")));
        }
        assertThat(catalog.event("x9")).isEmpty();
        assertThat(catalog.event("e1").orElseThrow().sources())
                .extracting(s -> s.link().articleId())
                .containsExactly("a1", "a2");
        assertThat(catalog.find(EventQuery.all())).hasSize(4);
    }

    @Test
    void histogram_counts_per_day_week_and_month() {
        assertThat(catalog.histogram(EventQuery.all(), ChronoUnit.DAYS))
                .containsExactlyInAnyOrderEntriesOf(
                        Map.of(LocalDate.of(2022, 1, 4), 1, LocalDate.of(2022, 1, 5), 2, LocalDate.of(2022, 1, 12), 1));
        assertThat(catalog.histogram(EventQuery.all(), ChronoUnit.WEEKS))
                .containsExactlyInAnyOrderEntriesOf(Map.of(LocalDate.of(2022, 1, 3), 3, LocalDate.of(2022, 1, 10), 1));
        assertThat(catalog.histogram(EventQuery.all().withCountries(Set.of("KZ")), ChronoUnit.MONTHS))
                .containsExactlyInAnyOrderEntriesOf(Map.of(LocalDate.of(2022, 1, 1), 2));
    }

    @Test
    void a_limited_find_keeps_the_latest_events_in_find_order() {
        // e1 01-04, e2 01-05, e3 01-05, e4 01-12: the latest two are e4 and, of the two on 01-05, e2 (by id)
        assertThat(catalog.find(EventQuery.all(), 2)).extracting(GeoEvent::id).containsExactly("e2", "e4");
        assertThat(catalog.find(EventQuery.all().withCountries(Set.of("KZ")), 1))
                .extracting(GeoEvent::id)
                .containsExactly("e2");
        assertThat(catalog.find(EventQuery.all(), 10)).extracting(GeoEvent::id).containsExactly("e1", "e2", "e3", "e4");
        assertThat(catalog.find(EventQuery.all(), 0)).isEmpty();
    }

    @Test
    void every_limited_query_keeps_the_events_the_in_memory_selection_keeps() {
        List<GeoEvent> all = catalog.find(EventQuery.all());
        for (EventQuery q : QUERIES) {
            List<String> latestTwo = all.stream()
                    .filter(e -> q.matches(e, id -> NAMES.getOrDefault(id, List.of())))
                    .sorted(java.util.Comparator.comparing(GeoEvent::date)
                            .reversed()
                            .thenComparing(GeoEvent::id))
                    .limit(2)
                    .map(GeoEvent::id)
                    .sorted()
                    .toList();
            assertThat(catalog.find(q, 2))
                    .as(q.toString())
                    .extracting(GeoEvent::id)
                    .containsExactlyInAnyOrderElementsOf(latestTwo);
        }
    }

    @Test
    void the_grid_counts_each_cell_with_its_mean_point_and_most_frequent_type() {
        // 10° cells: Almaty (76.92, 43.25) holds e1 and e2, Dushanbe (68.78, 38.54) e3, Suva (178.44, -18.14) e4
        EventGrid grid = catalog.grid(EventQuery.all(), 10);

        assertThat(grid.cells())
                .containsExactly(
                        new EventGrid.Cell(68.78, 38.54, 1, EventType.STRATEGIC_DEVELOPMENTS),
                        new EventGrid.Cell(76.92, 43.25, 2, EventType.PROTESTS), // PROTESTS and RIOTS tie: first type
                        new EventGrid.Cell(178.44, -18.14, 1, EventType.PROTESTS));
        assertThat(grid.byType())
                .containsExactlyInAnyOrderEntriesOf(
                        Map.of(EventType.PROTESTS, 2, EventType.RIOTS, 1, EventType.STRATEGIC_DEVELOPMENTS, 1));
        // a 60° cell from 60° to 120° east, 0° to 60° north, holds Almaty and Dushanbe: their mean point
        assertThat(catalog.grid(EventQuery.all().withCountries(Set.of("KZ", "TJ")), 60)
                        .cells())
                .singleElement()
                .satisfies(c -> {
                    assertThat(c.count()).isEqualTo(3);
                    assertThat(c.lon()).isCloseTo((76.92 * 2 + 68.78) / 3, org.assertj.core.data.Offset.offset(1e-9));
                });
    }

    @Test
    void every_query_sums_up_on_the_same_grid_in_the_database_and_in_memory() {
        List<GeoEvent> all = catalog.find(EventQuery.all());
        for (EventQuery q : QUERIES) {
            for (double side : new double[] {0.5, 10, 90}) {
                List<GeoEvent> matching = all.stream()
                        .filter(e -> q.matches(e, id -> NAMES.getOrDefault(id, List.of())))
                        .toList();
                EventGrid inMemory = EventGrid.of(matching, side);
                EventGrid stored = catalog.grid(q, side);
                assertThat(stored.byType()).as(q + " by type").isEqualTo(inMemory.byType());
                assertThat(stored.cells()).as(q + " cells").hasSameSizeAs(inMemory.cells());
                for (int i = 0; i < stored.cells().size(); i++) {
                    EventGrid.Cell a = stored.cells().get(i);
                    EventGrid.Cell b = inMemory.cells().get(i);
                    assertThat(List.of(a.count(), a.type())).isEqualTo(List.of(b.count(), b.type()));
                    assertThat(a.lon()).isCloseTo(b.lon(), org.assertj.core.data.Offset.offset(1e-9));
                    assertThat(a.lat()).isCloseTo(b.lat(), org.assertj.core.data.Offset.offset(1e-9));
                }
            }
        }
    }

    @Test
    void days_count_all_events_of_the_area_and_those_matching_the_filters_in_one_pass() {
        EventQuery area = EventQuery.all().within(new EventQuery.BBox(60, 35, 80, 50)); // Almaty and Dushanbe
        EventDays days = catalog.days(area, EventQuery.all().withMinConfidence(0.6));

        assertThat(days.all())
                .containsExactlyInAnyOrderEntriesOf(Map.of(LocalDate.of(2022, 1, 4), 1, LocalDate.of(2022, 1, 5), 2));
        // e2 (0.5) is below the floor; e4 (Suva, 0.8) is outside the area
        assertThat(days.matching())
                .containsExactlyInAnyOrderEntriesOf(Map.of(LocalDate.of(2022, 1, 4), 1, LocalDate.of(2022, 1, 5), 1));
        for (EventQuery q : QUERIES) {
            EventDays d = catalog.days(area, q);
            assertThat(d.all()).isEqualTo(catalog.histogram(area, ChronoUnit.DAYS));
            assertThat(d.matching())
                    .as(q.toString())
                    .isEqualTo(catalog.histogram(q.within(area.bbox()), ChronoUnit.DAYS));
        }
    }

    @Test
    void events_per_article_are_counted_by_the_database() {
        assertThat(catalog.eventsPerArticle()).containsExactlyInAnyOrderEntriesOf(Map.of("a1", 2, "a2", 2));
    }

    @Test
    void extent_sums_up_count_bounds_and_time_span_of_the_matching_events() {
        assertThat(catalog.extent(EventQuery.all()))
                .isEqualTo(new EventExtent(
                        4,
                        new EventQuery.BBox(68.78, -18.14, 178.44, 43.25),
                        LocalDate.of(2022, 1, 4),
                        LocalDate.of(2022, 1, 12)));
        assertThat(catalog.extent(EventQuery.all().withCountries(Set.of("KZ"))))
                .isEqualTo(new EventExtent(
                        2,
                        new EventQuery.BBox(76.92, 43.25, 76.92, 43.25),
                        LocalDate.of(2022, 1, 4),
                        LocalDate.of(2022, 1, 5)));
        assertThat(catalog.extent(EventQuery.all().withCountries(Set.of("FR")))).isEqualTo(EventExtent.NONE);
    }
}
