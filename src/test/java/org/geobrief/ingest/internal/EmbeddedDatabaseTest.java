package org.geobrief.ingest.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import org.geobrief.ingest.DataDirInUseException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedDatabaseTest {

    @TempDir
    Path tmp;

    @Test
    void a_data_dir_held_by_another_process_is_refused_naming_its_pid() throws Exception {
        Path dir = tmp.resolve("data");
        Process other = holdLock(dir);
        try {
            assertThatThrownBy(() -> EmbeddedDatabase.open(dir))
                    .isInstanceOf(DataDirInUseException.class)
                    .hasMessage("The database in " + dir + " is in use by another GeoBrief (pid " + other.pid()
                            + "); stop it or use --data-dir.");
        } finally {
            other.destroyForcibly().waitFor();
        }
        try (EmbeddedDatabase db = EmbeddedDatabase.open(dir)) { // free again once the owner is gone
            assertThat(count(db)).isZero();
        }
    }

    @Test
    void the_data_dir_is_private_and_the_database_owner_only() throws Exception {
        Path dir = tmp.resolve("data");
        try (EmbeddedDatabase db = EmbeddedDatabase.open(dir)) {
            assertThat(count(db)).isZero();
        }
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir)))
                .isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("geobrief.mv.db"))))
                .isEqualTo("rw-------");
    }

    @Test
    void a_backup_restores_the_articles_it_held_and_keeps_the_replaced_database() throws Exception {
        Path dir = tmp.resolve("data");
        try (EmbeddedDatabase db = EmbeddedDatabase.open(dir)) {
            insert(db, "kept");
            db.backup(tmp.resolve("backup.zip"));
            db.backup(tmp.resolve("backup.sql"));
            insert(db, "after the backup");
        }
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(tmp.resolve("backup.zip"))))
                .isEqualTo("rw-------");

        assertThat(EmbeddedDatabase.restore(dir, tmp.resolve("backup.zip"))).isEqualTo(1);
        try (var files = Files.list(dir)) {
            assertThat(files.map(f -> f.getFileName().toString()))
                    .anyMatch(n -> n.startsWith("geobrief.mv.db.before-restore-"));
        }
        Path other = tmp.resolve("from-script");
        assertThat(EmbeddedDatabase.restore(other, tmp.resolve("backup.sql"))).isEqualTo(1);
    }

    @Test
    void restore_refuses_while_the_data_dir_is_in_use() throws Exception {
        Path dir = tmp.resolve("data");
        try (EmbeddedDatabase db = EmbeddedDatabase.open(dir)) {
            db.backup(tmp.resolve("b.zip"));
        }
        Process other = holdLock(dir);
        try {
            assertThatThrownBy(() -> EmbeddedDatabase.restore(dir, tmp.resolve("b.zip")))
                    .isInstanceOf(DataDirInUseException.class);
        } finally {
            other.destroyForcibly().waitFor();
        }
    }

    /** A child JVM that takes the data dir's lock and waits. */
    private static Process holdLock(Path dir) throws Exception {
        Process p = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        LockHolder.class.getName(),
                        dir.toString())
                .redirectErrorStream(true)
                .start();
        String line = new String(p.getInputStream().readNBytes(7));
        assertThat(line).isEqualTo("LOCKED\n");
        assertThat(p.isAlive()).isTrue();
        return p;
    }

    static final class LockHolder {
        public static void main(String[] args) throws Exception {
            DataDirLock.acquire(Path.of(args[0]));
            System.out.print("LOCKED\n");
            System.out.flush();
            TimeUnit.MINUTES.sleep(5);
        }
    }

    private static void insert(EmbeddedDatabase db, String title) throws Exception {
        try (Connection c = db.dataSource().getConnection();
                Statement s = c.createStatement()) {
            s.execute("INSERT INTO articles (id, source, span_start, span_end, title, language, body, imported_at)"
                    + " VALUES ('" + title.hashCode() + "', 'x.txt', 0, 1, '" + title
                    + "', 'en', 'x', CURRENT_TIMESTAMP)");
        }
    }

    private static int count(EmbeddedDatabase db) throws Exception {
        try (Connection c = db.dataSource().getConnection();
                Statement s = c.createStatement();
                var rs = s.executeQuery("SELECT COUNT(*) FROM articles")) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
