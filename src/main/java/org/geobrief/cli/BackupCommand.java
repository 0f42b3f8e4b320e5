package org.geobrief.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.geobrief.ingest.ArticleDatabase;
import org.geobrief.ingest.DataDirInUseException;

/**
 * {@code backup [--data-dir DIR] FILE.zip|FILE.sql} and {@code restore [--data-dir DIR] FILE.zip|FILE.sql}: a
 * consistent copy of the embedded database (H2 {@code BACKUP TO}, or {@code SCRIPT TO} for a portable SQL script) and
 * its way back ({@code RESTORE} / {@code RUNSCRIPT}). Both lock the data directory, so they refuse while the web app
 * runs on it; restore keeps the database it replaces beside it. For PostgreSQL use {@code pg_dump} and {@code psql}
 * (docs/storage.md).
 */
final class BackupCommand implements Cli.Command {

    private final boolean restore;

    BackupCommand(boolean restore) {
        this.restore = restore;
    }

    @Override
    public String summary() {
        return restore
                ? "[--data-dir DIR] FILE.zip|FILE.sql  replace the database with a backup (app stopped)"
                : "[--data-dir DIR] FILE.zip|FILE.sql  write a consistent backup of the database";
    }

    static Path defaultDataDir() {
        String env = System.getenv("GEOBRIEF_DATA_DIR");
        return Path.of(System.getProperty(
                "geobrief.data-dir",
                env != null && !env.isBlank() ? env : System.getProperty("user.home") + "/.geobrief"));
    }

    @Override
    public int run(String[] args, PrintStream out, PrintStream err) throws Exception {
        String name = restore ? "restore" : "backup";
        Path dataDir = defaultDataDir();
        Path file = null;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--data-dir") && i + 1 < args.length) {
                dataDir = Path.of(args[++i]);
            } else if (!args[i].startsWith("--") && file == null) {
                file = Path.of(args[i]);
            } else {
                err.println(name + ": unexpected argument " + args[i]);
                file = null;
                break;
            }
        }
        if (file == null) {
            err.println("Usage: " + name + " [--data-dir DIR] FILE.zip|FILE.sql");
            return 2;
        }
        try {
            if (restore) {
                int articles = ArticleDatabase.restore(dataDir, file);
                out.printf("restore: %s -> %s (%d articles)%n", file, dataDir, articles);
            } else {
                try (ArticleDatabase db = ArticleDatabase.existing(ArticleDatabase.h2Url(dataDir))) {
                    db.backup(file);
                }
                out.printf("backup: %s -> %s (%,d bytes)%n", dataDir, file, Files.size(file));
            }
            return 0;
        } catch (DataDirInUseException e) {
            err.println(name + ": " + e.getMessage());
            return 1;
        }
    }
}
