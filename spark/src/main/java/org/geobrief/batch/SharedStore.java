package org.geobrief.batch;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.geobrief.events.EventCatalog;
import org.geobrief.ingest.Article;
import org.geobrief.ingest.ArticleAnalyser;
import org.geobrief.ingest.internal.ArticleStore;
import org.geobrief.ingest.internal.IngestStorage;

/**
 * The shared database as the batch job writes it: through the import's own storage ({@link IngestStorage}). A task
 * keeps one connection for its partition ({@link #writer()}) and stores its articles {@value #BATCH} at a time, each
 * batch one transaction with the articles' and mentions' rows inserted in batches, so an article, its mentions and its
 * events are stored together or not at all. An article whose id is stored already is skipped (re-running the job on
 * the same input stores nothing twice; a retried task stores only what its failed attempt did not commit). On
 * PostgreSQL the executors take turns per batch (a transaction-scoped advisory lock), so that reports of one event from
 * two executors merge into one row as they do in the web import, and never race on its id.
 */
final class SharedStore {

    /** Articles per transaction: few round trips and lock turns, and a short transaction still. */
    static final int BATCH = 64;

    private static final Map<String, SharedStore> OPEN = new ConcurrentHashMap<>();
    /** The advisory lock key of GeoBrief's writers ("GB" in ASCII, 0x4742). */
    private static final long WRITERS_LOCK = 0x4742;

    /** Connections this JVM opened to job databases (BatchGeoparseTest: one per task, not one per article). */
    private static final AtomicInteger CONNECTIONS = new AtomicInteger();

    private final DataSource dataSource;
    private final IngestStorage storage;
    private final boolean postgres;
    /**
     * On an embedded H2 file, a connection held for the JVM's life: without it the database closes whenever no task
     * has it open and reopens for the next one (see {@link IngestStorage#keepOpen}). Null on a server database.
     */
    @SuppressWarnings("unused")
    private final Connection keepOpen;

    private SharedStore(DataSource ds) {
        this.dataSource = ds;
        this.storage = new IngestStorage(ds, new EventCatalog(ds, ArticleStore::named));
        this.postgres = isPostgres(ds);
        this.keepOpen = postgres ? null : storage.keepOpen();
    }

    /** The executor's one store for the job's database (its tables migrated by the driver beforehand). */
    static SharedStore of(BatchOptions o) {
        return OPEN.computeIfAbsent(o.jdbcUrl(), url -> new SharedStore(dataSource(o)));
    }

    /** Brings the database to the current schema (the web app's migrations; PostGIS's on PostgreSQL). */
    static void migrate(BatchOptions o) {
        IngestStorage.migrate(dataSource(o), null);
    }

    static int connectionsOpened() {
        return CONNECTIONS.get();
    }

    /** A task's writer: one connection for the whole partition; close it to store the last batch. */
    Writer writer() {
        try {
            return new Writer(dataSource.getConnection());
        } catch (SQLException e) {
            throw new IllegalStateException("cannot open the database: " + e.getMessage(), e);
        }
    }

    /** Stores a partition's articles over one connection, {@value #BATCH} per transaction. */
    final class Writer implements AutoCloseable {

        private final Connection connection;
        private final List<IngestStorage.Analysed> pending = new ArrayList<>();
        private int stored;

        private Writer(Connection connection) {
            this.connection = connection;
        }

        void add(Article a, ArticleAnalyser.Analysis analysis) {
            pending.add(new IngestStorage.Analysed(a, analysis));
            if (pending.size() >= BATCH) {
                flush();
            }
        }

        /** Articles stored by this writer so far (those stored before, by any writer, not counted). */
        int stored() {
            return stored;
        }

        private void flush() {
            if (pending.isEmpty()) {
                return;
            }
            Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
            stored += storage.write(connection, c -> {
                        if (postgres) {
                            try (Statement s = c.createStatement()) {
                                s.execute("SELECT pg_advisory_xact_lock(" + WRITERS_LOCK + ")");
                            }
                        }
                        return storage.storeNew(c, pending, now);
                    })
                    .size();
            pending.clear();
        }

        @Override
        public void close() {
            try {
                flush();
            } finally {
                try {
                    connection.close();
                } catch (SQLException e) {
                    // the batches are committed; nothing is lost by a failed close
                }
            }
        }
    }

    private static boolean isPostgres(DataSource ds) {
        try (Connection c = ds.getConnection()) {
            return "PostgreSQL".equals(c.getMetaData().getDatabaseProductName());
        } catch (SQLException e) {
            throw new IllegalStateException("cannot open the database: " + e.getMessage(), e);
        }
    }

    /**
     * The job's JDBC URL as the executors open it: an embedded H2 file is never compacted on close
     * ({@code MAX_COMPACT_TIME=0}, as the web app's and the command line's URLs say): H2 2.3.232's compaction on close
     * can lose recent commits (h2database issue 4247), and a batch job's database closes between tasks.
     */
    static String url(String jdbcUrl) {
        boolean h2File = jdbcUrl.startsWith("jdbc:h2:")
                && !jdbcUrl.startsWith("jdbc:h2:mem:")
                && !jdbcUrl.startsWith("jdbc:h2:tcp:")
                && !jdbcUrl.startsWith("jdbc:h2:ssl:");
        if (!h2File || jdbcUrl.toUpperCase(java.util.Locale.ROOT).contains("MAX_COMPACT_TIME=")) {
            return jdbcUrl;
        }
        return jdbcUrl + ";MAX_COMPACT_TIME=0";
    }

    /** A new connection per call, from {@link DriverManager}: one per writer, i.e. per task. */
    static DataSource dataSource(BatchOptions o) {
        String url = url(o.jdbcUrl());
        return new DataSource() {
            @Override
            public Connection getConnection() throws SQLException {
                CONNECTIONS.incrementAndGet();
                return DriverManager.getConnection(url, o.user(), o.password());
            }

            @Override
            public Connection getConnection(String user, String password) throws SQLException {
                return DriverManager.getConnection(url, user, password);
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
