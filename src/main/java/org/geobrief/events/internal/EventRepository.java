package org.geobrief.events.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.LongFunction;
import org.geobrief.base.GeoPoint;
import org.geobrief.base.TextSpan;
import org.geobrief.events.ArticleNames;
import org.geobrief.events.EventDays;
import org.geobrief.events.EventExtent;
import org.geobrief.events.EventGrid;
import org.geobrief.events.EventMerger;
import org.geobrief.events.EventQuery;
import org.geobrief.events.EventSource;
import org.geobrief.events.EventType;
import org.geobrief.events.GeoEvent;
import org.geobrief.events.SourceLink;
import org.geobrief.gazetteer.Place;
import org.geobrief.timeline.TimePrecision;

/**
 * Plain-JDBC access to the {@code events} and {@code event_sources} tables. On PostgreSQL with the PostGIS migration
 * (V70: the {@code geog} column and its GiST indexes) the map's extent is answered by the spatial index; elsewhere
 * (H2) by the lat/lon columns. Both return the same events.
 */
public final class EventRepository {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Widest date window within which EventMerger may find two reports the same (MONTH precision). */
    private static final int MAX_WINDOW_DAYS = 31;

    private final EventMerger merger = new EventMerger();
    private final EventRollup rollup = new EventRollup();
    private final ArticleNames names;

    public EventRepository(ArticleNames names) {
        this.names = names;
    }

    /** Whether the database has the PostGIS column {@code events.geog}; found on first use. */
    private volatile Boolean spatial;

    private static final String COLUMNS = "e.id, e.event_type, e.subtype, e.event_date, e.time_precision,"
            + " e.geo_precision, e.place_geonameid, e.place_name, e.place_feature_class, e.place_feature_code,"
            + " e.country_code, e.admin1_code, e.admin1_name, e.place_population, e.lat, e.lon, e.actors,"
            + " e.fatalities, e.confidence, e.planned";

    /**
     * Stores one event: when a stored event is the same (same id, or {@link EventMerger#same} within the date window
     * of the coarsest precision) it becomes their merge, keeping its id, and gains the new sources; else a new row.
     */
    public void save(Connection c, GeoEvent e) throws SQLException {
        GeoEvent same = sameEvent(c, e);
        if (same == null) {
            insert(c, e);
        } else {
            List<GeoEvent> merged = merger.merge(List.of(same, e));
            update(c, same.id(), merged.size() == 1 ? merged.get(0) : same, e);
        }
        insertSources(c, same == null ? e.id() : same.id(), e);
    }

    /**
     * The stored event {@code e} merges into, with its sources: the one with its id, else the first in {@link #find}'s
     * order of the same type within {@value #MAX_WINDOW_DAYS} days that {@link EventMerger#same} accepts; null when
     * none. The candidates' rows are read without their sources, which only the one found needs (an import stores
     * hundreds of events into a window that holds hundreds more).
     */
    private GeoEvent sameEvent(Connection c, GeoEvent e) throws SQLException {
        GeoEvent same = first(rows(c, "SELECT " + COLUMNS + " FROM events e WHERE e.id = ?", List.of(e.id())));
        if (same == null && e.date() != null) {
            List<Object> params = List.of(
                    Date.valueOf(e.date().minusDays(MAX_WINDOW_DAYS)),
                    Date.valueOf(e.date().plusDays(MAX_WINDOW_DAYS)),
                    e.type().name());
            // find(c, window)'s SQL and order for EventQuery.all().withTypes(Set.of(type)).between(from, to)
            for (GeoEvent old : rows(
                    c,
                    "SELECT " + COLUMNS + " FROM events e WHERE e.event_date >= ? AND e.event_date <= ?"
                            + " AND e.event_type = ?"
                            + " ORDER BY CASE WHEN e.event_date IS NULL THEN 1 ELSE 0 END, e.event_date, e.id",
                    params)) {
                if (merger.same(old, e)) {
                    same = old;
                    break;
                }
            }
        }
        return same == null ? null : withSources(same, sources(c, List.of(same.id())));
    }

    private static GeoEvent first(List<GeoEvent> events) {
        return events.isEmpty() ? null : events.get(0);
    }

