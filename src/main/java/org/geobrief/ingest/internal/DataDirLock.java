package org.geobrief.ingest.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.Map;
import org.geobrief.ingest.DataDirInUseException;

/**
 * The lock that makes one GeoBrief process at a time the owner of a data directory: the web app holds it from start to
 * stop, a command-line run from its first to its last statement. H2 locks its file only while the database is open, and
 * the command line used to open and close it per transaction, so another process could open it in between; this lock
 * ({@code DIR/geobrief.lock}, an OS file lock with the owner's pid inside) leaves no such gap and names the owner.
 *
 * <p>Within one JVM the lock is shared (counted), so that tests and the web app's own command-line calls do not lock
 * themselves out. The directory is made private (0700) and the database files owner-only (0600).
 */
public final class DataDirLock implements AutoCloseable {

    private static final Map<Path, Held> HELD = new HashMap<>();

    private record Held(FileChannel channel, FileLock lock, int[] count) {}

    private final Path dir;
    private boolean closed;

    private DataDirLock(Path dir) {
        this.dir = dir;
    }

    /** Locks {@code dataDir} (created, 0700, if missing) or throws {@link DataDirInUseException} naming the owner's pid. */
    public static DataDirLock acquire(Path dataDir) {
        Path dir = dataDir.toAbsolutePath().normalize();
        synchronized (HELD) {
            Held held = HELD.get(dir);
            if (held != null) {
                held.count()[0]++;
                return new DataDirLock(dir);
            }
            try {
                createPrivate(dir);
                Path file = dir.resolve("geobrief.lock");
                FileChannel channel = FileChannel.open(
                        file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
                restrict(file);
                FileLock lock = channel.tryLock();
                if (lock == null) {
                    String owner = owner(channel);
                    channel.close();
                    throw new DataDirInUseException("The database in " + dataDir + " is in use by another GeoBrief"
                            + (owner.isEmpty() ? "" : " (pid " + owner + ")") + "; stop it or use --data-dir.");
                }
                channel.truncate(0);
                channel.write(
                        ByteBuffer.wrap((ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.US_ASCII)), 0);
                channel.force(false);
                HELD.put(dir, new Held(channel, lock, new int[] {1}));
                return new DataDirLock(dir);
            } catch (IOException e) {
                throw new IllegalStateException("cannot lock the data directory " + dataDir + ": " + e.getMessage(), e);
            }
        }
    }

    private static String owner(FileChannel channel) throws IOException {
        ByteBuffer buf = ByteBuffer.allocate(32);
        channel.read(buf, 0);
        return new String(buf.array(), 0, buf.position(), StandardCharsets.US_ASCII).strip();
    }

    /** Creates {@code dir} readable by its owner only; an existing one is made so too. */
    static void createPrivate(Path dir) throws IOException {
        Files.createDirectories(dir);
        try {
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
        } catch (UnsupportedOperationException notPosix) {
            // Windows: the user's profile directory is private already
        }
    }

    /** Makes {@code file} readable and writable by its owner only. */
    public static void restrict(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            // Windows
        }
    }

    /** Makes the database files in the directory owner-only (H2 creates them with the process umask, often 0644). */
    public void restrictFiles() {
        try (var files = Files.list(dir)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                if (f.getFileName().toString().startsWith("geobrief") && Files.isRegularFile(f)) {
                    restrict(f);
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot restrict the files in " + dir + ": " + e.getMessage(), e);
        }
    }

    public Path dir() {
        return dir;
    }

    @Override
    public void close() {
        synchronized (HELD) {
            if (closed) {
                return;
            }
            closed = true;
            Held held = HELD.get(dir);
            if (held != null && --held.count()[0] == 0) {
                HELD.remove(dir);
                try {
                    held.lock().release();
                    held.channel().close();
                } catch (IOException e) {
                    // the OS releases the lock when the process ends anyway
                }
            }
        }
    }
}
