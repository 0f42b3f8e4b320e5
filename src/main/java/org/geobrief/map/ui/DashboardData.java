package org.geobrief.map.ui;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.geobrief.base.GeoPoint;
import org.geobrief.base.TextSpan;
import org.geobrief.briefing.ArticleMeta;
import org.geobrief.briefing.MapExtent;
import org.geobrief.events.EventExtent;
import org.geobrief.events.EventQuery;
import org.geobrief.events.GeoEvent;
import org.geobrief.gazetteer.Place;
import org.geobrief.ingest.ArticleQuery;
import org.geobrief.ingest.ArticleSummary;
import org.geobrief.ingest.Correction;
import org.geobrief.ingest.DeletedArticle;
import org.geobrief.ingest.StoredArticle;

/**
 * The one facade the map dashboard calls: events, articles, places, corrections and imports. {@link
 * LibraryDashboardData} implements it on the module facades (EventCatalog, ArticleLibrary, ArticleImport,
 * Gazetteer); the view tests use a small in-memory one.
 */
public interface DashboardData {

    /** Every stored event; the dashboard filters them itself so that map, list, counts and timeline agree. */
    List<GeoEvent> events();

    /**
     * The stored events that match {@code query}, answered where they are stored: on the shared PostgreSQL store the
     * extent by its GiST index, dates and types by B-trees (docs/storage.md). This default filters {@link #events()}
     * with {@link EventQuery#matches}, the same semantics.
     */
    default List<GeoEvent> events(EventQuery query) {
        Map<String, List<String>> names = new HashMap<>();
        for (ArticleSummary a : articles()) {
            names.put(a.id(), a.sourceNames());
        }
        return events().stream()
                .filter(e -> query.matches(e, id -> names.getOrDefault(id, List.of())))
                .toList();
    }

    /**
     * At most {@code limit} of the events matching {@code query}: the latest dated ones, then undated by id, in
     * {@link #events(EventQuery)}'s order (by date, undated last, then id). This default selects them from
     * {@link #events(EventQuery)}; the shared store's answers in SQL (EventCatalog.find with a limit).
     */
    default List<GeoEvent> events(EventQuery query, int limit) {
        java.util.Comparator<GeoEvent> latestFirst = java.util.Comparator.comparing(
                        GeoEvent::date, java.util.Comparator.nullsLast(java.util.Comparator.<LocalDate>reverseOrder()))
                .thenComparing(GeoEvent::id);
        return events(query).stream()
                .sorted(latestFirst)
                .limit(limit)
                .sorted(java.util.Comparator.comparing(
                                GeoEvent::date,
                                java.util.Comparator.nullsLast(java.util.Comparator.<LocalDate>naturalOrder()))
                        .thenComparing(GeoEvent::id))
                .toList();
    }

    /** How many events match {@code query}, where their places lie and their time span (EventCatalog.extent). */
    default EventExtent extent(EventQuery query) {
        List<GeoEvent> found = events(query);
        if (found.isEmpty()) return EventExtent.NONE;
        var lons = found.stream().mapToDouble(e -> e.place().point().lon()).summaryStatistics();
        var lats = found.stream().mapToDouble(e -> e.place().point().lat()).summaryStatistics();
        List<LocalDate> days = found.stream()
                .map(GeoEvent::date)
                .filter(java.util.Objects::nonNull)
                .sorted()
                .toList();
        return new EventExtent(
                found.size(),
                new EventQuery.BBox(lons.getMin(), lats.getMin(), lons.getMax(), lats.getMax()),
                days.isEmpty() ? null : days.get(0),
                days.isEmpty() ? null : days.get(days.size() - 1));
    }

    /**
     * The stored events with these ids whatever the filter (unknown ids absent), in no particular order: the picks of a
     * briefing, looked up without reading the store (EventCatalog.withIds). This default filters {@link #events()}.
     */
    default List<GeoEvent> eventsWithIds(java.util.Collection<String> ids) {
        return events().stream().filter(e -> ids.contains(e.id())).toList();
    }

    /** How many stored events match {@code query}, counted as above. */
    default int countEvents(EventQuery query) {
        return events(query).size();
    }

    /** How many dated events that match {@code query} fall on each day (the timeline's bars), counted as above. */
    default SortedMap<LocalDate, Integer> eventsPerDay(EventQuery query) {
        SortedMap<LocalDate, Integer> days = new TreeMap<>();
        events(query).stream()
                .map(GeoEvent::date)
                .filter(java.util.Objects::nonNull)
                .forEach(d -> days.merge(d, 1, Integer::sum));
        return days;
    }

    /**
     * Events per day in {@code area}, all and those matching {@code matching}'s criteria besides its extent: the
     * timeline's two sets of bars, from one pass on the shared store (EventCatalog.days).
     */
    default org.geobrief.events.EventDays eventsPerDay(EventQuery area, EventQuery matching) {
        return new org.geobrief.events.EventDays(eventsPerDay(area), eventsPerDay(matching.within(area.bbox())));
    }

    /** The events matching {@code query} summed up on a grid of {@code cellDegrees} (EventCatalog.grid). */
    default org.geobrief.events.EventGrid grid(EventQuery query, double cellDegrees) {
        return org.geobrief.events.EventGrid.of(events(query), cellDegrees);
    }

    List<ArticleSummary> articles();

    /** An article with its mentions (spans in its text) and events, for the reader. */
    Optional<StoredArticle> article(String articleId);

    /** Gazetteer places whose name starts with {@code prefix}, most important first. */
    List<Place> searchPlaces(String prefix, int limit);

