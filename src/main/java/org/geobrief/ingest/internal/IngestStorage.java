package org.geobrief.ingest.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongFunction;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.geobrief.base.TextSpan;
import org.geobrief.events.EventCatalog;
import org.geobrief.gazetteer.Place;
import org.geobrief.geoparse.HomeRegions;
import org.geobrief.ingest.Article;
import org.geobrief.ingest.ArticleAnalyser;
import org.geobrief.ingest.Correction;
import org.geobrief.ingest.MentionOverrides;
import org.h2.jdbcx.JdbcDataSource;

/**
 * The import's database: its tables, the one-writer lock and transactions, and the analysis of an article stored
 * with its mentions and events. Writes are serialised by a lock so that two imports never race on the same article.
 */
public final class IngestStorage {

    /** Work inside one transaction. */
    public interface Work<T> {
        T run(Connection transaction) throws Exception;
    }

    private final DataSource dataSource;
    private final ArticleStore articles = new ArticleStore();
    private final EventCatalog events;
    private final ReentrantLock writeLock = new ReentrantLock();

    public IngestStorage(DataSource dataSource, EventCatalog events) {
        this.dataSource = dataSource;
        this.events = events;
    }

    /**
     * The embedded database file {@code DIR/geobrief.mv.db}. The same URL as {@code spring.datasource.url} in
     * application.properties. H2's default write delay is kept on purpose: with {@code WRITE_DELAY=0}, a kill right
     * after a commit left a row that a table scan saw and its primary-key index did not (H2 2.3.232, CrashSafetyTest).
     * No compaction on close ({@code MAX_COMPACT_TIME=0}): H2 2.3.232's compaction on close can lose recent commits
     * (h2database issue 4247, fixed in 2.4.240), the likely cause of a data folder that reopened 17 minutes old (see
     * {@link EmbeddedDatabase}). Each session keeps its last 64 parsed statements ({@code QUERY_CACHE_SIZE}, H2's
     * default 8): an import runs more than 8 statements per article, which evicted one another and were parsed again for
     * every article (11 % of an import's CPU, issue 18).
     */
    public static String h2Url(Path dataDir) {
        return "jdbc:h2:file:" + dataDir.toAbsolutePath().resolve("geobrief")
                + ";MAX_COMPACT_TIME=0;QUERY_CACHE_SIZE=64";
    }

    /** A migrated H2 database under {@code dataDir}, for the command line (the web app lets Spring Boot do this). */
    public static DataSource openH2(Path dataDir) {
        try {
            Files.createDirectories(dataDir);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("cannot create data directory " + dataDir + ": " + e.getMessage(), e);
        }
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL(h2Url(dataDir));
        ds.setUser("sa");
        ds.setPassword("");
        migrate(ds, null);
        return ds;
    }

    /** Flyway's location of the portable migrations (H2 and PostgreSQL). */
    public static final String MIGRATIONS = "classpath:db/migration";
    /** Flyway's location of the PostgreSQL-only migrations (PostGIS, V70). */
    public static final String POSTGIS_MIGRATIONS = "classpath:db/postgis";

    /**
     * Brings the database behind {@code ds} to the current schema, as the web app's Flyway does with the same
     * locations (application.properties, application-postgres.properties): on PostgreSQL the PostGIS migrations too.
     *
     * @param schema the schema to migrate (created when missing); null for the connection's default
     */
    public static void migrate(DataSource ds, String schema) {
        boolean postgres;
        try (Connection c = ds.getConnection()) {
            postgres = "PostgreSQL".equals(c.getMetaData().getDatabaseProductName());
        } catch (SQLException e) {
            throw new IllegalStateException("cannot open the database: " + e.getMessage(), e);
        }
        var flyway = Flyway.configure()
                .dataSource(ds)
                .locations(postgres ? new String[] {MIGRATIONS, POSTGIS_MIGRATIONS} : new String[] {MIGRATIONS});
        if (schema != null) {
            flyway.schemas(schema);
        }
        flyway.load().migrate();
    }

    public DataSource dataSource() {
        return dataSource;
    }

    public ArticleStore articles() {
        return articles;
    }

    public EventCatalog events() {
        return events;
    }