    private void update(Connection c, String id, GeoEvent merged, GeoEvent added) throws SQLException {
        rollup.removed(c, List.of(id));
        LinkedHashSet<String> actors = new LinkedHashSet<>(merged.actors());
        actors.addAll(added.actors());
        try (PreparedStatement ps = c.prepareStatement("UPDATE events SET subtype = ?, event_date = ?,"
                + " time_precision = ?, geo_precision = ?, place_geonameid = ?, place_name = ?,"
                + " place_feature_class = ?, place_feature_code = ?, country_code = ?, admin1_code = ?,"
                + " admin1_name = ?, place_population = ?, lat = ?, lon = ?, actors = ?, fatalities = ?,"
                + " confidence = ?, planned = ? WHERE id = ?")) {
            Place p = merged.place();
            ps.setString(1, merged.subtype());
            ps.setDate(2, merged.date() == null ? null : Date.valueOf(merged.date()));
            ps.setInt(3, merged.timePrecision().code());
            ps.setInt(4, merged.geoPrecision());
            setPlace(ps, 5, p);
            ps.setString(15, json(List.copyOf(actors)));
            Integer fatalities = merged.fatalities();
            if (fatalities == null || (added.fatalities() != null && added.fatalities() > fatalities)) {
                fatalities = added.fatalities();
            }
            setInteger(ps, 16, fatalities);
            ps.setDouble(17, merged.confidence());
            ps.setBoolean(18, merged.planned() && added.planned()); // one report that it happened makes it so
            ps.setString(19, id);
            ps.executeUpdate();
        }
        rollup.added(c, List.of(id));
    }

