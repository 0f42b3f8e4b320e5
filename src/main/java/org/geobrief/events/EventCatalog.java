package org.geobrief.events;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.function.LongFunction;
import javax.sql.DataSource;
import org.geobrief.events.internal.EventRepository;
import org.geobrief.gazetteer.Place;

/**
 * The stored events: queries for the map, the timeline and exports, and the writes the import makes inside its
 * own transaction. Plain JDBC on a {@link DataSource}; the tables come from the Flyway migrations.
 */
public final class EventCatalog {

    private final DataSource dataSource;
    private final EventRepository repository;

    /** A catalog whose queries cannot filter by {@link EventQuery#sources()} (it knows no articles). */
    public EventCatalog(DataSource dataSource) {
        this(dataSource, ArticleNames.NONE);
    }

    /** @param names which stored articles answer to a source name or outlet, for {@link EventQuery#sources()} */
    public EventCatalog(DataSource dataSource, ArticleNames names) {
        this.dataSource = dataSource;
        this.repository = new EventRepository(names);
    }

    /**
     * The ids of the events the articles report: those {@code find(EventQuery.all().withArticleIds(articleIds))}
     * returns, without reading the events.
     */
    public java.util.Set<String> reportedBy(java.util.Collection<String> articleIds) {
        if (articleIds.isEmpty()) {
            return java.util.Set.of();
        }
        try (Connection c = dataSource.getConnection()) {
            return repository.reportedBy(c, articleIds);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read events: " + e.getMessage(), e);
        }
    }

    /** The events matching {@code query}, by date (undated last) then id, each with all its sources. */
    public List<GeoEvent> find(EventQuery query) {
        try (Connection c = dataSource.getConnection()) {
            return repository.find(c, query);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read events: " + e.getMessage(), e);
        }
    }

    /**
     * At most {@code limit} of the events matching {@code query}: the latest dated ones (then undated, by id), returned
     * in {@link #find}'s order. The map asks for a bounded number of pins on a large shared store.
     */
    public List<GeoEvent> find(EventQuery query, int limit) {
        if (limit < 0) throw new IllegalArgumentException("limit < 0: " + limit);
        try (Connection c = dataSource.getConnection()) {
            return repository.find(c, query, limit);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read events: " + e.getMessage(), e);
        }
    }

    /** How many events match {@code query}, where their places lie and their time span, in one aggregate query. */
    public EventExtent extent(EventQuery query) {
        try (Connection c = dataSource.getConnection()) {
            return repository.extent(c, query);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read events: " + e.getMessage(), e);
        }
    }

    /** How many stored events match {@code query} (as {@link #find} would return, without reading them). */
    public int count(EventQuery query) {
        try (Connection c = dataSource.getConnection()) {
            return repository.count(c, query);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read events: " + e.getMessage(), e);
        }
    }

    public Optional<GeoEvent> event(String id) {
        try (Connection c = dataSource.getConnection()) {
            return repository.byIds(c, List.of(id)).stream().findFirst();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read events: " + e.getMessage(), e);
        }
    }

    /** The stored events with these ids (unknown ids absent), each with all its sources, in no particular order. */
    public List<GeoEvent> withIds(java.util.Collection<String> ids) {
        if (ids.isEmpty()) return List.of();
        try (Connection c = dataSource.getConnection()) {
            return repository.byIds(c, ids);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read events: " + e.getMessage(), e);
        }
    }

    /** The events one article reports (with all their sources, including other articles'). */
    public List<GeoEvent> ofArticle(String articleId) {
        return find(EventQuery.all().withArticleIds(java.util.Set.of(articleId)));
    }

    /**
     * Number of matching events per period: {@link ChronoUnit#DAYS}, {@link ChronoUnit#WEEKS} (keyed by the
     * Monday) or {@link ChronoUnit#MONTHS} (keyed by the 1st). Periods without events are absent; undated events are
     * not counted.
     */
    public SortedMap<LocalDate, Integer> histogram(EventQuery query, ChronoUnit unit) {
        if (unit != ChronoUnit.DAYS && unit != ChronoUnit.WEEKS && unit != ChronoUnit.MONTHS) {
            throw new IllegalArgumentException("histogram by DAYS, WEEKS or MONTHS, not " + unit);
        }
        try (Connection c = dataSource.getConnection()) {
            return repository.histogram(c, query, unit);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read events: " + e.getMessage(), e);
        }
    }

    /**
     * The events matching {@code query} summed up on a grid of {@code cellDegrees} (one {@code GROUP BY} in the
     * database, no event read): for a map view holding more events than it draws as pins.
     */
    public EventGrid grid(EventQuery query, double cellDegrees) {
        try (Connection c = dataSource.getConnection()) {
            return repository.grid(c, query, cellDegrees);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read events: " + e.getMessage(), e);
        }
    }

    /**
     * Events per day in {@code area} (its extent and criteria), all of them and those also matching {@code matching}'s
     * criteria other than its extent, from one pass: the timeline's two sets of bars.
     */
    public EventDays days(EventQuery area, EventQuery matching) {
        try (Connection c = dataSource.getConnection()) {
            return repository.days(c, area, matching);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read events: " + e.getMessage(), e);
        }
    }

    /**
     * An SQL expression (a scalar subquery, portable to H2 and PostgreSQL) for how many distinct events the article
     * whose id is the column {@code articleIdColumn} reports: for a feature that lists articles in SQL, sorted and
     * paged by it (the library's Events column), while this feature's tables stay named only here. The column must
     * be the caller's own fixed text, never user input.
     */
    public static String eventCountSql(String articleIdColumn) {
        return EventRepository.eventCountSql(articleIdColumn);
    }

    /** How many events each article reports (articles reporting none absent), counted by the database. */
    public java.util.Map<String, Integer> eventsPerArticle() {
        try (Connection c = dataSource.getConnection()) {
            return repository.eventsPerArticle(c);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read events: " + e.getMessage(), e);
        }
    }

    /**
     * Stores an article's events within the caller's transaction. An event whose id is already stored gains the new
     * sources (its confidence and fatalities become the higher of both, actors the union).
     */
    public void store(Connection transaction, List<GeoEvent> events) throws SQLException {
        for (GeoEvent e : events) {
            repository.save(transaction, e);
        }
    }

    /**
     * Brings the stored places of events up to date with the gazetteer (a renamed town, a country's point) within the
     * caller's transaction: every event whose place {@code current} still knows by its id takes that entry's name,
     * codes and point. Returns how many events changed.
     */
    public int refreshPlaces(Connection transaction, LongFunction<Optional<Place>> current) throws SQLException {
        return repository.refreshPlaces(transaction, current);
    }

    /**
     * Computes the dashboard's summaries of the stored events (per grid cell and per day, kept by every write through
     * this catalog) again from every event, within the caller's transaction: after events were written around it,
     * such as the synthetic million of {@code bench postgis}.
     */
    public void summariseAgain(Connection transaction) throws SQLException {
        repository.summariseAgain(transaction);
    }

    /** Removes an article's reports within the caller's transaction; events left without a report are deleted. */
    public void forgetArticle(Connection transaction, String articleId) throws SQLException {
        repository.removeSourcesOf(transaction, articleId);
    }
}
