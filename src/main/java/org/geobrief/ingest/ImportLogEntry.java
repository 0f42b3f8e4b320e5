package org.geobrief.ingest;

import java.time.Instant;

/**
 * How one import ended, as kept in the import log for every tab and later visits.
 *
 * @param inputs the file names, or "Pasted text", comma-separated
 * @param articles articles stored
 * @param duplicates articles that were already stored
 * @param events events the stored articles report
 * @param message what the import said at its end, refusals with their reasons
 */
public record ImportLogEntry(
        Instant startedAt,
        Instant endedAt,
        String inputs,
        Outcome outcome,
        int articles,
        int duplicates,
        int events,
        String message) {

    /** How an import ended. */
    public enum Outcome {
        STORED("stored"),
        PARTLY("partly stored"),
        NOTHING_NEW("nothing new"),
        REFUSED("refused"),
        CANCELLED("cancelled"),
        FAILED("failed");

        private final String words;

        Outcome(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }
    }

    /** The outcome of an import that ran to its end. */
    public static Outcome of(ImportResult r) {
        if (!r.added().isEmpty()) {
            return r.rejected().isEmpty() ? Outcome.STORED : Outcome.PARTLY;
        }
        return r.rejected().isEmpty() ? Outcome.NOTHING_NEW : Outcome.REFUSED;
    }
}
