package org.geobrief.map.ui;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.geobrief.base.GeoPoint;
import org.geobrief.base.TextSpan;
import org.geobrief.briefing.MapExtent;
import org.geobrief.events.EventCatalog;
import org.geobrief.events.EventQuery;
import org.geobrief.events.GeoEvent;
import org.geobrief.gazetteer.Gazetteer;
import org.geobrief.gazetteer.Place;
import org.geobrief.ingest.Article;
import org.geobrief.ingest.ArticleImport;
import org.geobrief.ingest.ArticleLibrary;
import org.geobrief.ingest.ArticleQuery;
import org.geobrief.ingest.ArticleSummary;
import org.geobrief.ingest.Correction;
import org.geobrief.ingest.DateSource;
import org.geobrief.ingest.DeletedArticle;
import org.geobrief.ingest.ImportLogEntry;
import org.geobrief.ingest.ImportOptions;
import org.geobrief.ingest.ImportResult;
import org.geobrief.ingest.SampleImports;
import org.geobrief.ingest.StoredArticle;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/** The dashboard's facade on the stored events and articles, the import and the bundled gazetteer. */
@Service
class LibraryDashboardData implements DashboardData {

    private final EventCatalog catalog;
    private final ArticleLibrary library;
    private final ArticleImport importer;
    private final SampleImports samples;
    private final long maxBytes;

    LibraryDashboardData(
            EventCatalog catalog,
            ArticleLibrary library,
            ArticleImport importer,
            SampleImports samples,
            @Value("${geobrief.import.max-bytes:52428800}") long maxBytes) {
        this.maxBytes = maxBytes;
        this.catalog = catalog;
        this.library = library;
        this.importer = importer;
        this.samples = samples;
    }

    @Override
    public List<GeoEvent> events() {
        return catalog.find(EventQuery.all());
    }

    @Override
    public List<GeoEvent> events(EventQuery query) {
        return catalog.find(query);
    }

    @Override
    public List<GeoEvent> events(EventQuery query, int limit) {
        return catalog.find(query, limit);
    }

    @Override
    public org.geobrief.events.EventExtent extent(EventQuery query) {
        return catalog.extent(query);
    }

    @Override
    public List<GeoEvent> eventsWithIds(java.util.Collection<String> ids) {
        return catalog.withIds(ids);
    }

    @Override
    public int countEvents(EventQuery query) {
        return catalog.count(query);
    }

    @Override
    public java.util.SortedMap<java.time.LocalDate, Integer> eventsPerDay(EventQuery query) {
        return catalog.histogram(query, java.time.temporal.ChronoUnit.DAYS);
    }

    @Override
    public org.geobrief.events.EventDays eventsPerDay(EventQuery area, EventQuery matching) {
        return catalog.days(area, matching);
    }

    @Override
    public org.geobrief.events.EventGrid grid(EventQuery query, double cellDegrees) {
        return catalog.grid(query, cellDegrees);
    }

    @Override
    public List<ArticleSummary> articles() {
        return library.articles();
    }

    @Override
    public Optional<StoredArticle> article(String articleId) {
        return library.article(articleId);
    }

    @Override
    public List<Place> searchPlaces(String prefix, int limit) {
        return prefix.isBlank() ? List.of() : Gazetteer.bundled().search(prefix, limit);
    }

    @Override
    public Optional<org.locationtech.jts.geom.Geometry> areaShape(Place place) {
        return Gazetteer.bundled().boundary(place);
    }

    @Override
    public Optional<Place> placeAt(GeoPoint point, double reachKm) {
        return placeAt(Gazetteer.bundled(), point, reachKm);
    }

    /**
     * The town an analyst meant by clicking {@code point}: the nearest populated place within {@code reachKm} (12
     * screen pixels at the map's scale, at most 25 km), else the admin-1 area or country containing the point; in an
     * empty steppe no town is that close and the region is offered instead.
     */
    static Optional<Place> placeAt(Gazetteer gazetteer, GeoPoint point, double reachKm) {
        return gazetteer.nearestPopulatedPlace(point, reachKm).or(() -> gazetteer.locate(point));
    }

    @Override
    public List<Place> townsIn(MapExtent extent, double zoom, int limit) {
        return townsIn(Gazetteer.bundled(), extent, zoom, limit);
    }

    /**
     * Populated places inside {@code extent} above a population floor that falls as the analyst zooms in (zoom 6:
     * 50,000; zoom 8: 5,000; zoom 10 and closer: every place the gazetteer has), most populous first. Below zoom 6
     * the basemap's 3,000 cities suffice.
     */
    static List<Place> townsIn(Gazetteer gazetteer, MapExtent extent, double zoom, int limit) {
        if (extent == null || zoom < 6) return List.of();
        long floor = zoom >= 10 ? 0 : zoom >= 9 ? 1_000 : zoom >= 8 ? 5_000 : zoom >= 7 ? 20_000 : 50_000;
        return gazetteer.places().stream()
                .filter(p -> p.isPopulatedPlace() && p.population() >= floor && extent.contains(p.point()))
                .sorted(java.util.Comparator.comparingLong(Place::population).reversed())
                .limit(limit)
                .toList();
    }

