package org.geobrief.map.ui;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.geobrief.base.GeoPoint;
import org.geobrief.base.TextSpan;
import org.geobrief.events.EventQuery;
import org.geobrief.events.EventSource;
import org.geobrief.events.EventType;
import org.geobrief.events.GeoEvent;
import org.geobrief.events.SourceLink;
import org.geobrief.gazetteer.Place;
import org.geobrief.gazetteer.PlaceCandidate;
import org.geobrief.geoparse.MentionKind;
import org.geobrief.geoparse.PlaceMention;
import org.geobrief.geoparse.ResolvedMention;
import org.geobrief.ingest.Article;
import org.geobrief.ingest.ArticleQuery;
import org.geobrief.ingest.ArticleSummary;
import org.geobrief.ingest.Correction;
import org.geobrief.ingest.DeletedArticle;
import org.geobrief.ingest.StoredArticle;
import org.geobrief.timeline.TimePrecision;

/**
 * Three events from one tiny article, held in memory: test data for the views, never used by the app. The article
 * starts at code point 100 of its source document, so document and text offsets differ as they do in a digest.
 */
class FakeDashboardData implements DashboardData {

    static final Place ALMATY = place(1526384, "Almaty", "P", "PPLA", "KZ", 43.25, 76.95, 2_000_000);
    static final Place ALMATY_REGION = place(1537162, "Almaty Region", "A", "ADM1", "KZ", 45.0, 78.0, 2_000_000);
    static final Place AKTAU = place(610612, "Aktau", "P", "PPLA", "KZ", 43.65, 51.2, 180_000);
    static final Place NUR_SULTAN = place(1526273, "Nur-Sultan", "P", "PPLC", "KZ", 51.18, 71.45, 1_000_000);
    static final Place BISHKEK = place(1528675, "Bishkek", "P", "PPLC", "KG", 42.87, 74.59, 900_000);

    static final String SENTENCE_1 = "Protesters gathered in Aktau on Sunday.";
    static final String SENTENCE_2 = "Police detained dozens in Almaty on Wednesday.";
    static final String SENTENCE_3 = "Troops arrived in Nur-Sultan on Thursday.";
    static final String TEXT = SENTENCE_1 + " " + SENTENCE_2 + " " + SENTENCE_3;
    private static final int OFFSET = 100;

    Article article = new Article(
            "a1",
            "kz.txt",
            new TextSpan(OFFSET, OFFSET + TEXT.length()),
            "Unrest in Kazakhstan",
            "Eurasianet",
            "",
            "",
            LocalDate.of(2022, 1, 7),
            "en",
            TEXT);
    final List<GeoEvent> events = new ArrayList<>(List.of(
            event("e1", EventType.PROTESTS, "Peaceful protest", LocalDate.of(2022, 1, 2), AKTAU, SENTENCE_1),
            event("e2", EventType.STRATEGIC_DEVELOPMENTS, "Arrests", LocalDate.of(2022, 1, 5), ALMATY, SENTENCE_2),
            event(
                    "e3",
                    EventType.STRATEGIC_DEVELOPMENTS,
                    "Deployment of troops",
                    LocalDate.of(2022, 1, 6),
                    NUR_SULTAN,
                    SENTENCE_3)));
    final List<Correction> corrections = new ArrayList<>();
    final List<Boolean> everywhere = new ArrayList<>();
    String lastImported;

    /** The queries the view asked with {@link #events(EventQuery)}, last last. */
    final List<EventQuery> queries = new ArrayList<>();

    /** How often the view read every stored event ({@link #events()}). */
    int wholeReads;

    @Override
    public List<GeoEvent> events(EventQuery query) {
        queries.add(query);
        Map<String, List<String>> names = new HashMap<>();
        for (ArticleSummary a : articles()) names.put(a.id(), a.sourceNames());
        return events.stream()
                .filter(e -> query.matches(e, id -> names.getOrDefault(id, List.of())))
                .toList();
    }

    @Override
    public List<GeoEvent> events() {
        wholeReads++;
        return List.copyOf(events);
    }

    @Override
    public List<ArticleSummary> articles() {
        if (!stored) return List.of();
        return List.of(new ArticleSummary(
                article.id(),
                article.title(),
                article.outlet(),
                "",
                "",
                published.getOrDefault(article.id(), article.published()),
                "en",
                article.source(),
                Instant.EPOCH));
    }

    /**
     * The stored article when the query's text is blank or its title, outlet, source or text contains it
     * (case-insensitive); one article needs no sorting.
     */
    @Override
    public List<ArticleEntry> articles(ArticleQuery query, int offset, int limit) {
        String q = query.text().toLowerCase(java.util.Locale.ROOT);
        boolean hit = java.util.stream.Stream.of(article.title(), article.outlet(), article.source(), article.text())
                .anyMatch(s -> s != null && s.toLowerCase(java.util.Locale.ROOT).contains(q));
        return hit ? library().stream().skip(offset).limit(limit).toList() : List.of();
    }

