package org.geobrief.ingest;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.geobrief.base.TextSpan;
import org.geobrief.events.GeoEvent;
import org.geobrief.geoparse.OutletRegions;
import org.geobrief.geoparse.ResolvedMention;
import org.geobrief.ingest.internal.ArticleDates;
import org.geobrief.ingest.internal.ArticleStore;
import org.geobrief.ingest.internal.IngestStorage;
import org.geobrief.ingest.internal.OutletRegionCounts;
import org.springframework.stereotype.Service;

/**
 * The stored articles: the list, one article with its mentions and events for the reader, and the user's corrections
 * of places. A correction re-analyses the articles it applies to in one transaction, so every event read from a
 * corrected mention moves to the chosen place; undoing it re-analyses them again.
 */
@Service
public class ArticleLibrary {

    private final IngestStorage storage;
    private final ArticleAnalyser analyser;

    public ArticleLibrary(IngestStorage storage, ArticleAnalyser analyser) {
        this.storage = storage;
        this.analyser = analyser;
    }

    /** All articles, newest publication first (undated last). */
    public List<ArticleSummary> articles() {
        return storage.read(c ->
                storage.articles().list(c).stream().map(ArticleLibrary::summary).toList());
    }

    /**
     * One page of the articles whose title, outlet, source, text or a place name in them contains {@code text}
     * (case-insensitive), newest publication first: ids only, {@code limit} at most after skipping {@code offset}.
     * The database searches; the texts are not read into memory.
     */
    public List<String> search(String text, int offset, int limit) {
        return storage.read(c -> storage.articles().search(c, text, offset, limit));
    }

    /** How many articles {@link #search} finds for {@code text}. */
    public int countMatching(String text) {
        return storage.read(c -> storage.articles().countMatching(c, text));
    }

    /**
     * One page of the library for {@code query}: at most {@code limit} articles after skipping {@code offset}, each
     * with how many events it reports and distinct places it names. The database filters, sorts, pages and counts; the
     * texts are not read.
     */
    public List<LibraryRow> page(ArticleQuery query, int offset, int limit) {
        return storage.read(c -> storage.articles().page(c, query, offset, limit).stream()
                .map(l -> new LibraryRow(summary(l.row()), l.events(), l.places()))
                .toList());
    }

    /** One article as {@link #page} lists it, with its counts. */
    public Optional<LibraryRow> row(String id) {
        return storage.read(c -> storage.articles().listed(c, id))
                .map(l -> new LibraryRow(summary(l.row()), l.events(), l.places()));
    }

    /** How many articles {@link #page} lists for {@code query} in all. */
    public int count(ArticleQuery query) {
        return storage.read(c -> storage.articles().countListed(c, query));
    }

    private static ArticleSummary summary(ArticleStore.Row r) {
        Article a = r.article();
        return new ArticleSummary(
                a.id(),
                a.title(),
                a.outlet(),
                a.author(),
                a.url(),
                a.published(),
                a.language(),
                a.source(),
                r.importedAt());
    }

    public int count() {
        return storage.read(c -> storage.articles().count(c));
    }

    public Optional<StoredArticle> article(String id) {
        return storage.read(c -> {
            Optional<ArticleStore.Row> row = storage.articles().article(c, id);
            if (row.isEmpty()) {
                return Optional.empty();
            }
            Article a = row.get().article();
            List<GeoEvent> events = storage.events().ofArticle(id);
            return Optional.of(new StoredArticle(
                    a,
                    row.get().importedAt(),
                    storage.articles().mentions(c, id),
                    events,
                    storage.articles().correctionsFor(c, a, true)));
        });
    }

    /**
     * Places the mention at {@code mentionSpan} (code points in the article's text) at the place {@code geonameId},
     * and re-analyses the article. Throws {@link IllegalArgumentException} when there is no mention at that span or
     * the place is unknown to the analysis; then nothing changes.
     */
    public Correction correct(String articleId, TextSpan mentionSpan, long geonameId) {
        return addCorrection(articleId, mentionSpan, geonameId, Correction.Scope.ARTICLE);
    }

    /**
     * Places every mention of the same name, in every article from the same source (a digest's articles), at
     * {@code geonameId}.
     */
    public Correction correctEverywhere(String articleId, TextSpan mentionSpan, long geonameId) {
        return addCorrection(articleId, mentionSpan, geonameId, Correction.Scope.DOCUMENT);
    }

