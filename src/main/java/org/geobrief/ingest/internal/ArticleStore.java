package org.geobrief.ingest.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongFunction;
import org.geobrief.base.TextSpan;
import org.geobrief.gazetteer.Place;
import org.geobrief.gazetteer.PlaceCandidate;
import org.geobrief.geoparse.MentionKind;
import org.geobrief.geoparse.PlaceMention;
import org.geobrief.geoparse.ResolvedMention;
import org.geobrief.ingest.Article;
import org.geobrief.ingest.ArticleQuery;
import org.geobrief.ingest.Correction;

/** Plain-JDBC access to the {@code articles}, {@code mentions} and {@code corrections} tables. */
public final class ArticleStore {

    /** An article row with its import time. */
    public record Row(Article article, Instant importedAt) {}

    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    private static final String ARTICLE_COLUMNS =
            "id, source, span_start, span_end, title, outlet, author, url, published, language, body, imported_at";

    public boolean exists(Connection c, String id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM articles WHERE id = ?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    /** Which of {@code ids} are stored, in queries of up to 500 ids. */
    public java.util.Set<String> existing(Connection c, java.util.Collection<String> ids) throws SQLException {
        java.util.Set<String> found = new java.util.HashSet<>();
        List<String> all = List.copyOf(ids);
        for (int from = 0; from < all.size(); from += 500) {
            List<String> part = all.subList(from, Math.min(all.size(), from + 500));
            String marks = String.join(", ", java.util.Collections.nCopies(part.size(), "?"));
            try (PreparedStatement ps = c.prepareStatement("SELECT id FROM articles WHERE id IN (" + marks + ")")) {
                for (int i = 0; i < part.size(); i++) {
                    ps.setString(i + 1, part.get(i));
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        found.add(rs.getString(1));
                    }
                }
            }
        }
        return found;
    }

    public void insert(Connection c, Article a, Instant importedAt) throws SQLException {
        insertAll(c, List.of(a), importedAt);
    }