    /**
     * A connection that keeps an embedded database open while a caller makes many transactions (an import commits
     * each article); close it when done. Without it an H2 file database closes and reopens with every transaction, and
     * a kill during one of those closes left an article that a table scan saw and its primary-key index did not
     * (CrashSafetyTest). The caller may also run its own reads and writes on it ({@link #read(Connection, Work)},
     * {@link #writeUnsynced}), which saves opening a session, and parsing its statements again, per transaction.
     */
    public Connection keepOpen() {
        try {
            return dataSource.getConnection();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot open the database: " + e.getMessage(), e);
        }
    }

    /** Runs {@code work} as one transaction under the write lock: all of it is stored, or nothing. */
    public <T> T write(Work<T> work) {
        try (Connection c = dataSource.getConnection()) {
            return write(c, work);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot open the database: " + e.getMessage(), e);
        }
    }

    /**
     * Runs {@code work} as one transaction on the caller's open connection, under the write lock: for a writer that
     * keeps one connection for many transactions (the batch job's task). The connection stays open.
     */
    public <T> T write(Connection c, Work<T> work) {
        return write(c, work, true);
    }

    /**
     * Like {@link #write(Connection, Work)} but without forcing the commit to disk: for an import that commits many
     * articles and calls {@link #sync} once before it reports them stored. A kill before that loses only commits not
     * yet reported (H2 keeps each commit whole: CrashSafetyTest).
     */
    public <T> T writeUnsynced(Connection c, Work<T> work) {
        return write(c, work, false);
    }