    /** Withdraws a correction and re-analyses the articles it applied to. False if it was unknown or undone. */
    public boolean undo(long correctionId) {
        return storage.write(c -> {
            Optional<Correction> k = storage.articles().correction(c, correctionId);
            if (k.isEmpty() || !storage.articles().markUndone(c, correctionId)) {
                return false;
            }
            for (Article a : affected(c, k.get())) {
                storage.analyseAndStore(c, a, analyser);
            }
            return true;
        });
    }

    /**
     * Sets (or, with null, clears) an article's publication date and re-analyses it with its corrections, so that its
     * events are dated against the new date ("on Monday" is the Monday before it). Returns the article as stored now;
     * empty when there is no such article.
     */
    public Optional<StoredArticle> changePublished(String articleId, java.time.LocalDate published) {
        boolean found = storage.write(c -> {
            Optional<ArticleStore.Row> row = storage.articles().article(c, articleId);
            if (row.isEmpty()) {
                return false;
            }
            Article a = row.get().article();
            storage.articles().setPublished(c, articleId, published);
            ArticleDates.set(c, articleId, published == null ? DateSource.NONE : DateSource.ANALYST);
            Article redated = new Article(
                    a.id(),
                    a.source(),
                    a.span(),
                    a.title(),
                    a.outlet(),
                    a.author(),
                    a.url(),
                    published,
                    a.language(),
                    a.text());
            storage.analyseAndStore(c, redated, analyser);
            return true;
        });
        return found ? article(articleId) : Optional.empty();
    }

    /**
     * Sets (or, with null or blank, clears) the outlet an article is shown under: the Source filter, the event panel
     * and the exports name it so from now on. Without an outlet it is shown as "Pasted text" or by its file's name
     * ({@link ArticleSummary#shownSource}). The text, its id and its events do not change, so nothing is analysed
     * again. Returns the article as stored now; empty when there is no such article.
     *
     * @param outlet stripped; at most {@value #MAX_OUTLET} characters, else {@link IllegalArgumentException}
     */
    public Optional<StoredArticle> changeOutlet(String articleId, String outlet) {
        String o = outlet == null || outlet.isBlank() ? null : outlet.strip().replaceAll("\\s+", " ");
        if (o != null && o.length() > MAX_OUTLET) {
            throw new IllegalArgumentException("An outlet's name has at most " + MAX_OUTLET + " characters.");
        }
        Optional<StoredArticle> before = article(articleId);
        if (before.isEmpty()) {
            return Optional.empty();
        }
        String url = before.get().article().url();
        List<ResolvedMention> mentions = before.get().mentions();
        boolean found = storage.write(c -> {
            if (!storage.articles().setOutlet(c, articleId, o)) {
                return false;
            }
            // what the article teaches about its outlet's home regions moves to the new outlet (or goes)
            OutletRegionCounts.set(c, articleId, OutletRegions.key(o, url), mentions);
            return true;
        });
        return found ? article(articleId) : Optional.empty();
    }

    /** The longest outlet name the store keeps (articles.outlet, migration V1). */
    public static final int MAX_OUTLET = 500;

    /**
     * Where the publication dates of these articles came from, by id; an article stored before this was recorded is
     * absent.
     */
    public Map<String, DateSource> dateSources(java.util.Collection<String> articleIds) {
        return storage.read(c -> ArticleDates.of(c, articleIds));
    }

    /** Where the article's publication date came from, if known. */
    public Optional<DateSource> dateSource(String articleId) {
        return Optional.ofNullable(dateSources(List.of(articleId)).get(articleId));
    }

    /** Re-analyses every stored article with its corrections, e.g. after the gazetteer or parser changed. */
    public int reanalyseAll() {
        List<String> ids = articles().stream().map(ArticleSummary::id).toList();
        for (String id : ids) {
            storage.write(c -> {
                Optional<ArticleStore.Row> row = storage.articles().article(c, id);
                if (row.isPresent()) {
                    storage.analyseAndStore(c, row.get().article(), analyser);
                }
                return null;
            });
        }
        return ids.size();
    }

    /** Deletes an article with its mentions, corrections and reports; events no other article reports go too. */
    public boolean delete(String articleId) {
        return storage.write(c -> {
            storage.events().forgetArticle(c, articleId);
            return storage.articles().delete(c, articleId);
        });
    }