    private void insert(Connection c, GeoEvent e) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO events (id, event_type, subtype, event_date,"
                + " time_precision, geo_precision, place_geonameid, place_name, place_feature_class,"
                + " place_feature_code, country_code, admin1_code, admin1_name, place_population, lat, lon, actors,"
                + " fatalities, confidence, planned)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            Place p = e.place();
            ps.setString(1, e.id());
            ps.setString(2, e.type().name());
            ps.setString(3, e.subtype());
            ps.setDate(4, e.date() == null ? null : Date.valueOf(e.date()));
            ps.setInt(5, e.timePrecision().code());
            ps.setInt(6, e.geoPrecision());
            setPlace(ps, 7, p);
            ps.setString(17, json(e.actors()));
            setInteger(ps, 18, e.fatalities());
            ps.setDouble(19, e.confidence());
            ps.setBoolean(20, e.planned());
            ps.executeUpdate();
        }
        rollup.added(c, List.of(e.id()));
    }

    private void insertSources(Connection c, String eventId, GeoEvent e) throws SQLException {
        for (EventSource s : e.sources()) {
            try (PreparedStatement check = c.prepareStatement(
                    "SELECT 1 FROM event_sources" + " WHERE event_id = ? AND article_id = ? AND sentence_start = ?")) {
                check.setString(1, eventId);
                check.setString(2, s.link().articleId());
                check.setInt(3, s.link().sentence().start());
                try (ResultSet rs = check.executeQuery()) {
                    if (rs.next()) {
                        continue;
                    }
                }
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO event_sources (event_id, article_id,"
                    + " sentence_start, sentence_end, sentence) VALUES (?, ?, ?, ?, ?)")) {
                ps.setString(1, eventId);
                ps.setString(2, s.link().articleId());
                ps.setInt(3, s.link().sentence().start());
                ps.setInt(4, s.link().sentence().end());
                ps.setString(5, s.sentence());
                ps.executeUpdate();
            }
        }
    }

    /**
     * Removes the article's reports, and the events they reported that no other article reports. Only those events
     * are looked at (by key), not every stored event: this runs whenever an article is analysed again or deleted.
     */
    public void removeSourcesOf(Connection c, String articleId) throws SQLException {
        List<String> reported = new ArrayList<>();
        try (PreparedStatement ps =
                c.prepareStatement("SELECT DISTINCT event_id FROM event_sources WHERE article_id = ?")) {
            ps.setString(1, articleId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    reported.add(rs.getString(1));
                }
            }
        }
        if (reported.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM event_sources WHERE article_id = ?")) {
            ps.setString(1, articleId);
            ps.executeUpdate();
        }
        List<String> unreported = new ArrayList<>();
        try (PreparedStatement ps =
                c.prepareStatement("SELECT 1 FROM event_sources s WHERE s.event_id = ? FETCH FIRST 1 ROWS ONLY")) {
            for (String id : reported) {
                ps.setString(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) unreported.add(id);
                }
            }
        }
        rollup.removed(c, unreported);
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM events WHERE id = ?")) {
            for (String id : unreported) {
                ps.setString(1, id);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    public List<GeoEvent> find(Connection c, EventQuery q) throws SQLException {
        List<Object> params = new ArrayList<>();
        String sql = "SELECT " + COLUMNS + " FROM events e WHERE " + where(c, q, params, spatial(c))
                + " ORDER BY CASE WHEN e.event_date IS NULL THEN 1 ELSE 0 END, e.event_date, e.id";
        return load(c, sql, params);
    }

    /** See {@code EventCatalog.find(query, limit)}: the latest {@code limit}, in {@link #find}'s order. */
    public List<GeoEvent> find(Connection c, EventQuery q, int limit) throws SQLException {
        List<Object> params = new ArrayList<>();
        // the ids first: H2 2.3, sorting by its date index, loses columns added after the index (V30's planned)
        // lon/lat ranges, not the extent index: on PostgreSQL the ids come from V74's covering index alone
        String sql = "SELECT " + COLUMNS + " FROM events e WHERE e.id IN (SELECT e.id FROM events e WHERE "
                + where(c, q, params, false)
                + " ORDER BY e.event_date DESC NULLS LAST, e.id LIMIT ?)";
        params.add(limit);
        customPlans(c, false);
        List<GeoEvent> latest = new ArrayList<>(load(c, sql, params));
        latest.sort(IN_FIND_ORDER);
        return latest;
    }

    /** {@link #find}'s order: by date, undated last, then id. */
    public static final java.util.Comparator<GeoEvent> IN_FIND_ORDER = java.util.Comparator.comparing(
                    GeoEvent::date, java.util.Comparator.nullsLast(java.util.Comparator.<LocalDate>naturalOrder()))
            .thenComparing(GeoEvent::id);

    /** See {@code EventCatalog.extent}: count, lon/lat bounds and first/last day in one aggregate. */
    public EventExtent extent(Connection c, EventQuery q) throws SQLException {
        List<Object> params = new ArrayList<>();
        String sql = "SELECT COUNT(*), MIN(e.lon), MIN(e.lat), MAX(e.lon), MAX(e.lat), MIN(e.event_date),"
                + " MAX(e.event_date) FROM events e WHERE " + where(c, q, params, spatial(c));
        try (PreparedStatement ps = prepare(c, sql, params);
                ResultSet rs = ps.executeQuery()) {
            rs.next();
            int count = rs.getInt(1);
            if (count == 0) return EventExtent.NONE;
            Date first = rs.getDate(6);
            Date last = rs.getDate(7);
            return new EventExtent(
                    count,
                    new EventQuery.BBox(rs.getDouble(2), rs.getDouble(3), rs.getDouble(4), rs.getDouble(5)),
                    first == null ? null : first.toLocalDate(),
                    last == null ? null : last.toLocalDate());
        }
    }

    /** The ids of the events that the articles report (have a source in), in no order. */
    public Set<String> reportedBy(Connection c, Collection<String> articleIds) throws SQLException {
        Set<String> ids = new java.util.HashSet<>();
        List<String> all = List.copyOf(articleIds);
        for (int from = 0; from < all.size(); from += 500) {
            List<String> chunk = all.subList(from, Math.min(all.size(), from + 500));
            String sql =
                    "SELECT DISTINCT event_id FROM event_sources WHERE article_id IN (" + marks(chunk.size()) + ")";
            try (PreparedStatement ps = prepare(c, sql, new ArrayList<>(chunk));
                    ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getString(1));
                }
            }
        }
        return ids;
    }

    public List<GeoEvent> byIds(Connection c, Collection<String> ids) throws SQLException {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Object> params = new ArrayList<>(ids);
        return load(c, "SELECT " + COLUMNS + " FROM events e WHERE e.id IN (" + marks(ids.size()) + ")", params);
    }

    public SortedMap<LocalDate, Integer> histogram(Connection c, EventQuery q, ChronoUnit unit) throws SQLException {
        EventDays summed = daysFromRollup(c, EventQuery.all().within(q.bbox()), q);
        SortedMap<LocalDate, Integer> perDay = summed != null
                ? summed.matching()
                : daysOfEvents(c, q, EventQuery.all(), "1 = 1", List.of()).all();
        SortedMap<LocalDate, Integer> counts = new TreeMap<>();
        perDay.forEach((day, n) -> {
            LocalDate key =
                    switch (unit) {
                        case WEEKS -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                        case MONTHS -> day.withDayOfMonth(1);
                        default -> day;
                    };
            counts.merge(key, n, Integer::sum);
        });
        return counts;
    }

    /**
     * See {@code EventCatalog.grid}: one {@code GROUP BY} on the cell and the type. The cell side is written into the
     * SQL as a literal (a number this class formats, never text from outside) so that H2 and PostgreSQL group by the
     * same expression as they select.
     */
    public EventGrid grid(Connection c, EventQuery q, double cellDegrees) throws SQLException {
        EventGrid.Builder grid = new EventGrid.Builder(cellDegrees);
        int zoom = EventRollup.zoomOf(cellDegrees);
        EventQuery.BBox b = q.bbox();
        CellRange inside = b == null ? CellRange.ALL : CellRange.inside(b, cellDegrees);
        if (zoom < 0
                || q.from() != null
                || q.to() != null
                || !EventRollup.knows(q)
                || (b != null && b.minLon() > b.maxLon())
                || inside == null) {
            gridOfEvents(c, q, cellDegrees, "1 = 1", grid);
            return grid.build();
        }
        // the cells wholly inside the extent from the rollup; the events of the cells along its edges summed up from
        // four strips, each a lon or lat range (disjoint by cell index, so no event is counted twice)
        rollup.cells(c, zoom, inside.i0, inside.i1, inside.j0, inside.j1, q, grid);
        if (b != null) {
            String i = EventRollup.cellSql("e.lon", cellDegrees);
            String j = EventRollup.cellSql("e.lat", cellDegrees);
            String columns = i + " BETWEEN " + inside.i0 + " AND " + inside.i1;
            double west = CellRange.lowest(inside.i0, cellDegrees);
            double east = CellRange.lowest(inside.i1 + 1, cellDegrees);
            double south = CellRange.lowest(inside.j0, cellDegrees);
            double north = CellRange.lowest(inside.j1 + 1, cellDegrees);
            if (west > b.minLon()) {
                gridOfEvents(
                        c,
                        q.within(box(b.minLon(), b.minLat(), west, b.maxLat())),
                        cellDegrees,
                        i + " < " + inside.i0,
                        grid);
            }
            if (east <= b.maxLon()) {
                gridOfEvents(
                        c,
                        q.within(box(east, b.minLat(), b.maxLon(), b.maxLat())),
                        cellDegrees,
                        i + " > " + inside.i1,
                        grid);
            }
            if (south > b.minLat()) {
                gridOfEvents(
                        c,
                        q.within(box(west, b.minLat(), east, south)),
                        cellDegrees,
                        columns + " AND " + j + " < " + inside.j0,
                        grid);
            }
            if (north <= b.maxLat()) {
                gridOfEvents(
                        c,
                        q.within(box(west, north, east, b.maxLat())),
                        cellDegrees,
                        columns + " AND " + j + " > " + inside.j1,
                        grid);
            }
        }
        return grid.build();
    }

    private static EventQuery.BBox box(double minLon, double minLat, double maxLon, double maxLat) {
        return new EventQuery.BBox(minLon, minLat, maxLon, maxLat);
    }

    /**
     * The cells of a side whose every point (every double whose {@code FLOOR(x / side)} is the cell's index, as the
     * database computes it) lies inside an extent: columns {@code i0..i1}, rows {@code j0..j1}.
     */
    record CellRange(long i0, long i1, long j0, long j1) {
        static final CellRange ALL =
                new CellRange(Integer.MIN_VALUE, Integer.MAX_VALUE, Integer.MIN_VALUE, Integer.MAX_VALUE);

        /** The cells wholly inside {@code b} (not across the antimeridian), or null when there are none. */
        static CellRange inside(EventQuery.BBox b, double side) {
            if (Math.abs(b.minLon()) > 1e6 || Math.abs(b.maxLon()) > 1e6) return null;
            long i0 = first(b.minLon(), side);
            long i1 = last(b.maxLon(), side);
            long j0 = first(b.minLat(), side);
            long j1 = last(b.maxLat(), side);
            return i0 <= i1 && j0 <= j1 ? new CellRange(i0, i1, j0, j1) : null;
        }

        /** The smallest double whose cell index is at least {@code i}. */
        static double lowest(long i, double side) {
            double x = i * side;
            while (Math.floor(Math.nextDown(x) / side) >= i) x = Math.nextDown(x);
            while (Math.floor(x / side) < i) x = Math.nextUp(x);
            return x;
        }

        /** The first cell whose points are all {@code >= min}. */
        private static long first(double min, double side) {
            long i = (long) Math.ceil(min / side);
            while (lowest(i - 1, side) >= min) i--;
            while (lowest(i, side) < min) i++;
            return i;
        }

        /** The last cell whose points are all {@code <= max}. */
        private static long last(double max, double side) {
            long i = (long) Math.floor(max / side) - 1;
            while (Math.nextDown(lowest(i + 2, side)) <= max) i++;
            while (Math.nextDown(lowest(i + 1, side)) > max) i--;
            return i;
        }
    }

    /** Adds the events of {@code q} that also satisfy {@code cells} (SQL on their cell indexes) to {@code grid}. */
    private void gridOfEvents(Connection c, EventQuery q, double cellDegrees, String cells, EventGrid.Builder grid)
            throws SQLException {
        String i = EventRollup.cellSql("e.lon", cellDegrees);
        String j = EventRollup.cellSql("e.lat", cellDegrees);
        List<Object> params = new ArrayList<>();
        // lon/lat ranges, not the extent index: PostgreSQL sums them from the covering indexes of V73 alone
        String sql = "SELECT " + i + ", " + j + ", e.event_type, COUNT(*), SUM(e.lon), SUM(e.lat) FROM events e WHERE "
                + where(c, q, params, false) + " AND " + cells + " GROUP BY " + i + ", " + j + ", e.event_type";
        customPlans(c, !cells.equals("1 = 1"));
        try (PreparedStatement ps = prepare(c, sql, params);
                ResultSet rs = ps.executeQuery()) {
            EventRollup.addCells(rs, grid);
        }
    }

    /**
     * See {@code EventCatalog.days}: one pass over the events of {@code area}, each day counting all of them and, with
     * a conditional sum, those that also match {@code matching}'s other criteria.
     */
    public EventDays days(Connection c, EventQuery area, EventQuery matching) throws SQLException {
        EventDays summed = daysFromRollup(c, area, matching);
        return summed != null ? summed : daysOfEvents(c, area, matching, "1 = 1", List.of());
    }

    /**
     * {@link #days} from the rollup when it knows the criteria: every stored event's days, less those of the events
     * outside {@code area}'s extent (four disjoint strips around it, each found through the extent index) when the
     * extent holds most events; null when the rollup does not know a criterion, or summing up the extent's events
     * directly is cheaper.
     */
    private EventDays daysFromRollup(Connection c, EventQuery area, EventQuery matching) throws SQLException {
        if (!EventRollup.knows(area) || !EventRollup.knows(matching.within(null))) return null;
        EventQuery.BBox b = area.bbox();
        if (b == null) return rollup.days(c, area, matching);
        if (b.minLon() > b.maxLon()) return null;
        long[] inBoxOfAll = rollup.inBoxOfAll(c, b);
        if (inBoxOfAll[0] * 2 <= inBoxOfAll[1]) return null;
        EventQuery everywhere = area.within(null);
        EventDays world = rollup.days(c, everywhere, matching);
        SortedMap<LocalDate, Integer> all = new TreeMap<>(world.all());
        SortedMap<LocalDate, Integer> matched = new TreeMap<>(world.matching());
        List<EventDays> outside = new ArrayList<>();
        if (b.minLon() > -180) {
            outside.add(daysOfEvents(
                    c, everywhere.within(box(-180, -90, b.minLon(), 90)), matching, "e.lon < ?", List.of(b.minLon())));
        }
        if (b.maxLon() < 180) {
            outside.add(daysOfEvents(
                    c, everywhere.within(box(b.maxLon(), -90, 180, 90)), matching, "e.lon > ?", List.of(b.maxLon())));
        }
        if (b.minLat() > -90) {
            outside.add(daysOfEvents(
                    c,
                    everywhere.within(box(b.minLon(), -90, b.maxLon(), b.minLat())),
                    matching,
                    "e.lat < ?",
                    List.of(b.minLat())));
        }
        if (b.maxLat() < 90) {
            outside.add(daysOfEvents(
                    c,
                    everywhere.within(box(b.minLon(), b.maxLat(), b.maxLon(), 90)),
                    matching,
                    "e.lat > ?",
                    List.of(b.maxLat())));
        }
        for (EventDays strip : outside) {
            strip.all().forEach((day, n) -> all.computeIfPresent(day, (d, m) -> m - n > 0 ? m - n : null));
            strip.matching().forEach((day, n) -> matched.computeIfPresent(day, (d, m) -> m - n > 0 ? m - n : null));
        }
        return new EventDays(all, matched);
    }

    /** {@link #days} summed up from the events of {@code area} that also satisfy {@code extra} (SQL). */
    private EventDays daysOfEvents(
            Connection c, EventQuery area, EventQuery matching, String extra, List<Object> extraParams)
            throws SQLException {
        List<Object> params = new ArrayList<>();
        String condition = where(c, matching.within(null), params, false);
        String sql = "SELECT e.event_date, COUNT(*), SUM(CASE WHEN " + condition + " THEN 1 ELSE 0 END) FROM events e"
                + " WHERE e.event_date IS NOT NULL AND " + where(c, area, params, false) + " AND " + extra
                + " GROUP BY e.event_date";
        params.addAll(extraParams);
        customPlans(c, !extra.equals("1 = 1"));
        SortedMap<LocalDate, Integer> all = new TreeMap<>();
        SortedMap<LocalDate, Integer> matched = new TreeMap<>();
        try (PreparedStatement ps = prepare(c, sql, params);
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                LocalDate day = rs.getDate(1).toLocalDate();
                all.put(day, rs.getInt(2));
                if (rs.getInt(3) > 0) matched.put(day, rs.getInt(3));
            }
        }
        return new EventDays(all, matched);
    }

    /** See {@code EventCatalog.eventCountSql}. */
    public static String eventCountSql(String articleId) {
        return "(SELECT COUNT(DISTINCT s.event_id) FROM event_sources s WHERE s.article_id = " + articleId + ")";
    }

    /** See {@code EventCatalog.eventsPerArticle}. */
    public Map<String, Integer> eventsPerArticle(Connection c) throws SQLException {
        Map<String, Integer> counts = new java.util.HashMap<>();
        try (PreparedStatement ps = c.prepareStatement(
                        "SELECT article_id, COUNT(DISTINCT event_id) FROM event_sources GROUP BY article_id");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                counts.put(rs.getString(1), rs.getInt(2));
            }
        }
        return counts;
    }

    /** Number of stored events matching {@code q}, dated or not. */
    public int count(Connection c, EventQuery q) throws SQLException {
        List<Object> params = new ArrayList<>();
        String sql = "SELECT COUNT(*) FROM events e WHERE " + where(c, q, params, spatial(c));
        try (PreparedStatement ps = prepare(c, sql, params);
                ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getInt(1);
        }
    }

    /**
     * On PostgreSQL, plans every statement of this session for its own parameters. After five executions of a
     * prepared statement PostgreSQL may switch to one generic plan for all parameters, and for an extent that plan
     * cannot know whether the view holds ten events or a million: the latest 2,000 of a world view went from 70 ms to
     * 1-4 s that way. Planning again costs well under a millisecond.
     *
     * @param strip the query sums up a strip along a view's edge, a few thousand index entries: without parallel
     *     workers, whose start cost more than the scan (190 of 230 ms on the loaded 2-core machine)
     */
    private void customPlans(Connection c, boolean strip) throws SQLException {
        if (spatial(c)) {
            try (Statement s = c.createStatement()) {
                s.execute("SET plan_cache_mode = force_custom_plan; SET max_parallel_workers_per_gather "
                        + (strip ? "= 0" : "TO DEFAULT"));
            }
        }
    }

    /** Whether {@code events.geog} (PostgreSQL, migration V70) exists in the connection's schemas. */
    private boolean spatial(Connection c) throws SQLException {
        Boolean known = spatial;
        if (known == null) {
            known = false;
            if ("PostgreSQL".equals(c.getMetaData().getDatabaseProductName())) {
                try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM information_schema.columns"
                                + " WHERE table_name = 'events' AND column_name = 'geog'"
                                + " AND table_schema = ANY (current_schemas(false))");
                        ResultSet rs = ps.executeQuery()) {
                    known = rs.next();
                }
            }
            spatial = known;
        }
        return known;
    }

    private String where(Connection c, EventQuery q, List<Object> params, boolean spatial) throws SQLException {
        List<String> clauses = new ArrayList<>();
        clauses.add("1 = 1");
        if (q.from() != null) {
            clauses.add("e.event_date >= ?");
            params.add(Date.valueOf(q.from()));
        }
        if (q.to() != null) {
            clauses.add("e.event_date <= ?");
            params.add(Date.valueOf(q.to()));
        }
        in(clauses, params, "e.event_type", q.types().stream().map(Enum::name).toList());
        List<String> where = new ArrayList<>();
        in(
                where,
                params,
                "e.country_code",
                q.countries().stream()
                        .map(code -> code.toUpperCase(java.util.Locale.ROOT))
                        .toList());
        in(where, params, "e.place_geonameid", List.copyOf(q.placeIds()));
        if (!where.isEmpty()) {
            clauses.add("(" + String.join(" OR ", where) + ")");
        }
        if (!q.articleIds().isEmpty()) {
            clauses.add("EXISTS (SELECT 1 FROM event_sources s WHERE s.event_id = e.id AND s.article_id IN ("
                    + marks(q.articleIds().size()) + "))");
            params.addAll(q.articleIds());
        }
        if (!q.sources().isEmpty()) {
            // the articles are another feature's: it says which ones answer to the names
            Set<String> named = names.articlesNamed(c, q.sources());
            if (named.isEmpty()) {
                clauses.add("1 = 0");
            } else {
                clauses.add("EXISTS (SELECT 1 FROM event_sources s WHERE s.event_id = e.id AND s.article_id IN ("
                        + marks(named.size()) + "))");
                params.addAll(named);
            }
        }
        if (q.minConfidence() > 0) {
            clauses.add("e.confidence >= ?");
            params.add(q.minConfidence());
        }
        EventQuery.BBox b = q.bbox();
        if (b != null && spatial) {
            // The GiST index (events_geog_box) finds the candidates; the lat/lon test below keeps exactly the H2
            // semantics (the index's boxes are rounded outwards to float).
            String box = "(e.geog::geometry) && ST_MakeEnvelope(?, ?, ?, ?, 4326)";
            clauses.add(b.minLon() <= b.maxLon() ? box : "(" + box + " OR " + box + ")");
            if (b.minLon() <= b.maxLon()) {
                params.addAll(List.of(b.minLon(), b.minLat(), b.maxLon(), b.maxLat()));
            } else {
                params.addAll(
                        List.of(b.minLon(), b.minLat(), 180.0, b.maxLat(), -180.0, b.minLat(), b.maxLon(), b.maxLat()));
            }
        }
        if (b != null) {
            clauses.add("e.lat >= ? AND e.lat <= ?");
            params.add(b.minLat());
            params.add(b.maxLat());
            clauses.add(b.minLon() <= b.maxLon() ? "(e.lon >= ? AND e.lon <= ?)" : "(e.lon >= ? OR e.lon <= ?)");
            params.add(b.minLon());
            params.add(b.maxLon());
        }
        return String.join(" AND ", clauses);
    }

    private static void in(List<String> clauses, List<Object> params, String column, List<?> values) {
        if (!values.isEmpty()) {
            clauses.add(column + " IN (" + marks(values.size()) + ")");
            params.addAll(values);
        }
    }

    private static String marks(int n) {
        return String.join(", ", java.util.Collections.nCopies(n, "?"));
    }

    private static PreparedStatement prepare(Connection c, String sql, List<Object> params) throws SQLException {
        PreparedStatement ps = c.prepareStatement(sql);
        for (int i = 0; i < params.size(); i++) {
            ps.setObject(i + 1, params.get(i));
        }
        return ps;
    }

    private List<GeoEvent> load(Connection c, String sql, List<Object> params) throws SQLException {
        List<GeoEvent> rows = rows(c, sql, params);
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<String, List<EventSource>> sources =
                sources(c, rows.stream().map(GeoEvent::id).toList());
        List<GeoEvent> out = new ArrayList<>(rows.size());
        for (GeoEvent e : rows) {
            out.add(withSources(e, sources));
        }
        return out;
    }

    private static GeoEvent withSources(GeoEvent e, Map<String, List<EventSource>> sources) {
        return new GeoEvent(
                e.id(),
                e.type(),
                e.subtype(),
                e.date(),
                e.timePrecision(),
                e.geoPrecision(),
                e.place(),
                e.actors(),
                e.fatalities(),
                e.confidence(),
                List.copyOf(sources.getOrDefault(e.id(), List.of())),
                e.planned());
    }

    /** The events the query selects, in its order, each once (by id), with no sources yet. */
    private List<GeoEvent> rows(Connection c, String sql, List<Object> params) throws SQLException {
        Map<String, GeoEvent> events = new LinkedHashMap<>();
        try (PreparedStatement ps = prepare(c, sql, params);
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                Place place = place(rs, 7);
                Date date = rs.getDate(4);
                int fatalities = rs.getInt(18);
                Integer fat = rs.wasNull() ? null : fatalities;
                events.put(
                        rs.getString(1),
                        new GeoEvent(
                                rs.getString(1),
                                EventType.valueOf(rs.getString(2)),
                                rs.getString(3),
                                date == null ? null : date.toLocalDate(),
                                precision(rs.getInt(5)),
                                rs.getInt(6),
                                place,
                                actors(rs.getString(17)),
                                fat,
                                rs.getDouble(19),
                                new ArrayList<>(),
                                rs.getBoolean(20)));
            }
        }
        return List.copyOf(events.values());
    }

    private static Map<String, List<EventSource>> sources(Connection c, Collection<String> ids) throws SQLException {
        Map<String, List<EventSource>> sources = new LinkedHashMap<>();
        List<String> all = List.copyOf(ids);
        for (int from = 0; from < all.size(); from += 500) {
            List<String> chunk = all.subList(from, Math.min(all.size(), from + 500));
            String sql = "SELECT event_id, article_id, sentence_start, sentence_end, sentence FROM event_sources"
                    + " WHERE event_id IN (" + marks(chunk.size()) + ") ORDER BY article_id, sentence_start";
            try (PreparedStatement ps = prepare(c, sql, new ArrayList<>(chunk));
                    ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    sources.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                            .add(new EventSource(
                                    new SourceLink(rs.getString(2), new TextSpan(rs.getInt(3), rs.getInt(4))),
                                    rs.getString(5)));
                }
            }
        }
        return sources;
    }

    private static TimePrecision precision(int code) {
        for (TimePrecision p : TimePrecision.values()) {
            if (p.code() == code) {
                return p;
            }
        }
        return TimePrecision.MONTH;
    }

    private static void setInteger(PreparedStatement ps, int index, Integer value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.INTEGER);
        } else {
            ps.setInt(index, value);
        }
    }

    private static String json(List<String> values) {
        try {
            return JSON.writeValueAsString(values);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> actors(String json) {
        try {
            return List.copyOf(JSON.readValue(json, new TypeReference<List<String>>() {}));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("bad actors JSON: " + json, e);
        }
    }

    /** The place stored in ten columns from {@code from}: id, name, class, code, country, admin-1, its name,
     * population, lat, lon. */
    private static Place place(ResultSet rs, int from) throws SQLException {
        return new Place(
                rs.getLong(from),
                rs.getString(from + 1),
                rs.getString(from + 2),
                rs.getString(from + 3),
                rs.getString(from + 4),
                rs.getString(from + 5),
                rs.getString(from + 6),
                rs.getLong(from + 7),
                new GeoPoint(rs.getDouble(from + 8), rs.getDouble(from + 9)));
    }

    /** Writes a place into the ten parameters from {@code from}, in the column order {@link #place} reads. */
    private static void setPlace(PreparedStatement ps, int from, Place p) throws SQLException {
        ps.setLong(from, p.geonameId());
        ps.setString(from + 1, p.name());
        ps.setString(from + 2, p.featureClass());
        ps.setString(from + 3, p.featureCode());
        ps.setString(from + 4, p.countryCode());
        ps.setString(from + 5, p.admin1Code());
        ps.setString(from + 6, p.admin1Name());
        ps.setLong(from + 7, p.population());
        ps.setDouble(from + 8, p.point().lat());
        ps.setDouble(from + 9, p.point().lon());
    }

    /** See {@code EventCatalog.summariseAgain}. */
    public void summariseAgain(Connection c) throws SQLException {
        rollup.rebuild(c);
    }

    /** See {@code EventCatalog.refreshPlaces}. */
    public int refreshPlaces(Connection c, LongFunction<Optional<Place>> current) throws SQLException {
        List<Place> stored = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT DISTINCT place_geonameid, place_name,"
                        + " place_feature_class, place_feature_code, country_code, admin1_code, admin1_name,"
                        + " place_population, lat, lon FROM events");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                stored.add(place(rs, 1));
            }
        }
        int changed = 0;
        try (PreparedStatement ps =
                c.prepareStatement("UPDATE events SET place_geonameid = ?, place_name = ?, place_feature_class = ?,"
                        + " place_feature_code = ?, country_code = ?, admin1_code = ?, admin1_name = ?, place_population = ?,"
                        + " lat = ?, lon = ? WHERE place_geonameid = ? AND place_name = ? AND lat = ? AND lon = ?")) {
            for (Place old : stored) {
                Optional<Place> now = current.apply(old.geonameId());
                if (now.isEmpty() || now.get().equals(old)) {
                    continue;
                }
                setPlace(ps, 1, now.get());
                ps.setLong(11, old.geonameId());
                ps.setString(12, old.name());
                ps.setDouble(13, old.point().lat());
                ps.setDouble(14, old.point().lon());
                changed += ps.executeUpdate();
            }
        }
        if (changed > 0) rollup.rebuild(c); // rare (a new gazetteer): counted again rather than event by event
        return changed;
    }
}
