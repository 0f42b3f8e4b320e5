package org.geobrief.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.geobrief.events.EventRollupTest.EDGE;
import static org.geobrief.events.EventRollupTest.ORIGIN;
import static org.geobrief.events.EventRollupTest.event;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.assertj.core.data.Offset;
import org.geobrief.gazetteer.Place;

/**
 * Holds the dashboard's summaries (tables {@code event_cells} and {@code event_days}) to the events they sum up,
 * counted here one by one: the same cells (side 90° / 2^zoom, zoom 0..4), days, types and confidence steps (the
 * largest k with confidence >= k / 10), the same counts, the same sums of longitudes and latitudes.
 */
public final class RollupCheck {

    private static final double[] SIDES = {90, 45, 22.5, 11.25, 5.625};

    private RollupCheck() {}

    public static void assertRollupMatchesEvents(DataSource ds) throws SQLException {
        Map<List<Object>, Integer> cells = new HashMap<>();
        Map<List<Object>, double[]> sums = new HashMap<>();
        Map<List<Object>, Integer> days = new HashMap<>();
        try (Connection c = ds.getConnection()) {
            try (ResultSet rs = c.createStatement()
                    .executeQuery("SELECT event_type, event_date, confidence, lon, lat FROM events")) {
                while (rs.next()) {
                    String type = rs.getString(1);
                    double confidence = rs.getDouble(3);
                    int step = 0;
                    while (step < 10 && confidence >= (step + 1) / 10.0) step++;
                    double lon = rs.getDouble(4);
                    double lat = rs.getDouble(5);
                    for (int z = 0; z < SIDES.length; z++) {
                        List<Object> key = List.of(
                                z, (long) Math.floor(lon / SIDES[z]), (long) Math.floor(lat / SIDES[z]), type, step);
                        cells.merge(key, 1, Integer::sum);
                        double[] s = sums.computeIfAbsent(key, k -> new double[2]);
                        s[0] += lon;
                        s[1] += lat;
                    }
                    if (rs.getDate(2) != null) {
                        days.merge(List.of(rs.getDate(2).toLocalDate(), type, step), 1, Integer::sum);
                    }
                }
            }
            Map<List<Object>, Integer> storedCells = new HashMap<>();
            try (ResultSet rs = c.createStatement()
                    .executeQuery("SELECT zoom, cell_i, cell_j, event_type, conf_step, n, sum_lon, sum_lat"
                            + " FROM event_cells")) {
                while (rs.next()) {
                    List<Object> key =
                            List.of(rs.getInt(1), rs.getLong(2), rs.getLong(3), rs.getString(4), rs.getInt(5));
                    storedCells.put(key, rs.getInt(6));
                    double[] s = sums.getOrDefault(key, new double[2]);
                    assertThat(rs.getDouble(7)).as("sum of lons " + key).isCloseTo(s[0], Offset.offset(1e-6));
                    assertThat(rs.getDouble(8)).as("sum of lats " + key).isCloseTo(s[1], Offset.offset(1e-6));
                }
            }
            assertThat(storedCells).as("event_cells").isEqualTo(cells);
            Map<List<Object>, Integer> storedDays = new HashMap<>();
            try (ResultSet rs =
                    c.createStatement().executeQuery("SELECT event_date, event_type, conf_step, n FROM event_days")) {
                while (rs.next()) {
                    storedDays.put(List.of(rs.getDate(1).toLocalDate(), rs.getString(2), rs.getInt(3)), rs.getInt(4));
                }
            }
            assertThat(storedDays).as("event_days").isEqualTo(days);
        }
    }

    /** 600 events over the world, some on cell edges and corners, some undated, confidences on and between steps. */
    public static List<GeoEvent> storeWorld(DataSource ds, EventCatalog catalog) throws SQLException {
        Random random = new Random(20);
        EventType[] types = {EventType.PROTESTS, EventType.RIOTS, EventType.BATTLES, EventType.FLOOD};
        List<GeoEvent> events = new ArrayList<>();
        for (int n = 0; n < 600; n++) {
            Place at = n % 50 == 0
                    ? ORIGIN
                    : n % 50 == 1
                            ? EDGE
                            : EventCatalogTest.place(
                                    10 + n,
                                    "P" + n,
                                    "XX",
                                    -60 + random.nextDouble() * 135,
                                    -180 + random.nextDouble() * 360);
            double confidence = n % 3 == 0 ? (1 + random.nextInt(10)) / 10.0 : random.nextDouble();
            String day = n % 20 == 0
                    ? null
                    : LocalDate.of(2024, 1, 1).plusDays(random.nextInt(720)).toString();
            events.add(event("w" + n, types[random.nextInt(types.length)], day, at, confidence, "w" + n % 7));
        }
        try (Connection c = ds.getConnection()) {
            try (var ps = c.prepareStatement("INSERT INTO articles (id, source, span_start, span_end, language, body,"
                    + " imported_at) VALUES (?, 'test', 0, 10, 'en', 'A sentence.', CURRENT_TIMESTAMP)")) {
                for (int a = 0; a < 7; a++) {
                    ps.setString(1, "w" + a);
                    ps.executeUpdate();
                }
            }
            catalog.store(c, events);
        }
        return catalog.find(EventQuery.all());
    }

