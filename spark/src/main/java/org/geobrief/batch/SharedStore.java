package org.geobrief.batch;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.geobrief.events.EventCatalog;
import org.geobrief.ingest.Article;
import org.geobrief.ingest.ArticleAnalyser;
import org.geobrief.ingest.internal.ArticleStore;
import org.geobrief.ingest.internal.IngestStorage;

/**
 * The shared database as the batch job writes it: through the import's own storage ({@link IngestStorage}), one
 * transaction per article, so an article, its mentions and its events are stored together or not at all, and an
 * article whose id is stored already is skipped (re-running the job on the same input stores nothing twice). On
 * PostgreSQL the executors take turns (a transaction-scoped advisory lock), so that reports of one event from two
 * executors merge into one row as they do in the web import, and never race on its id.
 */
final class SharedStore {

    private static final Map<String, SharedStore> OPEN = new ConcurrentHashMap<>();
    /** The advisory lock key of GeoBrief's writers ("GB" in ASCII, 0x4742). */
    private static final long WRITERS_LOCK = 0x4742;

    private final IngestStorage storage;
    private final boolean postgres;

    private SharedStore(DataSource ds) {
        this.storage = new IngestStorage(ds, new EventCatalog(ds, ArticleStore::named));
        this.postgres = isPostgres(ds);
    }

    /** The executor's one store for the job's database (its tables migrated by the driver beforehand). */
    static SharedStore of(BatchOptions o) {
        return OPEN.computeIfAbsent(o.jdbcUrl(), url -> new SharedStore(dataSource(o)));
    }

    /** Brings the database to the current schema (the web app's migrations; PostGIS's on PostgreSQL). */
    static void migrate(BatchOptions o) {
        IngestStorage.migrate(dataSource(o), null);
    }

    /** Returns whether the article was stored (false: its id was stored already). */
    boolean store(Article a, ArticleAnalyser.Analysis analysis) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        return storage.write(c -> {
            if (postgres) {
                try (Statement s = c.createStatement()) {
                    s.execute("SELECT pg_advisory_xact_lock(" + WRITERS_LOCK + ")");
                }
            }
            if (storage.articles().exists(c, a.id())) {
                return false;
            }
            storage.articles().insert(c, a, now);
            storage.store(c, a, analysis);
            return true;
        });
    }

    private static boolean isPostgres(DataSource ds) {
        try (Connection c = ds.getConnection()) {
            return "PostgreSQL".equals(c.getMetaData().getDatabaseProductName());
        } catch (SQLException e) {
            throw new IllegalStateException("cannot open the database: " + e.getMessage(), e);
        }
    }

    /** A connection per use, from {@link DriverManager}: a task stores a partition's articles one at a time. */
    static DataSource dataSource(BatchOptions o) {
        return new DataSource() {
            @Override
            public Connection getConnection() throws SQLException {
                return DriverManager.getConnection(o.jdbcUrl(), o.user(), o.password());
            }

            @Override
            public Connection getConnection(String user, String password) throws SQLException {
                return DriverManager.getConnection(o.jdbcUrl(), user, password);
            }

            @Override
            public PrintWriter getLogWriter() {
                return null;
            }

            @Override
            public void setLogWriter(PrintWriter out) {}

            @Override
            public void setLoginTimeout(int seconds) {}

            @Override
            public int getLoginTimeout() {
                return 0;
            }

            @Override
            public Logger getParentLogger() throws SQLFeatureNotSupportedException {
                throw new SQLFeatureNotSupportedException();
            }

            @Override
            public <T> T unwrap(Class<T> iface) throws SQLException {
                throw new SQLException("not a wrapper");
            }

            @Override
            public boolean isWrapperFor(Class<?> iface) {
                return false;
            }
        };
    }
}
