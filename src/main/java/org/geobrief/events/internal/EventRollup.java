package org.geobrief.events.internal;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.geobrief.events.EventDays;
import org.geobrief.events.EventGrid;
import org.geobrief.events.EventQuery;
import org.geobrief.events.EventType;

/**
 * The dashboard's summaries of the {@code events} table (migration V72), kept exact by every write to it, so that the
 * map's grid cells and the timeline's bars of a large store are sums over a few thousand rows instead of a scan of
 * every event:
 *
 * <ul>
 *   <li>{@code event_cells}: events per grid cell of zoom 0..{@value #MAX_ZOOM} (side 90° / 2^zoom, the cells of
 *       {@code EventCatalog.grid}), type and confidence step, with the sums of their longitudes and latitudes;
 *   <li>{@code event_days}: dated events per day, type and confidence step.
 * </ul>
 *
 * The confidence step of an event is the largest k in 0..10 with {@code confidence >= k / 10.0}, so a filter
 * "confidence at least 0.3" is "step >= 3"; a threshold between steps is not answered here. The writers call
 * {@link #removed} before and {@link #added} after changing an event's row (by id): the rollup reads the row as
 * stored, so whatever a merge or a correction wrote is what it counts.
 */
final class EventRollup {

    /** The finest zoom with cells kept: side 5.625°. Finer views hold few enough events to sum them up directly. */
    static final int MAX_ZOOM = 4;

    /** {@code conf_step} in SQL: the same steps as {@link #confStep}, for the backfill and {@link #rebuild}. */
    private static final String CONF_STEP = "CASE WHEN e.confidence >= 1.0 THEN 10 WHEN e.confidence >= 0.9 THEN 9"
            + " WHEN e.confidence >= 0.8 THEN 8 WHEN e.confidence >= 0.7 THEN 7 WHEN e.confidence >= 0.6 THEN 6"
            + " WHEN e.confidence >= 0.5 THEN 5 WHEN e.confidence >= 0.4 THEN 4 WHEN e.confidence >= 0.3 THEN 3"
            + " WHEN e.confidence >= 0.2 THEN 2 WHEN e.confidence >= 0.1 THEN 1 ELSE 0 END";

    private volatile Boolean postgres;

    /** The zoom whose cells have side {@code cellDegrees}, or -1 when no kept zoom has. */
    static int zoomOf(double cellDegrees) {
        for (int z = 0; z <= MAX_ZOOM; z++) {
            if (side(z) == cellDegrees) return z;
        }
        return -1;
    }

    static double side(int zoom) {
        return 90.0 / (1 << zoom);
    }

    /** The cell index of a coordinate in SQL, exactly as the grid query groups (the side written as a literal). */
    static String cellSql(String column, double side) {
        return "FLOOR(" + column + " / " + java.math.BigDecimal.valueOf(side).toPlainString() + ")";
    }

    /** The largest k in 0..10 with {@code confidence >= k / 10.0}. */
    static int confStep(double confidence) {
        for (int k = 10; k > 0; k--) {
            if (confidence >= k / 10.0) return k;
        }
        return 0;
    }

    /** The step a minimum confidence filters on: 0 for none, k for exactly k / 10.0, -1 for any other threshold. */
    static int confStepOf(double minConfidence) {
        if (minConfidence <= 0) return 0;
        for (int k = 1; k <= 10; k++) {
            if (minConfidence == k / 10.0) return k;
        }
        return -1;
    }

    /** Whether the rollup knows every criterion of {@code q} but its extent and dates: types and confidence steps. */
    static boolean knows(EventQuery q) {
        return q.countries().isEmpty()
                && q.placeIds().isEmpty()
                && q.articleIds().isEmpty()
                && q.sources().isEmpty()
                && confStepOf(q.minConfidence()) >= 0;
    }

    // ---- writes --------------------------------------------------------------------------------------------------

    /** Counts the stored events {@code ids} in (after they were inserted or changed). */
    void added(Connection c, Collection<String> ids) throws SQLException {
        apply(c, ids, 1);
    }