    /**
     * Deletes an article like {@link #delete} and returns what {@link #restore} needs to undo it; empty when there is
     * no such article.
     */
    public Optional<DeletedArticle> deleteUndoably(String articleId) {
        return storage.write(c -> {
            Optional<ArticleStore.Row> row = storage.articles().article(c, articleId);
            if (row.isEmpty()) {
                return Optional.empty();
            }
            List<Correction> made = storage.articles().correctionsMadeOn(c, articleId);
            DateSource dated = ArticleDates.of(c, List.of(articleId)).get(articleId);
            storage.events().forgetArticle(c, articleId);
            storage.articles().delete(c, articleId); // its article_dates row goes with it (ON DELETE CASCADE)
            return Optional.of(new DeletedArticle(row.get().article(), row.get().importedAt(), made, dated));
        });
    }

    /**
     * Puts a deleted article back with its import time, corrections and its date's origin ("from the article's text",
     * "set by the analyst"), and analyses it again, so its mentions and
     * events return. False when an article with its id is stored again meanwhile (e.g. re-imported); then nothing
     * changes.
     */
    public boolean restore(DeletedArticle deleted) {
        return storage.write(c -> {
            Article a = deleted.article();
            if (storage.articles().exists(c, a.id())) {
                return false;
            }
            storage.articles().insert(c, a, deleted.importedAt());
            if (deleted.dateSource() != null) {
                ArticleDates.set(c, a.id(), deleted.dateSource());
            }
            for (Correction k : deleted.corrections()) {
                storage.articles().addCorrection(c, k);
            }
            storage.analyseAndStore(c, a, analyser);
            return true;
        });
    }

    /** Analyses one stored article again with its corrections; false if there is no such article. */
    public boolean reanalyse(String articleId) {
        return storage.write(c -> {
            Optional<ArticleStore.Row> row = storage.articles().article(c, articleId);
            if (row.isEmpty()) {
                return false;
            }
            storage.analyseAndStore(c, row.get().article(), analyser);
            return true;
        });
    }

    /** How many distinct places each article names (resolved mentions), by article id; absent means none. */
    public Map<String, Integer> placeCounts() {
        return storage.read(c -> storage.articles().placeCounts(c));
    }

    private Correction addCorrection(String articleId, TextSpan span, long geonameId, Correction.Scope scope) {
        return storage.write(c -> {
            Article a = storage.articles()
                    .article(c, articleId)
                    .orElseThrow(() -> new IllegalArgumentException("no article " + articleId))
                    .article();
            ResolvedMention mention = storage.articles().mentions(c, articleId).stream()
                    .filter(m -> m.mention().span().equals(span))
                    .findFirst()
                    .orElseThrow(() ->
                            new IllegalArgumentException("no place name at " + span + " in article " + articleId));
            Correction k = new Correction(
                    0,
                    articleId,
                    scope,
                    mention.mention().text(),
                    span,
                    geonameId,
                    Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS),
                    false);
            long id = storage.articles().addCorrection(c, k);
            for (Article affected : affected(c, k)) {
                ArticleAnalyser.Analysis analysis = storage.analyseAndStore(c, affected, analyser);
                if (affected.id().equals(articleId) && !placedAt(analysis, span, geonameId)) {
                    throw new IllegalArgumentException("place " + geonameId + " is unknown to the gazetteer");
                }
            }
            return new Correction(
                    id, k.articleId(), k.scope(), k.surface(), k.span(), k.geonameId(), k.createdAt(), false);
        });
    }

    private static boolean placedAt(ArticleAnalyser.Analysis analysis, TextSpan span, long geonameId) {
        return analysis.mentions().stream()
                .anyMatch(m -> m.mention().span().equals(span)
                        && m.place() != null
                        && m.place().geonameId() == geonameId);
    }

    private List<Article> affected(java.sql.Connection c, Correction k) throws java.sql.SQLException {
        Article a = storage.articles().article(c, k.articleId()).orElseThrow().article();
        if (k.scope() == Correction.Scope.ARTICLE) {
            return List.of(a);
        }
        Set<Article> all = new LinkedHashSet<>();
        all.add(a);
        storage.articles().ofSource(c, a.source()).forEach(r -> all.add(r.article()));
        return List.copyOf(all);
    }
}
