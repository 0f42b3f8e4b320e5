package org.geobrief.ingest.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.geobrief.ingest.DataDirInUseException;
import org.h2.jdbcx.JdbcDataSource;

/**
 * The embedded H2 database of a data directory for one command-line run: the directory locked ({@link DataDirLock}),
 * the database opened once and held open by one connection until {@link #close()}, which shuts it down in order.
 * Before, the command line opened and closed the database per transaction: every close ran H2 2.3.232's compaction on
 * close, which can leave the file pointing at an older chunk (H2 issue #4247, "data disappears between closing and
 * reopening", fixed in 2.4.240) — the likely cause of a data directory that reopened 17 minutes old. The URL therefore
 * also turns that compaction off ({@code MAX_COMPACT_TIME=0}; the web app's URL does the same).
 */
public final class EmbeddedDatabase implements AutoCloseable {

    private final DataDirLock lock;
    private final JdbcDataSource dataSource;
    private final Connection held;

    private EmbeddedDatabase(DataDirLock lock, JdbcDataSource dataSource, Connection held) {
        this.lock = lock;
        this.dataSource = dataSource;
        this.held = held;
    }

    /**
     * Locks {@code dataDir}, opens (or creates) its database and migrates it.
     *
     * @throws DataDirInUseException when another GeoBrief process uses the directory
     */
    public static EmbeddedDatabase open(Path dataDir) {
        return open(dataDir, true);
    }

    /** As {@link #open(Path)}; with {@code create} false a missing database is an error, not a new empty one. */
    public static EmbeddedDatabase open(Path dataDir, boolean create) {
        DataDirLock lock = DataDirLock.acquire(dataDir);
        try {
            if (!create && !Files.exists(dataDir.resolve("geobrief.mv.db"))) {
                throw new IllegalStateException(
                        "no stored articles in " + dataDir + "; import some first (import FILE...) or name FILEs");
            }
            JdbcDataSource ds = new JdbcDataSource();
            ds.setURL(IngestStorage.h2Url(dataDir));
            ds.setUser("sa");
            ds.setPassword("");
            Connection held = ds.getConnection();
            try {
                Flyway.configure().dataSource(ds).load().migrate();
            } catch (RuntimeException e) {
                held.close();
                throw e;
            }
            lock.restrictFiles();
            return new EmbeddedDatabase(lock, ds, held);
        } catch (SQLException e) {
            lock.close();
            throw new IllegalStateException("cannot open the database in " + dataDir + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    public DataSource dataSource() {
        return dataSource;
    }

    public Path dataDir() {
        return lock.dir();
    }

    /**
     * Writes a consistent copy of the open database to {@code zip} (H2's online {@code BACKUP TO}), or, for a name
     * ending in {@code .sql}, a SQL script of the schema and rows ({@code SCRIPT TO}) that any H2 2.x can run. The file
     * is owner-only.
     */
    public void backup(Path target) throws SQLException, IOException {
        Path out = target.toAbsolutePath();
        Path tmp = out.resolveSibling("." + out.getFileName() + ".part");
        Files.deleteIfExists(tmp);
        try (Statement s = held.createStatement()) {
            String sql = isScript(out) ? "SCRIPT TO '" : "BACKUP TO '";
            s.execute(sql + tmp.toString().replace("'", "''") + "'");
        }
        DataDirLock.restrict(tmp);
        Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /**
     * Replaces the database of {@code dataDir} with the backup {@code from} ({@link #backup}'s zip or SQL script). The
     * directory must not be in use; the database it held is kept beside it as {@code geobrief.mv.db.before-restore-…}.
     * Returns the number of articles restored.
     */
    public static int restore(Path dataDir, Path from) throws SQLException, IOException {
        if (!Files.isRegularFile(from)) {
            throw new IllegalStateException("no such backup file: " + from);
        }
        try (DataDirLock lock = DataDirLock.acquire(dataDir)) {
            Path db = lock.dir().resolve("geobrief.mv.db");
            Path aside = null;
            if (Files.exists(db)) {
                aside = db.resolveSibling("geobrief.mv.db.before-restore-"
                        + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
                Files.move(db, aside);
            }
            try {
                if (isScript(from)) {
                    try (Connection c = connect(lock.dir());
                            Statement s = c.createStatement()) {
                        s.execute("RUNSCRIPT FROM '"
                                + from.toAbsolutePath().toString().replace("'", "''") + "'");
                    }
                } else {
                    org.h2.tools.Restore.execute(
                            from.toAbsolutePath().toString(), lock.dir().toString(), "geobrief");
                }
                try (EmbeddedDatabase restored = open(lock.dir(), false)) {
                    try (Connection c = restored.dataSource().getConnection();
                            Statement s = c.createStatement();
                            var rs = s.executeQuery("SELECT COUNT(*) FROM articles")) {
                        rs.next();
                        return rs.getInt(1);
                    }
                }
            } catch (SQLException | RuntimeException e) {
                Files.deleteIfExists(db);
                if (aside != null) {
                    Files.move(aside, db);
                }
                throw e;
            }
        }
    }

    private static Connection connect(Path dir) throws SQLException {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL(IngestStorage.h2Url(dir));
        ds.setUser("sa");
        ds.setPassword("");
        return ds.getConnection();
    }

    private static boolean isScript(Path file) {
        return file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".sql");
    }

    /** Shuts the database down (H2 {@code SHUTDOWN}: everything committed written, the file closed) and unlocks. */
    @Override
    public void close() {
        try (Statement s = held.createStatement()) {
            s.execute("SHUTDOWN");
        } catch (SQLException e) {
            // already closed
        } finally {
            try {
                held.close();
            } catch (SQLException e) {
                // closed by the shutdown
            }
            lock.restrictFiles();
            lock.close();
        }
    }
}