    static final List<EventQuery.BBox> BOXES = List.of(
            new EventQuery.BBox(-180, -90, 180, 90),
            new EventQuery.BBox(-250, -85, 250, 85), // a world view wider than the world
            new EventQuery.BBox(-170.3, -50.1, 100.7, 60.2),
            new EventQuery.BBox(-177, -80, 183, 80), // panned east past the antimeridian
            new EventQuery.BBox(0, 0, 22.5, 45), // on cell edges
            new EventQuery.BBox(10.2, 35.3, 40.9, 58.8)); // a few events: summed up directly

    static final List<EventQuery> FILTERS = List.of(
            EventQuery.all(),
            EventQuery.all().withTypes(Set.of(EventType.PROTESTS, EventType.RIOTS)),
            EventQuery.all().withMinConfidence(0.3),
            EventQuery.all().withMinConfidence(0.35), // between steps: the events
            EventQuery.all().withTypes(Set.of(EventType.FLOOD)).withMinConfidence(1.0),
            EventQuery.all().between(LocalDate.of(2024, 3, 10), LocalDate.of(2024, 9, 30)),
            EventQuery.all().withCountries(Set.of("XX")));

    /**
     * For every filter of {@link #FILTERS} everywhere and in each of {@link #BOXES}: the map's grid at zoom 0..5
     * (read from the summaries up to zoom 4 where they know the filters) and the timeline's days equal the stored
     * events summed up here one by one.
     */
    public static void assertGridAndDaysEqualTheEventsOneByOne(EventCatalog catalog) {
        List<GeoEvent> all = catalog.find(EventQuery.all());
        List<EventQuery> queries = new ArrayList<>();
        for (EventQuery f : FILTERS) {
            queries.add(f);
            for (EventQuery.BBox b : BOXES) queries.add(f.within(b));
        }
        for (EventQuery q : queries) {
            List<GeoEvent> matching =
                    all.stream().filter(e -> q.matches(e, id -> List.of())).toList();
            for (int zoom = 0; zoom <= 5; zoom++) {
                double side = 90.0 / (1 << zoom);
                assertSameGrid(catalog.grid(q, side), EventGrid.of(matching, side), q + " side " + side);
            }
            EventQuery area = EventQuery.all().within(q.bbox());
            EventDays days = catalog.days(area, q.within(null));
            assertThat(days.all()).as("all days " + q).isEqualTo(perDay(all, area));
            assertThat(days.matching()).as("matching days " + q).isEqualTo(perDay(matching, EventQuery.all()));
            assertThat(catalog.histogram(q, ChronoUnit.DAYS))
                    .as("histogram " + q)
                    .isEqualTo(perDay(matching, EventQuery.all()));
        }
    }

    private static SortedMap<LocalDate, Integer> perDay(List<GeoEvent> events, EventQuery q) {
        SortedMap<LocalDate, Integer> days = new TreeMap<>();
        events.stream()
                .filter(e -> e.date() != null && q.matches(e, id -> List.of()))
                .forEach(e -> days.merge(e.date(), 1, Integer::sum));
        return days;
    }

    private static void assertSameGrid(EventGrid stored, EventGrid inMemory, String what) {
        assertThat(stored.byType()).as(what + " by type").isEqualTo(inMemory.byType());
        assertThat(stored.cells()).as(what + " cells").hasSameSizeAs(inMemory.cells());
        for (int i = 0; i < stored.cells().size(); i++) {
            EventGrid.Cell a = stored.cells().get(i);
            EventGrid.Cell b = inMemory.cells().get(i);
            assertThat(List.of(a.count(), a.type())).as(what).isEqualTo(List.of(b.count(), b.type()));
            assertThat(a.lon()).as(what).isCloseTo(b.lon(), Offset.offset(1e-9));
            assertThat(a.lat()).as(what).isCloseTo(b.lat(), Offset.offset(1e-9));
        }
    }
}