    @Override
    public Correction correct(String articleId, TextSpan mention, Place place, boolean everywhere) {
        return everywhere
                ? library.correctEverywhere(articleId, mention, place.geonameId())
                : library.correct(articleId, mention, place.geonameId());
    }

    @Override
    public void undo(Correction correction) {
        library.undo(correction.id());
    }

    @Override
    public ImportJob importText(String text, ImportMetadata metadata) {
        return new Running(importer.startText(text, options(metadata)), library);
    }

    @Override
    public ImportJob importFile(String fileName, byte[] content, ImportMetadata metadata) {
        return new Running(importer.startBytes(fileName, content, options(metadata)), library);
    }

    private static ImportOptions options(ImportMetadata m) {
        return ImportOptions.defaults().withPublished(m.published()).withMetadata(m.title(), m.outlet(), null, null);
    }

    @Override
    public long importLimitBytes() {
        return maxBytes;
    }

    @Override
    public List<ArticleEntry> library() {
        Map<String, Integer> places = library.placeCounts();
        // counted by the database: a large shared store is never read into memory for the library
        Map<String, Integer> events = catalog.eventsPerArticle();
        return library.articles().stream()
                .map(a -> new ArticleEntry(a, events.getOrDefault(a.id(), 0), places.getOrDefault(a.id(), 0)))
                .toList();
    }

    @Override
    public List<ArticleEntry> articles(ArticleQuery query, int offset, int limit) {
        var rows = library.page(query, offset, limit);
        Map<String, DateSource> dates =
                library.dateSources(rows.stream().map(r -> r.article().id()).toList());
        return rows.stream()
                .map(r -> new ArticleEntry(
                        r.article(),
                        r.events(),
                        r.places(),
                        dates.get(r.article().id())))
                .toList();
    }

    @Override
    public Optional<ArticleEntry> libraryEntry(String articleId) {
        return library.row(articleId)
                .map(r -> new ArticleEntry(
                        r.article(),
                        r.events(),
                        r.places(),
                        library.dateSource(articleId).orElse(null)));
    }

    @Override
    public List<ImportLogEntry> recentImports(int limit) {
        return importer.recentImports(limit);
    }

    @Override
    public int countArticles(ArticleQuery query) {
        return library.count(query);
    }

    @Override
    public Optional<DeletedArticle> delete(String articleId) {
        return library.deleteUndoably(articleId);
    }

    @Override
    public boolean restore(DeletedArticle deleted) {
        return library.restore(deleted);
    }

    @Override
    public boolean changePublished(String articleId, LocalDate published) {
        return library.changePublished(articleId, published).isPresent();
    }

    @Override
    public boolean reanalyse(String articleId) {
        return library.reanalyse(articleId);
    }

    @Override
    public boolean changeOutlet(String articleId, String outlet) {
        return library.changeOutlet(articleId, outlet).isPresent();
    }

    @Override
    public void logRefusedImport(String inputs, String message) {
        importer.logRefused(inputs, message);
    }

    @Override
    public List<ImportJob> sampleImports() {
        return samples.jobs().stream()
                .<ImportJob>map(j -> new Running(j, library))
                .toList();
    }

    /** The ingest module's job as the dashboard sees it; the places an import named are counted once it ends. */
    private static final class Running implements ImportJob {
        private final org.geobrief.ingest.ImportJob job;
        private final ArticleLibrary library;
        private volatile ImportOutcome outcome;

        Running(org.geobrief.ingest.ImportJob job, ArticleLibrary library) {
            this.job = job;
            this.library = library;
        }

        public double progress() {
            return job.progress();
        }

        public boolean isDone() {
            return job.isDone();
        }

        /** When it ended well, what it said and where the articles' publication dates came from. */
        public String message() {
            if (job.isDone() && !failed()) {
                return job.result()
                        .join()
                        .datesLine()
                        .map(d -> job.message() + " " + d)
                        .orElse(job.message());
            }
            return job.message();
        }

        public boolean failed() {
            return job.result().isCompletedExceptionally();
        }

        public void cancel() {
            job.cancel();
        }

        public void onChange(Runnable listener) {
            job.onProgress(j -> listener.run());
        }

        public Optional<ImportOutcome> outcome() {
            if (!isDone() || failed()) return Optional.empty();
            if (outcome == null) {
                ImportResult r = job.result().join();
                Set<Long> places = new HashSet<>();
                for (Article a : r.added()) {
                    library.article(a.id()).ifPresent(s -> s.mentions().stream()
                            .filter(m -> m.isResolved())
                            .forEach(m -> places.add(m.place().geonameId())));
                }
                outcome = new ImportOutcome(
                        r.added().size(), r.eventIds(), places, r.duplicates().size());
            }
            return Optional.of(outcome);
        }
    }
}
