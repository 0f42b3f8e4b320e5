package org.geobrief.ingest;

import java.nio.file.Path;
import java.time.LocalDate;
import org.geobrief.events.EventCatalog;
import org.geobrief.ingest.internal.IngestStorage;

/**
 * The child process of {@link CrashSafetyTest}: imports three-article digests into a data directory, one import
 * after another, and prints {@code COMMITTED n} after each, until it is killed.
 */
public final class CrashingImporter {

    static String digest(int n) {
        StringBuilder s = new StringBuilder();
        for (int k = 0; k < 3; k++) {
            s.append(k == 0 ? "" : "\n\n---\n\n")
                    .append("Rally Number ")
                    .append(n)
                    .append('-')
                    .append(k)
                    .append(" in Almaty\n\n")
                    .append("Protesters gathered in Almaty for rally ")
                    .append(n)
                    .append('-')
                    .append(k)
                    .append(". ")
                    .append("Word ".repeat(200 + (n % 50)))
                    .append("\n\nPolice came from Astana.");
        }
        return s.toString();
    }

    public static void main(String[] args) {
        Path dataDir = Path.of(args[0]);
        var ds = IngestStorage.openH2(dataDir);
        IngestStorage storage = new IngestStorage(ds, new EventCatalog(ds));
        try (ArticleImport importer = new ArticleImport(storage, new WordListAnalyser(), 50L << 20)) {
            for (int n = 0; n < 100_000; n++) {
                importer.importText(
                        digest(n), ImportOptions.defaults().withPublished(LocalDate.of(2022, 1, 1 + n % 28)));
                System.out.println("COMMITTED " + n);
                System.out.flush();
            }
        }
    }
}