    @Override
    public Optional<ArticleEntry> libraryEntry(String articleId) {
        return library().stream()
                .filter(e -> e.article().id().equals(articleId))
                .findFirst();
    }

    @Override
    public int countArticles(ArticleQuery query) {
        return articles(query, 0, Integer.MAX_VALUE).size();
    }

    @Override
    public Optional<StoredArticle> article(String articleId) {
        if (!stored || !articleId.equals(article.id())) return Optional.empty();
        List<ResolvedMention> mentions = List.of(
                mention("Aktau", AKTAU), mention("Almaty", ALMATY, ALMATY_REGION), mention("Nur-Sultan", NUR_SULTAN));
        return Optional.of(new StoredArticle(article, Instant.EPOCH, mentions, events(), List.copyOf(corrections)));
    }

    @Override
    public List<Place> searchPlaces(String prefix, int limit) {
        return List.of(ALMATY, ALMATY_REGION, AKTAU, NUR_SULTAN, BISHKEK).stream()
                .filter(p -> p.name().toLowerCase().startsWith(prefix.toLowerCase()))
                .limit(limit)
                .toList();
    }

    @Override
    public Optional<Place> placeAt(GeoPoint point, double reachKm) {
        return List.of(ALMATY, AKTAU, NUR_SULTAN, BISHKEK).stream()
                .min((a, b) ->
                        Double.compare(a.point().distanceKm(point), b.point().distanceKm(point)));
    }

    @Override
    public Correction correct(String articleId, TextSpan mention, Place place, boolean everywhere) {
        move(mention, place);
        Correction c = new Correction(
                corrections.size() + 1,
                articleId,
                Correction.Scope.ARTICLE,
                TEXT.substring(mention.start(), mention.end()),
                mention,
                place.geonameId(),
                Instant.EPOCH,
                false);
        corrections.add(c);
        this.everywhere.add(everywhere);
        return c;
    }

    @Override
    public void undo(Correction correction) {
        corrections.remove(correction);
        Place original = List.of(AKTAU, ALMATY, NUR_SULTAN).stream()
                .filter(p -> p.name().equals(correction.surface()))
                .findFirst()
                .orElseThrow();
        move(correction.span(), original);
    }

    @Override
    public ImportJob importText(String text, ImportMetadata metadata) {
        lastImported = text;
        lastMetadata = metadata;
        if (!jobs.isEmpty()) return jobs.remove(0);
        return finished(text.codePoints().noneMatch(Character::isLetter) ? "No text found in it." : null);
    }

    @Override
    public ImportJob importFile(String fileName, byte[] content, ImportMetadata metadata) {
        importedFiles.add(fileName);
        return importText(new String(content, StandardCharsets.UTF_8), metadata);
    }

    @Override
    public long importLimitBytes() {
        return importLimit;
    }

    /** The stored article, unless the library view deleted it. */
    boolean stored = true;
    /** False: the user is a viewer. */
    boolean mayChange = true;

    @Override
    public boolean mayChange() {
        return mayChange;
    }

    @Override
    public List<ArticleEntry> library() {
        return stored ? List.of(new ArticleEntry(articles().get(0), events.size(), 3, dateSource)) : List.of();
    }

    @Override
    public Optional<DeletedArticle> delete(String articleId) {
        if (!stored || !articleId.equals(article.id())) return Optional.empty();
        stored = false;
        return Optional.of(new DeletedArticle(article, Instant.EPOCH, List.of()));
    }

    @Override
    public boolean restore(DeletedArticle deleted) {
        if (stored) return false;
        stored = true;
        return true;
    }

    @Override
    public boolean changePublished(String articleId, LocalDate published) {
        this.published.put(articleId, published);
        return true;
    }

    @Override
    public boolean reanalyse(String articleId) {
        reanalysed.add(articleId);
        return true;
    }

    @Override
    public boolean changeOutlet(String articleId, String outlet) {
        if (!stored || !articleId.equals(article.id())) return false;
        if (outlet != null && outlet.length() > 500)
            throw new IllegalArgumentException("An outlet's name has at most 500 characters.");
        Article a = article;
        article = new Article(
                a.id(),
                a.source(),
                a.span(),
                a.title(),
                outlet == null || outlet.isBlank() ? null : outlet.strip(),
                a.author(),
                a.url(),
                a.published(),
                a.language(),
                a.text());
        return true;
    }

    final Map<String, LocalDate> published = new HashMap<>();
    /** Where the article's date came from, as the library tells it; null: not recorded. */
    org.geobrief.ingest.DateSource dateSource;
    /** The import log, newest first. */
    final List<org.geobrief.ingest.ImportLogEntry> importLog = new ArrayList<>();