    /** Counts the stored events {@code ids} out (before they are changed or deleted). */
    void removed(Connection c, Collection<String> ids) throws SQLException {
        apply(c, ids, -1);
    }

    private void apply(Connection c, Collection<String> ids, int sign) throws SQLException {
        if (ids.isEmpty()) return;
        StringBuilder cells = new StringBuilder();
        for (int z = 0; z <= MAX_ZOOM; z++) {
            cells.append(", ").append(cellSql("e.lon", side(z))).append(", ").append(cellSql("e.lat", side(z)));
        }
        Map<List<Object>, double[]> cellDeltas = new HashMap<>();
        Map<List<Object>, Integer> dayDeltas = new HashMap<>();
        List<String> all = List.copyOf(ids);
        for (int from = 0; from < all.size(); from += 500) {
            List<String> chunk = all.subList(from, Math.min(all.size(), from + 500));
            String sql = "SELECT e.event_type, e.event_date, e.confidence, e.lon, e.lat" + cells
                    + " FROM events e WHERE e.id IN ("
                    + String.join(", ", java.util.Collections.nCopies(chunk.size(), "?"))
                    + ")";
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                for (int i = 0; i < chunk.size(); i++) ps.setString(i + 1, chunk.get(i));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        String type = rs.getString(1);
                        Date day = rs.getDate(2);
                        int step = confStep(rs.getDouble(3));
                        double lon = rs.getDouble(4);
                        double lat = rs.getDouble(5);
                        for (int z = 0; z <= MAX_ZOOM; z++) {
                            List<Object> key = List.of(z, rs.getLong(6 + 2 * z), rs.getLong(7 + 2 * z), type, step);
                            double[] d = cellDeltas.computeIfAbsent(key, k -> new double[3]);
                            d[0] += sign;
                            d[1] += sign * lon;
                            d[2] += sign * lat;
                        }
                        if (day != null) dayDeltas.merge(List.of(day.toLocalDate(), type, step), sign, Integer::sum);
                    }
                }
            }
        }
        // in one order (by key) in every transaction: concurrent writers (the batch job's tasks) then wait for each
        // other's rows instead of deadlocking
        List<Map.Entry<List<Object>, double[]>> cellsInOrder = new ArrayList<>(cellDeltas.entrySet());
        cellsInOrder.sort(Map.Entry.comparingByKey(java.util.Comparator.comparing(Object::toString)));
        List<Map.Entry<List<Object>, Integer>> daysInOrder = new ArrayList<>(dayDeltas.entrySet());
        daysInOrder.sort(Map.Entry.comparingByKey(java.util.Comparator.comparing(Object::toString)));
        for (Map.Entry<List<Object>, double[]> e : cellsInOrder) {
            List<Object> k = e.getKey();
            double[] d = e.getValue();
            upsert(
                    c,
                    "event_cells",
                    List.of("zoom", "cell_i", "cell_j", "event_type", "conf_step"),
                    List.of(k.get(0), k.get(1), k.get(2), k.get(3), k.get(4)),
                    List.of("n", "sum_lon", "sum_lat"),
                    List.of((int) d[0], d[1], d[2]));
        }
        for (Map.Entry<List<Object>, Integer> e : daysInOrder) {
            List<Object> k = e.getKey();
            upsert(
                    c,
                    "event_days",
                    List.of("event_date", "event_type", "conf_step"),
                    List.of(Date.valueOf((LocalDate) k.get(0)), k.get(1), k.get(2)),
                    List.of("n"),
                    List.of(e.getValue()));
        }
    }

    /** Adds {@code deltas} to the row of {@code key} (made if missing); a row whose count drops to 0 is deleted. */
    private void upsert(
            Connection c,
            String table,
            List<String> keyColumns,
            List<Object> key,
            List<String> columns,
            List<Object> deltas)
            throws SQLException {
        int n = ((Number) deltas.get(0)).intValue();
        if (n == 0 && deltas.stream().allMatch(d -> ((Number) d).doubleValue() == 0)) return;
        String match =
                String.join(" AND ", keyColumns.stream().map(k -> k + " = ?").toList());
        List<Object> values = new ArrayList<>(key);
        values.addAll(deltas);
        String marks = String.join(", ", java.util.Collections.nCopies(values.size(), "?"));
        String names = String.join(", ", keyColumns) + ", " + String.join(", ", columns);
        if (postgres(c)) {
            String add = String.join(
                    ", ",
                    columns.stream()
                            .map(x -> x + " = " + table + "." + x + " + EXCLUDED." + x)
                            .toList());
            execute(
                    c,
                    "INSERT INTO " + table + " (" + names + ") VALUES (" + marks + ") ON CONFLICT ("
                            + String.join(", ", keyColumns) + ") DO UPDATE SET " + add,
                    values);
        } else {
            // H2 is embedded: one writer at a time (IngestStorage's lock), so update-else-insert cannot race
            String add = String.join(
                    ", ", columns.stream().map(x -> x + " = " + x + " + ?").toList());
            List<Object> params = new ArrayList<>(deltas);
            params.addAll(key);
            if (execute(c, "UPDATE " + table + " SET " + add + " WHERE " + match, params) == 0) {
                execute(c, "INSERT INTO " + table + " (" + names + ") VALUES (" + marks + ")", values);
            }
        }
        if (n < 0) execute(c, "DELETE FROM " + table + " WHERE " + match + " AND n <= 0", key);
    }

    private static int execute(Connection c, String sql, List<Object> params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.size(); i++) ps.setObject(i + 1, params.get(i));
            return ps.executeUpdate();
        }
    }

    /** Computes both tables again from every stored event (after a bulk write that bypassed {@link #added}). */
    void rebuild(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.executeUpdate("DELETE FROM event_cells");
            s.executeUpdate("DELETE FROM event_days");
            for (int z = 0; z <= MAX_ZOOM; z++) {
                String i = cellSql("e.lon", side(z));
                String j = cellSql("e.lat", side(z));
                s.executeUpdate("INSERT INTO event_cells (zoom, cell_i, cell_j, event_type, conf_step, n, sum_lon,"
                        + " sum_lat) SELECT " + z + ", " + i + ", " + j + ", e.event_type, " + CONF_STEP
                        + ", COUNT(*), SUM(e.lon), SUM(e.lat) FROM events e GROUP BY " + i + ", " + j
                        + ", e.event_type, " + CONF_STEP);
            }
            s.executeUpdate("INSERT INTO event_days (event_date, event_type, conf_step, n) SELECT e.event_date,"
                    + " e.event_type, " + CONF_STEP + ", COUNT(*) FROM events e WHERE e.event_date IS NOT NULL"
                    + " GROUP BY e.event_date, e.event_type, " + CONF_STEP);
        }
    }

    // ---- reads ---------------------------------------------------------------------------------------------------

    /**
     * Adds the cells {@code i0..i1 × j0..j1} of {@code zoom} holding events of {@code q}'s types and confidence to
     * {@code grid} (its extent is the caller's: these cells lie inside it).
     */
    void cells(Connection c, int zoom, long i0, long i1, long j0, long j1, EventQuery q, EventGrid.Builder grid)
            throws SQLException {
        List<Object> params = new ArrayList<>(List.of(zoom, i0, i1, j0, j1));
        String sql = "SELECT cell_i, cell_j, event_type, SUM(n), SUM(sum_lon), SUM(sum_lat) FROM event_cells"
                + " WHERE zoom = ? AND cell_i BETWEEN ? AND ? AND cell_j BETWEEN ? AND ? AND " + criteria(q, params)
                + " GROUP BY cell_i, cell_j, event_type";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.size(); i++) ps.setObject(i + 1, params.get(i));
            try (ResultSet rs = ps.executeQuery()) {
                addCells(rs, grid);
            }
        }
    }

    /**
     * About how many events lie in {@code box} (those of the zoom-2 cells it touches; at least the exact number),
     * and how many are stored: whether summing the box's events or subtracting the rest from the whole is cheaper.
     */
    long[] inBoxOfAll(Connection c, EventQuery.BBox box) throws SQLException {
        int zoom = 2; // a few thousand rows at most: an estimate, not worth more
        double s = side(zoom);
        String sql = "SELECT (SELECT COALESCE(SUM(n), 0) FROM event_cells WHERE zoom = ? AND cell_i BETWEEN ? AND ?"
                + " AND cell_j BETWEEN ? AND ?), (SELECT COALESCE(SUM(n), 0) FROM event_cells WHERE zoom = 0)";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setInt(1, zoom);
            ps.setLong(2, (long) Math.floor(box.minLon() / s) - 1);
            ps.setLong(3, (long) Math.floor(box.maxLon() / s) + 1);
            ps.setLong(4, (long) Math.floor(box.minLat() / s) - 1);
            ps.setLong(5, (long) Math.floor(box.maxLat() / s) + 1);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return new long[] {rs.getLong(1), rs.getLong(2)};
            }
        }
    }

    /**
     * Every stored event's days: per day those matching {@code area}'s types, confidence and dates, and of those the
     * ones also matching {@code matching}'s (both extents ignored; the caller subtracts what lies outside).
     */
    EventDays days(Connection c, EventQuery area, EventQuery matching) throws SQLException {
        List<Object> params = new ArrayList<>();
        String inArea = criteria(area, params) + dates(area, params);
        String inAreaAgain = criteria(area, params) + dates(area, params);
        String matches = criteria(matching, params) + dates(matching, params);
        String sql = "SELECT event_date, SUM(CASE WHEN " + inArea + " THEN n ELSE 0 END), SUM(CASE WHEN " + inAreaAgain
                + " AND " + matches + " THEN n ELSE 0 END) FROM event_days GROUP BY event_date";
        SortedMap<LocalDate, Integer> inAll = new TreeMap<>();
        SortedMap<LocalDate, Integer> matched = new TreeMap<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.size(); i++) ps.setObject(i + 1, params.get(i));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    LocalDate day = rs.getDate(1).toLocalDate();
                    if (rs.getInt(2) > 0) inAll.put(day, rs.getInt(2));
                    if (rs.getInt(3) > 0) matched.put(day, rs.getInt(3));
                }
            }
        }
        return new EventDays(inAll, matched);
    }

    /** {@code q}'s types and confidence step on the rollup's columns. */
    /** Adds the rows of a grid query (cell i, cell j, type, count, sum of lons, sum of lats) to {@code grid}. */
    static void addCells(ResultSet rs, EventGrid.Builder grid) throws SQLException {
        while (rs.next()) {
            grid.add(
                    rs.getLong(1),
                    rs.getLong(2),
                    EventType.valueOf(rs.getString(3)),
                    rs.getInt(4),
                    rs.getDouble(5),
                    rs.getDouble(6));
        }
    }

    private static String criteria(EventQuery q, List<Object> params) {
        List<String> clauses = new ArrayList<>();
        clauses.add("1 = 1");
        if (!q.types().isEmpty()) {
            clauses.add("event_type IN ("
                    + String.join(", ", java.util.Collections.nCopies(q.types().size(), "?")) + ")");
            q.types().stream().map(Enum::name).sorted().forEach(params::add);
        }
        int step = confStepOf(q.minConfidence());
        if (step > 0) {
            clauses.add("conf_step >= ?");
            params.add(step);
        }
        return String.join(" AND ", clauses);
    }

    private static String dates(EventQuery q, List<Object> params) {
        String sql = "";
        if (q.from() != null) {
            sql += " AND event_date >= ?";
            params.add(Date.valueOf(q.from()));
        }
        if (q.to() != null) {
            sql += " AND event_date <= ?";
            params.add(Date.valueOf(q.to()));
        }
        return sql;
    }

    private boolean postgres(Connection c) throws SQLException {
        Boolean known = postgres;
        if (known == null) {
            known = "PostgreSQL".equals(c.getMetaData().getDatabaseProductName());
            postgres = known;
        }
        return known;
    }
}
