package org.geobrief.cli;

import java.io.PrintStream;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Set;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.geobrief.events.EventCatalog;
import org.geobrief.events.EventQuery;
import org.geobrief.events.EventType;
import org.geobrief.ingest.ArticleDatabase;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * {@code bench postgis}: the map's query (an extent, a date range and event types) through {@link EventCatalog} on
 * PostgreSQL + PostGIS with a million synthetic events. The database comes from GEOBRIEF_BENCH_POSTGRES_URL (else
 * GEOBRIEF_TEST_POSTGRES_URL), user and password from the matching _USER/_PASSWORD; the events are generated once
 * into the schema {@code geobrief_bench} and kept for later runs. {@code -Dgeobrief.bench.events=N} changes their
 * number.
 *
 * <p>The synthetic events are spread uniformly over 2024–2025, over lon −180…180 and lat −55…70, over every event
 * type, each with one source sentence of one shared article.
 */
final class PostgisBench {

    private static final String SCHEMA = "geobrief_bench";
    private static final LocalDate FIRST_DAY = LocalDate.of(2024, 1, 1);
    private static final int DAYS = 731;
    private static final int RUNS = 21;

    private PostgisBench() {}

    static void run(PrintStream out) throws Exception {
        String url = env("GEOBRIEF_BENCH_POSTGRES_URL", System.getenv("GEOBRIEF_TEST_POSTGRES_URL"));
        if (url == null || url.isBlank()) {
            out.println("skipped: no database (set GEOBRIEF_BENCH_POSTGRES_URL=jdbc:postgresql://host:port/db and"
                    + " _USER/_PASSWORD, or source .ci/postgres start)");
            return;
        }
        String prefix = System.getenv("GEOBRIEF_BENCH_POSTGRES_URL") != null ? "GEOBRIEF_BENCH" : "GEOBRIEF_TEST";
        DataSource ds = new DriverManagerDataSource(
                url + (url.contains("?") ? "&" : "?") + "currentSchema=" + SCHEMA + ",public",
                env(prefix + "_POSTGRES_USER", "postgres"),
                env(prefix + "_POSTGRES_PASSWORD", ""));
        ArticleDatabase.migrate(ds, SCHEMA);
        int n = Integer.getInteger("geobrief.bench.events", 1_000_000);
        try (Connection c = ds.getConnection()) {
            long have = count(c);
            if (have != n) {
                long t0 = System.nanoTime();
                generate(c, n);
                new EventCatalog(ds).summariseAgain(c); // the dashboard's summaries of the million
                out.printf("generated %,d synthetic events in %.1f s (insert, indexes, ANALYZE)%n", n, seconds(t0));
            } else {
                out.printf("%,d synthetic events already in schema %s%n", n, SCHEMA);
            }
        }
        EventCatalog catalog = new EventCatalog(ds);
        EventQuery map = EventQuery.all()
                .within(new EventQuery.BBox(-10, 35, 30, 60))
                .between(LocalDate.of(2025, 4, 1), LocalDate.of(2025, 6, 30))
                .withTypes(Set.of(EventType.BATTLES, EventType.PROTESTS));
        measure(out, "find: Europe extent, 3 months, 2 types", () -> catalog.find(map)
                .size());
        measure(out, "histogram by day: same filters", () -> catalog.histogram(map, ChronoUnit.DAYS).values().stream()
                .mapToInt(Integer::intValue)
                .sum());
        EventQuery country = EventQuery.all()
                .within(new EventQuery.BBox(2, 48, 3, 49))
                .between(LocalDate.of(2024, 1, 1), LocalDate.of(2025, 12, 31));
        measure(out, "find: 1°×1° extent, 2 years, all types", () -> catalog.find(country)
                .size());
        EventQuery world = EventQuery.all()
                .within(new EventQuery.BBox(-180, -90, 180, 90))
                .between(LocalDate.of(2025, 6, 1), LocalDate.of(2025, 6, 7))
                .withTypes(Set.of(EventType.PROTESTS));
        measure(out, "find: world extent, 1 week, 1 type", () -> catalog.find(world)
                .size());
    }

    private static void measure(PrintStream out, String what, Supplier<Integer> query) {
        int found = 0;
        for (int i = 0; i < 3; i++) {
            found = query.get(); // warm-up: plans and pages cached
        }
        double[] ms = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long t0 = System.nanoTime();
            query.get();
            ms[i] = (System.nanoTime() - t0) / 1e6;
        }
        Arrays.sort(ms);
        out.printf(
                "%-45s %,7d events  median %7.1f ms  p90 %7.1f ms  (%d runs)%n",
                what, found, ms[RUNS / 2], ms[(int) (RUNS * 0.9)], RUNS);
    }

    private static void generate(Connection c, int n) throws SQLException {
        String[] types = Arrays.stream(EventType.values()).map(Enum::name).toArray(String[]::new);
        try (Statement s = c.createStatement()) {
            s.execute("TRUNCATE event_sources, events, mentions, corrections, articles");
            s.execute("SELECT setseed(0.2024)");
            s.execute("INSERT INTO articles (id, source, span_start, span_end, title, language, body, imported_at)"
                    + " VALUES ('bench', 'bench', 0, 40, 'Synthetic', 'en', 'A synthetic article for bench postgis.',"
                    + " CURRENT_TIMESTAMP)");
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO events (id, event_type, subtype, event_date,"
                + " time_precision, geo_precision, place_geonameid, place_name, place_feature_class,"
                + " place_feature_code, country_code, admin1_code, admin1_name, place_population, lat, lon, actors,"
                + " fatalities, confidence)"
                + " SELECT 'bench-' || g, (?::text[])[1 + floor(random() * ?)::int], NULL,"
                + " ?::date + floor(random() * ?)::int, 1, 1, g, 'Place ' || g, 'P', 'PPL', 'XX', '00', 'Region',"
                + " 1000, -55 + random() * 125, -180 + random() * 360, '[]', NULL, random()"
                + " FROM generate_series(1, ?) g")) {
            Array array = c.createArrayOf("text", types);
            ps.setArray(1, array);
            ps.setInt(2, types.length);
            ps.setObject(3, FIRST_DAY);
            ps.setInt(4, DAYS);
            ps.setInt(5, n);
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO event_sources (event_id, article_id,"
                + " sentence_start, sentence_end, sentence) SELECT 'bench-' || g, 'bench', 0, 40,"
                + " 'A synthetic article for bench postgis.' FROM generate_series(1, ?) g")) {
            ps.setInt(1, n);
            ps.executeUpdate();
        }
        try (Statement s = c.createStatement()) {
            s.execute("VACUUM ANALYZE events");
            s.execute("VACUUM ANALYZE event_sources");
        }
    }

    private static long count(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM events")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static double seconds(long t0) {
        return (System.nanoTime() - t0) / 1e9;
    }

    private static String env(String name, String otherwise) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? otherwise : v;
    }
}