    @Override
    public List<org.geobrief.ingest.ImportLogEntry> recentImports(int limit) {
        return importLog.stream().limit(limit).toList();
    }

    final List<String> reanalysed = new ArrayList<>();
    final List<String> importedFiles = new ArrayList<>();
    /** Jobs the next imports return, in order; when none, an import ends at once. */
    final List<ImportJob> jobs = new ArrayList<>();

    ImportMetadata lastMetadata;
    long importLimit = 50L << 20;

    /** An import the test drives step by step; listeners run as the real job's do. */
    static final class Steered implements ImportJob {
        private final List<Runnable> listeners = new ArrayList<>();
        volatile double progress;
        volatile String message = "Waiting to start";
        volatile boolean done;
        volatile boolean failed;
        volatile ImportOutcome outcome;
        boolean cancelled;

        void step(double progress, String message) {
            this.progress = progress;
            this.message = message;
            listeners.forEach(Runnable::run);
        }

        void succeed(ImportOutcome outcome, String message) {
            this.outcome = outcome;
            done = true;
            step(1, message);
        }

        void fail(String why) {
            failed = true;
            done = true;
            step(1, why);
        }

        public double progress() {
            return progress;
        }

        public boolean isDone() {
            return done;
        }

        public String message() {
            return message;
        }

        public boolean failed() {
            return failed;
        }

        public void cancel() {
            cancelled = true;
        }

        public Optional<ImportOutcome> outcome() {
            return Optional.ofNullable(outcome);
        }

        public void onChange(Runnable listener) {
            listeners.add(listener);
        }
    }

    /** Where {@code needle} is in the article's source document. */
    static TextSpan spanOf(String needle) {
        int at = TEXT.indexOf(needle);
        return new TextSpan(OFFSET + at, OFFSET + at + needle.length());
    }

    /** Moves the events read from the sentence holding the mention (text offsets) to {@code place}. */
    private void move(TextSpan mentionInText, Place place) {
        TextSpan inDocument = new TextSpan(mentionInText.start() + OFFSET, mentionInText.end() + OFFSET);
        events.replaceAll(e ->
                e.sources().stream().anyMatch(s -> s.link().sentence().contains(inDocument)) ? withPlace(e, place) : e);
    }

    /** A job that has already ended, well or with {@code error}. */
    /** Sample imports of a first start, as {@link #sampleImports()} reports them. */
    final List<ImportJob> samples = new ArrayList<>();

    @Override
    public List<ImportJob> sampleImports() {
        return List.copyOf(samples);
    }

    /** An import that runs until the test ends it. */
    static final class Pending implements ImportJob {
        volatile boolean done;

        public double progress() {
            return done ? 1 : 0.5;
        }

        public boolean isDone() {
            return done;
        }

        public String message() {
            return done ? "Imported 1 article with 3 events." : "Reading";
        }

        public boolean failed() {
            return false;
        }

        public void cancel() {}
    }

    private static ImportJob finished(String error) {
        return new ImportJob() {
            public double progress() {
                return 1;
            }

            public boolean isDone() {
                return true;
            }

            public String message() {
                return error != null ? error : "Imported 1 article with 0 events.";
            }

            public boolean failed() {
                return error != null;
            }

            public void cancel() {}
        };
    }

    static GeoEvent event(String id, EventType type, String subtype, LocalDate date, Place place, String sentence) {
        return new GeoEvent(
                id,
                type,
                subtype,
                date,
                TimePrecision.DAY,
                1,
                place,
                List.of("Protesters (Kazakhstan)"),
                null,
                0.8,
                List.of(new EventSource(new SourceLink("a1", spanOf(sentence)), sentence)));
    }

    private static GeoEvent withPlace(GeoEvent e, Place p) {
        return new GeoEvent(
                e.id(),
                e.type(),
                e.subtype(),
                e.date(),
                e.timePrecision(),
                e.geoPrecision(),
                p,
                e.actors(),
                e.fatalities(),
                e.confidence(),
                e.sources());
    }

    private static ResolvedMention mention(String name, Place best, Place... others) {
        int at = TEXT.indexOf(name);
        List<PlaceCandidate> candidates = new ArrayList<>(List.of(new PlaceCandidate(best, 0.7)));
        for (Place o : others) candidates.add(new PlaceCandidate(o, 0.3 / others.length));
        PlaceMention m = new PlaceMention(name, new TextSpan(at, at + name.length()), MentionKind.TOPONYM);
        return new ResolvedMention(m, best, 0.7, candidates);
    }

    private static Place place(
            long id, String name, String fc, String code, String cc, double lat, double lon, long pop) {
        return new Place(id, name, fc, code, cc, "", "", pop, new GeoPoint(lat, lon));
    }
}
