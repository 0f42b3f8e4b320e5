package org.geobrief.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.geobrief.events.EventCatalogTest.place;

import java.nio.file.Path;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.flywaydb.core.Flyway;
import org.geobrief.base.TextSpan;
import org.geobrief.gazetteer.Place;
import org.geobrief.timeline.TimePrecision;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The dashboard's summaries of the stored events (per grid cell and per day) stay equal to the events through every
 * write, and the map's grid and the timeline's days read from them equal the events summed up one by one.
 */
class EventRollupTest {

    static final Place ALMATY = place(1526384, "Almaty", "KZ", 43.25, 76.92);
    static final Place AKTAU = place(610611, "Aktau", "KZ", 43.65, 51.16);
    static final Place ORIGIN = place(1, "Null Island", "XX", 0, 0); // on the corner of four cells at every zoom
    static final Place EDGE = place(2, "Edge", "XX", 45, 22.5); // on a cell edge at every zoom

    @TempDir
    Path dir;

    JdbcDataSource ds;
    EventCatalog catalog;

    @BeforeEach
    void open() throws Exception {
        ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:file:" + dir.resolve("db") + ";DB_CLOSE_DELAY=-1");
        Flyway.configure().dataSource(ds).load().migrate();
        catalog = new EventCatalog(ds);
        try (Connection c = ds.getConnection();
                var ps = c.prepareStatement("INSERT INTO articles (id, source, span_start, span_end, language, body,"
                        + " imported_at) VALUES (?, 'test', 0, 10, 'en', 'A sentence.', CURRENT_TIMESTAMP)")) {
            for (int a = 0; a < 7; a++) {
                ps.setString(1, "a" + a);
                ps.executeUpdate();
            }
        }
    }

    @AfterEach
    void close() throws Exception {
        try (Connection c = ds.getConnection()) {
            c.createStatement().execute("SHUTDOWN");
        }
    }

    static GeoEvent event(String id, EventType type, String day, Place at, double confidence, String article) {
        return new GeoEvent(
                id,
                type,
                "sub",
                day == null ? null : LocalDate.parse(day),
                TimePrecision.DAY,
                1,
                at,
                List.of(),
                null,
                confidence,
                List.of(new EventSource(new SourceLink(article, new TextSpan(0, 10)), "A sentence.")));
    }

    private void store(GeoEvent... events) throws Exception {
        try (Connection c = ds.getConnection()) {
            catalog.store(c, List.of(events));
        }
    }

    private void forget(String article) throws Exception {
        try (Connection c = ds.getConnection()) {
            catalog.forgetArticle(c, article);
        }
    }

    @Test
    void the_summaries_equal_the_events_after_import_merge_reanalysis_refresh_and_delete() throws Exception {
        store(
                event("p1", EventType.PROTESTS, "2024-03-01", ALMATY, 0.3, "a1"),
                event("r1", EventType.RIOTS, "2024-03-02", AKTAU, 0.95, "a1"),
                event("u1", EventType.PROTESTS, null, ORIGIN, 0.05, "a1"),
                event("b1", EventType.BATTLES, "2024-03-02", EDGE, 1.0, "a1"));
        RollupCheck.assertRollupMatchesEvents(ds);

        // the same event reported again (same id) and a report EventMerger finds the same: merged into p1
        store(event("p1", EventType.PROTESTS, "2024-03-01", ALMATY, 0.8, "a2"));
        store(event("p1-other", EventType.PROTESTS, "2024-03-01", ALMATY, 0.9, "a3"));
        assertThat(catalog.count(EventQuery.all())).isEqualTo(4);
        assertThat(catalog.event("p1").orElseThrow().confidence()).isGreaterThan(0.9); // from step 3 to step 9
        RollupCheck.assertRollupMatchesEvents(ds);

        // a correction analyses a1 again: its reports go, the new ones (Aktau's riot now in Almaty) come
        forget("a1");
        store(event("r1", EventType.RIOTS, "2024-03-02", ALMATY, 0.95, "a1"));
        assertThat(catalog.count(EventQuery.all())).isEqualTo(2); // p1 (a2, a3) and r1
        RollupCheck.assertRollupMatchesEvents(ds);

        // a new gazetteer moves Almaty
        try (Connection c = ds.getConnection()) {
            catalog.refreshPlaces(
                    c,
                    id -> id == ALMATY.geonameId()
                            ? Optional.of(place(1526384, "Almaty", "KZ", 43.3, 76.9))
                            : Optional.empty());
        }
        RollupCheck.assertRollupMatchesEvents(ds);

        forget("a2");
        forget("a3");
        forget("a1");
        assertThat(catalog.count(EventQuery.all())).isZero();
        RollupCheck.assertRollupMatchesEvents(ds);
        try (Connection c = ds.getConnection();
                var rs = c.createStatement()
                        .executeQuery(
                                "SELECT (SELECT COUNT(*) FROM event_cells) + (SELECT COUNT(*) FROM event_days)")) {
            rs.next();
            assertThat(rs.getInt(1)).isZero();
        }
    }

    @Test
    void the_map_grid_and_the_days_from_the_summaries_equal_the_events_summed_up_one_by_one() throws Exception {
        RollupCheck.storeWorld(ds, catalog);
        RollupCheck.assertRollupMatchesEvents(ds);
        RollupCheck.assertGridAndDaysEqualTheEventsOneByOne(catalog);
    }

    @Test
    void the_grid_reads_the_summaries_when_they_know_the_filters() throws Exception {
        RollupCheck.storeWorld(ds, catalog);
        EventQuery.BBox view = new EventQuery.BBox(-170.3, -50.1, 100.7, 60.2);
        EventQuery known = EventQuery.all().withMinConfidence(0.3).within(view);
        EventQuery unknown = EventQuery.all().withMinConfidence(0.35).within(view);
        int knownTotal = catalog.grid(known, 22.5).total();
        int unknownTotal = catalog.grid(unknown, 22.5).total();
        try (Connection c = ds.getConnection()) {
            // a cell inside the view counted wrong on purpose: only a grid read from the summaries sees it
            c.createStatement()
                    .executeUpdate(
                            "UPDATE event_cells SET n = n + 1000 WHERE zoom = 2 AND cell_i = 0" + " AND cell_j = 0");
        }
        assertThat(catalog.grid(known, 22.5).total()).isGreaterThanOrEqualTo(knownTotal + 1000);
        assertThat(catalog.grid(unknown, 22.5).total()).isEqualTo(unknownTotal);
    }
}
