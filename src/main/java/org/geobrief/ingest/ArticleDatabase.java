package org.geobrief.ingest;

import java.nio.file.Path;
import java.time.Duration;
import javax.sql.DataSource;
import org.geobrief.events.EventCatalog;
import org.geobrief.ingest.internal.ArticleStore;
import org.geobrief.ingest.internal.EmbeddedDatabase;
import org.geobrief.ingest.internal.IngestStorage;
import org.h2.jdbcx.JdbcDataSource;

/**
 * The stored articles and events without Spring: the command line and batch jobs open the web app's database
 * through this and get the same facades the app uses ({@link ArticleImport}, {@link ArticleLibrary},
 * {@link EventCatalog}).
 */
public final class ArticleDatabase implements AutoCloseable {

    private final IngestStorage storage;
    private final EmbeddedDatabase embedded;

    private ArticleDatabase(DataSource dataSource) {
        this(dataSource, null);
    }

    private ArticleDatabase(DataSource dataSource, EmbeddedDatabase embedded) {
        this.storage = new IngestStorage(dataSource, new EventCatalog(dataSource, ArticleStore::named));
        this.embedded = embedded;
    }

    /**
     * The embedded database in {@code dataDir} (created and migrated when needed), as the web app keeps it: the
     * directory locked and the database open until {@link #close()}.
     *
     * @throws DataDirInUseException when another GeoBrief (the web app) uses the directory
     */
    public static ArticleDatabase openH2(Path dataDir) {
        EmbeddedDatabase db = EmbeddedDatabase.open(dataDir);
        return new ArticleDatabase(db.dataSource(), db);
    }

    /**
     * A database at a JDBC URL that must exist already, as it is (no migration): for reading. An H2 file that does not
     * exist fails on the first query.
     */
    public static ArticleDatabase existing(String jdbcUrl) {
        Path own = ownDataDir(jdbcUrl);
        if (own != null) { // a GeoBrief data directory: locked while it is read, so a running app is named
            EmbeddedDatabase db = EmbeddedDatabase.open(own, false);
            return new ArticleDatabase(db.dataSource(), db);
        }
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL(jdbcUrl);
        ds.setUser("sa");
        ds.setPassword("");
        return new ArticleDatabase(ds);
    }

    /** A migrated database on any data source (PostgreSQL, a test's H2). */
    public static ArticleDatabase of(DataSource dataSource) {
        return new ArticleDatabase(dataSource);
    }

    /** Brings the schema {@code schema} of {@code dataSource} up to date (all migrations; PostGIS's on PostgreSQL). */
    public static void migrate(DataSource dataSource, String schema) {
        IngestStorage.migrate(dataSource, schema);
    }

    /** The JDBC URL of the embedded database in {@code dataDir}; it is never created by a read. */
    public static String h2Url(Path dataDir) {
        return IngestStorage.h2Url(dataDir) + ";IFEXISTS=TRUE";
    }

    /** The data directory of an H2 file URL of a GeoBrief database ({@code …/DIR/geobrief;…}), else null. */
    private static Path ownDataDir(String jdbcUrl) {
        String prefix = "jdbc:h2:file:";
        if (!jdbcUrl.startsWith(prefix)) {
            return null;
        }
        int end = jdbcUrl.indexOf(';');
        Path file = Path.of(jdbcUrl.substring(prefix.length(), end < 0 ? jdbcUrl.length() : end));
        return file.getFileName().toString().equals("geobrief") && file.getParent() != null ? file.getParent() : null;
    }

    /** Shuts an embedded database down in order and unlocks its directory; nothing for other data sources. */
    @Override
    public void close() {
        if (embedded != null) {
            embedded.close();
        }
    }

    /**
     * Writes a consistent copy of the embedded database to {@code target} while it stays open: a {@code .zip} (H2's
     * {@code BACKUP}) or an {@code .sql} script (H2's {@code SCRIPT}).
     *
     * @throws IllegalStateException for a database that is not GeoBrief's embedded one (use pg_dump for PostgreSQL)
     */
    public void backup(Path target) throws java.sql.SQLException, java.io.IOException {
        if (embedded == null) {
            throw new IllegalStateException("backup copies the embedded database; for PostgreSQL use pg_dump");
        }
        embedded.backup(target);
    }

    /**
     * Replaces the embedded database in {@code dataDir} with a backup ({@code .zip} or {@code .sql}); returns how many
     * articles it holds.
     *
     * @throws DataDirInUseException when another GeoBrief uses the directory
     */
    public static int restore(Path dataDir, Path backup) throws java.sql.SQLException, java.io.IOException {
        return EmbeddedDatabase.restore(dataDir, backup);
    }

    public EventCatalog events() {
        return storage.events();
    }

    public ArticleLibrary library(ArticleAnalyser analyser) {
        return new ArticleLibrary(storage, analyser);
    }

    /** An importer with the reader's limits and a time limit per file's analysis; close it when done. */
    public ArticleImport importer(ArticleAnalyser analyser, ArticleReader reader, Duration analysisLimit) {
        return new ArticleImport(storage, analyser, reader, analysisLimit);
    }
}
