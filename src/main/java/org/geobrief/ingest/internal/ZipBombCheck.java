package org.geobrief.ingest.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.geobrief.ingest.ImportException;

/**
 * Refuses a zip container (.docx) whose entries inflate far beyond their size, before any parser unpacks it: Tika's
 * Word handler buffers a whole run of text before its write limit sees it, so a run of a gigabyte of spaces ran out of
 * memory. Streams every entry through a counting inflater, in constant memory, and stops at the first entry that
 * passes {@value #MAX_RATIO} times its compressed size beyond a grace of {@value #GRACE_BYTES} bytes (POI's own rule),
 * or when all entries together pass {@code maxInflated} bytes.
 */
final class ZipBombCheck {

    static final int MAX_RATIO = 100;
    static final long GRACE_BYTES = 1 << 20;

    private ZipBombCheck() {}

    static void check(String name, InputStream zipped, long zippedSize, long maxInflated) throws IOException {
        byte[] buffer = new byte[64 << 10];
        long total = 0;
        try (ZipInputStream zip = new ZipInputStream(zipped)) {
            ZipEntry e;
            while ((e = zip.getNextEntry()) != null) {
                long inflated = 0;
                long allowed = Math.max(GRACE_BYTES, MAX_RATIO * Math.max(e.getCompressedSize(), 0));
                if (e.getCompressedSize() < 0) {
                    allowed = Math.max(GRACE_BYTES, MAX_RATIO * zippedSize); // sizes in a trailing descriptor
                }
                int n;
                while ((n = zip.read(buffer)) > 0) {
                    inflated += n;
                    total += n;
                    if (inflated > allowed || total > maxInflated) {
                        throw new ImportException(name + " expands far beyond its size when unpacked (" + e.getName()
                                + " alone holds more than " + inflated / (1 << 20)
                                + " MB): a zip bomb? It was not read.");
                    }
                }
            }
        } catch (IllegalArgumentException | java.util.zip.ZipException ex) {
            // not a zip the JDK reads: let the parser say what is wrong with it
        }
    }
}