    private <T> T write(Connection c, Work<T> work, boolean sync) {
        writeLock.lock();
        try {
            c.setAutoCommit(false);
            try {
                T result = work.run(c);
                c.commit();
                if (sync) {
                    durable(c);
                }
                return result;
            } catch (Throwable e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("database write failed: " + e.getMessage(), e);
        } finally {
            writeLock.unlock();
        }
    }

    /** Forces what was committed on {@code c} ({@link #writeUnsynced}) to disk. */
    public void sync(Connection c) {
        writeLock.lock();
        try {
            durable(c);
        } catch (SQLException e) {
            throw new IllegalStateException("database write failed: " + e.getMessage(), e);
        } finally {
            writeLock.unlock();
        }
    }

    /**
     * Writes the commit to disk before the caller reports it: H2 otherwise flushes within about a second, and a kill in
     * that second lost imports the command line had already reported as stored. PostgreSQL's commit is durable already.
     */
    private static void durable(Connection c) throws SQLException {
        if ("H2".equals(c.getMetaData().getDatabaseProductName())) {
            try (var s = c.createStatement()) {
                s.execute("CHECKPOINT SYNC");
            }
        }
    }

    /** What {@link #refreshPlaces} changed. */
    public record PlacesRefreshed(int events, int mentions) {}

    /**
     * Brings stored places up to date with the bundled gazetteer once per gazetteer version: when {@code version}
     * differs from the one recorded (or none is, as in a database filled by an older GeoBrief), every stored event
     * and mention whose place {@code current} knows by its id takes that entry's name, codes and point; then the
     * version is recorded. Returns empty when the version was already recorded.
     */
    public Optional<PlacesRefreshed> refreshPlaces(String version, LongFunction<Optional<Place>> current) {
        return write(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT state_value FROM app_state WHERE state_key = ?")) {
                ps.setString(1, GAZETTEER_VERSION);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next() && rs.getString(1).equals(version)) {
                        return Optional.empty();
                    }
                }
            }
            PlacesRefreshed done =
                    new PlacesRefreshed(events.refreshPlaces(c, current), articles.refreshMentionPlaces(c, current));
            try (PreparedStatement del = c.prepareStatement("DELETE FROM app_state WHERE state_key = ?");
                    PreparedStatement ins =
                            c.prepareStatement("INSERT INTO app_state (state_key, state_value) VALUES (?, ?)")) {
                del.setString(1, GAZETTEER_VERSION);
                del.executeUpdate();
                ins.setString(1, GAZETTEER_VERSION);
                ins.setString(2, version);
                ins.executeUpdate();
            }
            return Optional.of(done);
        });
    }

    private static final String GAZETTEER_VERSION = "gazetteer-version";

    /** Runs a read on the caller's open connection. */
    public <T> T read(Connection c, Work<T> work) {
        try {
            return work.run(c);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("database read failed: " + e.getMessage(), e);
        }
    }

    /** Runs a read on a connection of its own. */
    public <T> T read(Work<T> work) {
        try (Connection c = dataSource.getConnection()) {
            return work.run(c);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("database read failed: " + e.getMessage(), e);
        }
    }

    /** The overrides the article's active corrections make, later corrections winning over earlier ones. */
    public static MentionOverrides overrides(Article a, List<Correction> corrections) {
        Map<TextSpan, Long> bySpan = new HashMap<>();
        Map<String, Long> byName = new HashMap<>();
        for (Correction k : corrections) {
            if (k.undone()) {
                continue;
            }
            if (k.scope() == Correction.Scope.ARTICLE && k.articleId().equals(a.id())) {
                bySpan.put(k.span(), k.geonameId());
            } else if (k.scope() == Correction.Scope.DOCUMENT) {
                byName.put(MentionOverrides.normalise(k.surface()), k.geonameId());
            }
        }
        return new MentionOverrides(bySpan, byName);
    }

    /**
     * Analyses a stored article with its corrections and replaces its mentions and its reports of events, inside the
     * caller's transaction. Returns the analysis.
     */
    public ArticleAnalyser.Analysis analyseAndStore(Connection c, Article a, ArticleAnalyser analyser)
            throws SQLException {
        MentionOverrides overrides = overrides(a, articles.correctionsFor(c, a, false));
        ArticleAnalyser.Analysis analysis =
                analyser.analyse(a, overrides, homeRegions(c, a), org.geobrief.base.AnalysisProgress.NONE);
        store(c, a, analysis);
        return analysis;
    }

    /**
     * The home regions of the article's outlet, learned from the outlet's other stored articles (V86
     * {@code outlet_regions}): the prior every analysis of a stored or arriving article uses, so that the import, a
     * correction and a re-dating read the article alike.
     */
    public HomeRegions homeRegions(Connection c, Article a) throws SQLException {
        return OutletRegionCounts.prior(c, a.outletKey(), a.id());
    }

    /** An article with its analysis, to be stored. */
    public record Analysed(Article article, ArticleAnalyser.Analysis analysis) {}

    /**
     * Stores the articles whose ids are not stored yet, with their mentions and events, inside the caller's
     * transaction: the articles' and the mentions' rows each in one batched insert, the events one by one (each may
     * merge into a stored one). An article whose id is stored already, or that appears twice, is stored once. Returns
     * the ids stored.
     */
    public java.util.Set<String> storeNew(Connection c, List<Analysed> batch, java.time.Instant importedAt)
            throws SQLException {
        Map<String, Analysed> byId = new java.util.LinkedHashMap<>();
        for (Analysed a : batch) {
            byId.putIfAbsent(a.article().id(), a);
        }
        byId.keySet().removeAll(articles.existing(c, byId.keySet()));
        List<Article> fresh = byId.values().stream().map(Analysed::article).toList();
        articles.insertAll(c, fresh, importedAt);
        Map<String, List<org.geobrief.geoparse.ResolvedMention>> mentions = new java.util.LinkedHashMap<>();
        byId.forEach((id, a) -> mentions.put(id, a.analysis().mentions()));
        articles.insertMentions(c, mentions);
        for (Analysed a : byId.values()) {
            events.store(c, a.analysis().events());
            OutletRegionCounts.add(
                    c, a.article().id(), a.article().outletKey(), a.analysis().mentions());
        }
        return byId.keySet();
    }

    /**
     * Stores the analysis of an article inserted in this transaction: it has no mentions or reports to replace yet,
     * so its mentions and events are only inserted.
     */
    public void storeNewArticle(Connection c, Article a, ArticleAnalyser.Analysis analysis) throws SQLException {
        articles.insertMentions(c, Map.of(a.id(), analysis.mentions()));
        events.store(c, analysis.events());
        OutletRegionCounts.add(c, a.id(), a.outletKey(), analysis.mentions());
    }

    /** Replaces the stored mentions and reports of article {@code a} with {@code analysis}. */
    public void store(Connection c, Article a, ArticleAnalyser.Analysis analysis) throws SQLException {
        articles.replaceMentions(c, a.id(), analysis.mentions());
        events.forgetArticle(c, a.id());
        events.store(c, analysis.events());
        OutletRegionCounts.set(c, a.id(), a.outletKey(), analysis.mentions());
    }
}
