package org.geobrief.ingest;

import java.nio.file.Path;
import java.time.Duration;
import javax.sql.DataSource;
import org.geobrief.events.EventCatalog;
import org.geobrief.ingest.internal.ArticleStore;
import org.geobrief.ingest.internal.IngestStorage;
import org.h2.jdbcx.JdbcDataSource;

/**
 * The stored articles and events without Spring: the command line and batch jobs open the web app's database
 * through this and get the same facades the app uses ({@link ArticleImport}, {@link ArticleLibrary},
 * {@link EventCatalog}).
 */
public final class ArticleDatabase {

    private final IngestStorage storage;

    private ArticleDatabase(DataSource dataSource) {
        this.storage = new IngestStorage(dataSource, new EventCatalog(dataSource, ArticleStore::named));
    }

    /** The embedded database in {@code dataDir} (created and migrated when needed), as the web app keeps it. */
    public static ArticleDatabase openH2(Path dataDir) {
        return new ArticleDatabase(IngestStorage.openH2(dataDir));
    }

    /**
     * A database at a JDBC URL that must exist already, as it is (no migration): for reading. An H2 file that does not
     * exist fails on the first query.
     */
    public static ArticleDatabase existing(String jdbcUrl) {
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

    /** The JDBC URL of the embedded database in {@code dataDir}; it is never created by a read. */
    public static String h2Url(Path dataDir) {
        return IngestStorage.h2Url(dataDir) + ";IFEXISTS=TRUE";
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