    /**
     * The outline of a country or admin-1 area (lon/lat degrees), for drawing the events known only by it as that
     * area; empty for other places or where the gazetteer has no boundary (Gazetteer.boundary).
     */
    default Optional<org.locationtech.jts.geom.Geometry> areaShape(Place place) {
        return Optional.empty();
    }

    /**
     * The place meant by a click on the map at {@code point}: the nearest town within {@code reachKm} (what a
     * click covers at the map's scale), else the admin-1 area or country containing the point; empty at sea.
     */
    Optional<Place> placeAt(GeoPoint point, double reachKm);

    /**
     * Stores that the mention at {@code mention} (code points in the article's text) means {@code place} and moves
     * the events read from it; with {@code everywhere}, every mention of that name in the same source document.
     *
     * @throws IllegalArgumentException when there is no mention there or the place is unknown
     */
    Correction correct(String articleId, TextSpan mention, Place place, boolean everywhere);

    void undo(Correction correction);

    /**
     * The gazetteer's towns inside {@code extent} worth a label at OpenLayers zoom {@code zoom}: the most populous
     * first, at most {@code limit}; none when zoomed out to where the basemap's cities suffice.
     */
    default List<Place> townsIn(MapExtent extent, double zoom, int limit) {
        return List.of();
    }

    /** What a briefing shows about an article: outlet, title, address, publication day. */
    default ArticleMeta articleMeta(String articleId) {
        return articles().stream()
                .filter(a -> a.id().equals(articleId))
                .findFirst()
                // the source as the Source filter and the event panel name it: outlet, "Pasted text" or file name
                .map(a -> new ArticleMeta(a.shownSource(), a.title(), a.url(), a.published()))
                .orElse(null);
    }

    /**
     * Whether the current user may change the data: import, correct a place, re-date, analyse again, delete (an
     * analyst, or the local user of the single-user default). A viewer's views hide those actions; the facade in front
     * of a shared server refuses them anyway, whatever the browser sends.
     */
    default boolean mayChange() {
        return true;
    }

    /** Starts importing pasted text in the background. */
    default ImportJob importText(String text) {
        return importText(text, ImportMetadata.NONE);
    }

    /** Starts importing an uploaded file (text, HTML, PDF, Word, e-mail...) in the background. */
    default ImportJob importFile(String fileName, byte[] content) {
        return importFile(fileName, content, ImportMetadata.NONE);
    }

    /** Starts importing pasted text in the background, with what the analyst says about it. */
    ImportJob importText(String text, ImportMetadata metadata);

    /** Starts importing an uploaded file in the background, with what the analyst says about it. */
    ImportJob importFile(String fileName, byte[] content, ImportMetadata metadata);

    /**
     * The latest {@code limit} imports, however they ended (stored, partly stored, refused and why), newest first:
     * kept where every tab and a reload see them, not only the tab that started them.
     */
    default List<org.geobrief.ingest.ImportLogEntry> recentImports(int limit) {
        return List.of();
    }

    /** The largest file an import accepts, in bytes ({@code geobrief.import.max-bytes}). */
    long importLimitBytes();

    /** Every stored article, with how many events it reports and places it names. */
    List<ArticleEntry> library();

    /**
     * One page of the article library: at most {@code limit} of the articles matching {@code query} after skipping
     * {@code offset}, in its orders, with their counts. The store filters, sorts, pages and counts (ArticleLibrary.page),
     * so a shared store with a million events is never read whole for the Articles page.
     */
    List<ArticleEntry> articles(ArticleQuery query, int offset, int limit);

    /** One article as {@link #articles(ArticleQuery, int, int)} lists it; empty once deleted. */
    Optional<ArticleEntry> libraryEntry(String articleId);

    /** How many articles {@link #articles(ArticleQuery, int, int)} lists for {@code query} in all. */
    int countArticles(ArticleQuery query);

    /** Deletes an article with its mentions, events and corrections; what it returns undoes it. */
    Optional<DeletedArticle> delete(String articleId);

    /** Undoes {@link #delete}; false if the article was stored again meanwhile. */
    boolean restore(DeletedArticle deleted);

    /** Sets an article's publication date (null: undated); its events are dated again from it. */
    boolean changePublished(String articleId, LocalDate published);

    /** Analyses an article again with its corrections. */
    boolean reanalyse(String articleId);

    /**
     * Sets the outlet an article is shown under (null or blank: none, so "Pasted text" or its file's name) in the
     * Source filter, the event panel and the exports; false when there is no such article.
     *
     * @throws IllegalArgumentException when the name is too long to keep
     */
    boolean changeOutlet(String articleId, String outlet);

    /**
     * Keeps in the import log an import refused before it reached the importer (a user's queue is full), so that
     * "Recent imports" tells it like any other refusal. {@code inputs}: the file name or "Pasted text".
     */
    default void logRefusedImport(String inputs, String message) {}

    /**
     * The sample articles GeoBrief imports into an empty database when it first starts, running or done; empty when
     * the database already held articles.
     */
    default List<ImportJob> sampleImports() {
        return List.of();
    }

    /** An import under way. */
    interface ImportJob {
        /** In [0, 1]. */
        double progress();

        boolean isDone();

        /** What it is doing, or how it ended: "Imported 3 articles with 12 events." or why the input was refused. */
        String message();

        /** Ended without storing anything: bad input, an error, or cancelled. */
        boolean failed();

        void cancel();

        /** What it stored, once it ended well. */
        default Optional<ImportOutcome> outcome() {
            return Optional.empty();
        }

        /** Calls {@code listener}, on any thread, at every step and when it ends. */
        default void onChange(Runnable listener) {}
    }
}