    /** Inserts the articles in one batch. */
    public void insertAll(Connection c, List<Article> articles, Instant importedAt) throws SQLException {
        if (articles.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO articles (" + ARTICLE_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (Article a : articles) {
                bind(ps, a, importedAt);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static void bind(PreparedStatement ps, Article a, Instant importedAt) throws SQLException {
        ps.setString(1, a.id());
        ps.setString(2, cut(a.source(), 1000));
        ps.setInt(3, a.span().start());
        ps.setInt(4, a.span().end());
        ps.setString(5, cut(a.title(), 1000));
        ps.setString(6, cut(a.outlet(), 500));
        ps.setString(7, cut(a.author(), 500));
        ps.setString(8, cut(a.url(), 2000));
        ps.setDate(9, a.published() == null ? null : Date.valueOf(a.published()));
        ps.setString(10, a.language());
        ps.setString(11, a.text());
        ps.setTimestamp(12, Timestamp.from(importedAt));
    }

    /**
     * Ids of the articles with one of {@code names} among their {@link org.geobrief.ingest.ArticleSummary#sourceNames}:
     * the file name, the outlet, "Pasted text" or the title of an article without an outlet (the events' source
     * filter).
     */
    public static java.util.Set<String> named(Connection c, java.util.Set<String> names) throws SQLException {
        java.util.Set<String> ids = new java.util.LinkedHashSet<>();
        if (names.isEmpty()) {
            return ids;
        }
        String marks = String.join(", ", java.util.Collections.nCopies(names.size(), "?"));
        try (PreparedStatement ps =
                c.prepareStatement("SELECT id FROM articles WHERE source IN (" + marks + ") OR outlet IN (" + marks
                        + ")" + " OR (COALESCE(TRIM(outlet), '') = '' AND title IN (" + marks + "))"
                        + (names.contains(org.geobrief.ingest.ArticleSummary.PASTED_TEXT)
                                ? " OR (COALESCE(TRIM(outlet), '') = '' AND source = 'pasted')"
                                : ""))) {
            int i = 1;
            for (int round = 0; round < 3; round++) {
                for (String n : names) {
                    ps.setString(i++, n);
                }
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getString(1));
                }
            }
        }
        return ids;
    }

    /** Sets an article's publication date; false when there is no such article. */
    public boolean setPublished(Connection c, String id, java.time.LocalDate published) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE articles SET published = ? WHERE id = ?")) {
            ps.setDate(1, published == null ? null : Date.valueOf(published));
            ps.setString(2, id);
            return ps.executeUpdate() > 0;
        }
    }

    /** Sets the article's outlet (null: none); false when there is no such article. */
    public boolean setOutlet(Connection c, String id, String outlet) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE articles SET outlet = ? WHERE id = ?")) {
            ps.setString(1, outlet);
            ps.setString(2, id);
            return ps.executeUpdate() > 0;
        }
    }

    public boolean delete(Connection c, String id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM articles WHERE id = ?")) {
            ps.setString(1, id);
            return ps.executeUpdate() > 0;
        }
    }

    /** Distinct resolved places named in each article, by article id; articles naming none are absent. */
    public java.util.Map<String, Integer> placeCounts(Connection c) throws SQLException {
        java.util.Map<String, Integer> counts = new java.util.HashMap<>();
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT article_id, COUNT(DISTINCT geonameid) FROM mentions"
                        + " WHERE geonameid IS NOT NULL GROUP BY article_id")) {
            while (rs.next()) {
                counts.put(rs.getString(1), rs.getInt(2));
            }
        }
        return counts;
    }

    /** The corrections made on this article (not those of its siblings), undone ones included, oldest first. */
    public List<Correction> correctionsMadeOn(Connection c, String articleId) throws SQLException {
        return corrections(c, "SELECT * FROM corrections WHERE article_id = ? ORDER BY created_at, id", articleId);
    }

    public Optional<Row> article(Connection c, String id) throws SQLException {
        List<Row> rows = query(c, "SELECT " + ARTICLE_COLUMNS + " FROM articles WHERE id = ?", id);
        return rows.stream().findFirst();
    }

    /** All articles, newest publication first, without their text. */
    public List<Row> list(Connection c) throws SQLException {
        return query(
                c,
                "SELECT id, source, span_start, span_end, title, outlet, author, url, published, language, '',"
                        + " imported_at FROM articles ORDER BY CASE WHEN published IS NULL THEN 1 ELSE 0 END,"
                        + " published DESC, imported_at DESC, span_start");
    }

    /**
     * Ids of the articles whose title, outlet, source, text or a place name found in them contains {@code text}
     * (case-insensitive, no wildcards), newest publication first, skipping {@code offset} and returning at most
     * {@code limit}. Portable SQL (LIKE on lower-cased columns) for H2 and PostgreSQL; the texts stay in the database.
     */
    public List<String> search(Connection c, String text, int offset, int limit) throws SQLException {
        List<String> ids = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT a.id FROM articles a WHERE " + MATCHES
                + " ORDER BY CASE WHEN a.published IS NULL THEN 1 ELSE 0 END, a.published DESC, a.imported_at DESC,"
                + " a.span_start, a.id LIMIT ? OFFSET ?")) {
            int i = bindPattern(ps, text);
            ps.setInt(i, limit);
            ps.setInt(i + 1, offset);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getString(1));
                }
            }
        }
        return ids;
    }

    /** How many articles {@link #search} finds for {@code text} in all. */
    public int countMatching(Connection c, String text) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM articles a WHERE " + MATCHES)) {
            bindPattern(ps, text);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    /** A library row: an article (without its text) with its events and distinct resolved places. */
    public record Listed(Row row, int events, int places) {}

    /**
     * One page of the library: the articles matching {@code query}'s text (all when blank) in its orders, skipping
     * {@code offset} and returning at most {@code limit}, each with its counts. The counts are correlated subqueries,
     * so the database counts for the page only, unless the page is sorted by a count. The events feature gives the
     * expression that counts its events (a sort by events needs it in the same query).
     */
    public List<Listed> page(Connection c, ArticleQuery query, int offset, int limit) throws SQLException {
        boolean filtered = !query.text().isEmpty();
        String sql = "SELECT * FROM (" + LISTED + (filtered ? " WHERE " + MATCHES : "") + ") a ORDER BY "
                + orderBy(query.orders()) + " LIMIT ? OFFSET ?";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            int i = filtered ? bindPattern(ps, query.text()) : 1;
            ps.setInt(i, limit);
            ps.setInt(i + 1, offset);
            return listed(ps);
        }
    }

    /** One article as {@link #page} lists it, by id. */
    public Optional<Listed> listed(Connection c, String id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(LISTED + " WHERE a.id = ?")) {
            ps.setString(1, id);
            return listed(ps).stream().findFirst();
        }
    }

    private static List<Listed> listed(PreparedStatement ps) throws SQLException {
        List<Listed> rows = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                rows.add(new Listed(row(rs), rs.getInt(13), rs.getInt(14)));
            }
        }
        return rows;
    }

    /** How many articles {@link #page} lists for {@code query} in all. */
    public int countListed(Connection c, ArticleQuery query) throws SQLException {
        return query.text().isEmpty() ? count(c) : countMatching(c, query.text());
    }

    private static final String EVENTS = org.geobrief.events.EventCatalog.eventCountSql("a.id");
    private static final String PLACES = "(SELECT COUNT(DISTINCT m.geonameid) FROM mentions m"
            + " WHERE m.article_id = a.id AND m.geonameid IS NOT NULL)";
    private static final String LISTED = "SELECT a.id, a.source, a.span_start, a.span_end, a.title, a.outlet,"
            + " a.author, a.url, a.published, a.language, '' AS body, a.imported_at, " + EVENTS + " AS events, "
            + PLACES + " AS places FROM articles a";
    private static final String NEWEST_FIRST =
            "CASE WHEN published IS NULL THEN 1 ELSE 0 END, published DESC, imported_at DESC, span_start";

    /** The ORDER BY of {@link #page}: fixed expressions per column (never the caller's text), ending on the id. */
    static String orderBy(List<ArticleQuery.Order> orders) {
        List<String> terms = new ArrayList<>();
        for (ArticleQuery.Order o : orders) {
            String dir = o.descending() ? " DESC" : " ASC";
            switch (o.column()) {
                case TITLE -> terms.add("LOWER(COALESCE(NULLIF(TRIM(title), ''), source))" + dir);
                case OUTLET -> terms.add("COALESCE(outlet, '')" + dir);
                case PUBLISHED -> {
                    // undated first when ascending, as the grid showed them: portable, H2 and PostgreSQL differ
                    terms.add("CASE WHEN published IS NULL THEN 0 ELSE 1 END" + dir);
                    terms.add("published" + dir);
                }
                case EVENTS -> terms.add("events" + dir);
                case PLACES -> terms.add("places" + dir);
                case IMPORTED -> terms.add("imported_at" + dir);
            }
        }
        if (terms.isEmpty()) terms.add(NEWEST_FIRST);
        terms.add("id");
        return String.join(", ", terms);
    }

    private static final String[] SEARCHED = {"a.title", "a.outlet", "a.source", "a.body"};
    private static final String MATCHES = "("
            + String.join(
                    " OR ",
                    java.util.Arrays.stream(SEARCHED)
                            .map(col -> "LOWER(" + col + ") LIKE ? ESCAPE '!'")
                            .toList())
            + " OR EXISTS (SELECT 1 FROM mentions m WHERE m.article_id = a.id AND LOWER(m.surface) LIKE ? ESCAPE '!'))";

    /** Binds the LIKE pattern to every placeholder of {@link #MATCHES}; returns the next parameter index. */
    private static int bindPattern(PreparedStatement ps, String text) throws SQLException {
        String pattern = "%"
                + text.strip()
                        .toLowerCase(java.util.Locale.ROOT)
                        .replace("!", "!!")
                        .replace("%", "!%")
                        .replace("_", "!_")
                + "%";
        int n = SEARCHED.length + 1;
        for (int i = 1; i <= n; i++) {
            ps.setString(i, pattern);
        }
        return n + 1;
    }

    public List<Row> ofSource(Connection c, String source) throws SQLException {
        return query(c, "SELECT " + ARTICLE_COLUMNS + " FROM articles WHERE source = ? ORDER BY span_start", source);
    }

    public int count(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM articles")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static List<Row> query(Connection c, String sql, String... params) throws SQLException {
        List<Row> rows = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setString(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(row(rs));
                }
            }
        }
        return rows;
    }

    /** The row at {@code rs}'s cursor, its columns in the order of {@link #ARTICLE_COLUMNS}. */
    private static Row row(ResultSet rs) throws SQLException {
        Date published = rs.getDate(9);
        return new Row(
                new Article(
                        rs.getString(1),
                        rs.getString(2),
                        new TextSpan(rs.getInt(3), rs.getInt(4)),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getString(7),
                        rs.getString(8),
                        published == null ? null : published.toLocalDate(),
                        rs.getString(10),
                        rs.getString(11)),
                rs.getTimestamp(12).toInstant());
    }

    public void replaceMentions(Connection c, String articleId, List<ResolvedMention> mentions) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM mentions WHERE article_id = ?")) {
            ps.setString(1, articleId);
            ps.executeUpdate();
        }
        insertMentions(c, Map.of(articleId, mentions));
    }

    /** Inserts the mentions of articles that have none stored, all in one batch (keyed by article id). */
    public void insertMentions(Connection c, Map<String, List<ResolvedMention>> byArticle) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO mentions (article_id, span_start, span_end,"
                + " surface, kind, geonameid, confidence, place, candidates) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            int rows = 0;
            for (Map.Entry<String, List<ResolvedMention>> e : byArticle.entrySet()) {
                String articleId = e.getKey();
                for (ResolvedMention m : e.getValue()) {
                    rows++;
                    ps.setString(1, articleId);
                    ps.setInt(2, m.mention().span().start());
                    ps.setInt(3, m.mention().span().end());
                    ps.setString(4, cut(m.mention().text(), 500));
                    ps.setString(5, m.mention().kind().name());
                    if (m.place() == null) {
                        ps.setNull(6, Types.BIGINT);
                    } else {
                        ps.setLong(6, m.place().geonameId());
                    }
                    ps.setDouble(7, m.confidence());
                    ps.setString(8, m.place() == null ? null : PlaceJson.place(m.place()));
                    ps.setString(9, PlaceJson.candidates(m.candidates() == null ? List.of() : m.candidates()));
                    ps.addBatch();
                }
            }
            if (rows > 0) {
                ps.executeBatch();
            }
        }
    }

    public List<ResolvedMention> mentions(Connection c, String articleId) throws SQLException {
        List<ResolvedMention> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT span_start, span_end, surface, kind, confidence, place,"
                + " candidates FROM mentions WHERE article_id = ? ORDER BY span_start, id")) {
            ps.setString(1, articleId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String place = rs.getString(6);
                    out.add(new ResolvedMention(
                            new PlaceMention(
                                    rs.getString(3),
                                    new TextSpan(rs.getInt(1), rs.getInt(2)),
                                    MentionKind.valueOf(rs.getString(4))),
                            place == null ? null : JSON.readValue(place, Place.class),
                            rs.getDouble(5),
                            List.copyOf(
                                    JSON.readValue(rs.getString(7), new TypeReference<List<PlaceCandidate>>() {}))));
                }
            }
        } catch (JsonProcessingException e) {
            throw new SQLException("bad mention JSON for article " + articleId, e);
        }
        return out;
    }

    /**
     * Brings the places stored with mentions (the chosen one and the ranked candidates) up to date with the
     * gazetteer: each place {@code current} still knows by its id becomes that entry. Returns the mentions changed.
     */
    public int refreshMentionPlaces(Connection c, LongFunction<Optional<Place>> current) throws SQLException {
        Map<Long, String[]> changed = new LinkedHashMap<>();
        try (PreparedStatement ps =
                        c.prepareStatement("SELECT id, place, candidates FROM mentions WHERE place IS NOT NULL");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                Place place = JSON.readValue(rs.getString(2), Place.class);
                List<PlaceCandidate> candidates =
                        JSON.readValue(rs.getString(3), new TypeReference<List<PlaceCandidate>>() {});
                Place now = current.apply(place.geonameId()).orElse(place);
                List<PlaceCandidate> nowCandidates = candidates.stream()
                        .map(k -> new PlaceCandidate(
                                current.apply(k.place().geonameId()).orElse(k.place()), k.score()))
                        .toList();
                if (!now.equals(place) || !nowCandidates.equals(candidates)) {
                    changed.put(
                            rs.getLong(1), new String[] {PlaceJson.place(now), PlaceJson.candidates(nowCandidates)});
                }
            }
        } catch (JsonProcessingException e) {
            throw new SQLException("bad mention JSON: " + e.getMessage(), e);
        }
        try (PreparedStatement ps = c.prepareStatement("UPDATE mentions SET place = ?, candidates = ? WHERE id = ?")) {
            for (Map.Entry<Long, String[]> e : changed.entrySet()) {
                ps.setString(1, e.getValue()[0]);
                ps.setString(2, e.getValue()[1]);
                ps.setLong(3, e.getKey());
                ps.addBatch();
            }
            ps.executeBatch();
        }
        return changed.size();
    }

    public long addCorrection(Connection c, Correction k) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO corrections (article_id, scope, surface, span_start, span_end, geonameid, created_at,"
                        + " undone) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                new String[] {"id"})) {
            ps.setString(1, k.articleId());
            ps.setString(2, k.scope().name());
            ps.setString(3, cut(k.surface(), 500));
            ps.setInt(4, k.span().start());
            ps.setInt(5, k.span().end());
            ps.setLong(6, k.geonameId());
            ps.setTimestamp(7, Timestamp.from(k.createdAt()));
            ps.setBoolean(8, k.undone());
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    public boolean markUndone(Connection c, long correctionId) throws SQLException {
        try (PreparedStatement ps =
                c.prepareStatement("UPDATE corrections SET undone = TRUE WHERE id = ? AND undone = FALSE")) {
            ps.setLong(1, correctionId);
            return ps.executeUpdate() > 0;
        }
    }

    public Optional<Correction> correction(Connection c, long id) throws SQLException {
        return corrections(c, "SELECT * FROM corrections WHERE id = ?", id).stream()
                .findFirst();
    }

    /**
     * The corrections that apply to an article, oldest first: its own, and DOCUMENT-scoped ones made on any article
     * of the same source.
     */
    public List<Correction> correctionsFor(Connection c, Article a, boolean withUndone) throws SQLException {
        return corrections(
                c,
                "SELECT k.* FROM corrections k JOIN articles a ON a.id = k.article_id WHERE"
                        + " (k.article_id = ? OR (k.scope = 'DOCUMENT' AND a.source = ?))"
                        + (withUndone ? "" : " AND k.undone = FALSE")
                        + " ORDER BY k.created_at, k.id",
                a.id(),
                a.source());
    }

    private static List<Correction> corrections(Connection c, String sql, Object... params) throws SQLException {
        List<Correction> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Correction(
                            rs.getLong("id"),
                            rs.getString("article_id"),
                            Correction.Scope.valueOf(rs.getString("scope")),
                            rs.getString("surface"),
                            new TextSpan(rs.getInt("span_start"), rs.getInt("span_end")),
                            rs.getLong("geonameid"),
                            rs.getTimestamp("created_at").toInstant(),
                            rs.getBoolean("undone")));
                }
            }
        }
        return out;
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
