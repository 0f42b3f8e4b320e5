package org.geobrief.map.ui;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.geobrief.ingest.ImportLogEntry;
import org.geobrief.ingest.ImportLogEntry.Outcome;

/**
 * The latest imports and how each ended (stored, partly stored, refused and why), as the import log keeps them: what
 * any tab and a reload see, also of an import started in another tab or refused after its tab was closed. Opens by
 * itself when an import of the latest batch stored less than it was given.
 */
public class ImportLogPanel extends Details {

    static final int SHOWN = 10;
    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

    final Div entries = new Div();

    public ImportLogPanel() {
        super("Recent imports");
        setId("import-log");
        entries.setId("import-log-entries");
        // a few lines, then a scroll bar: opened at 1280x720 it squeezed the article grid to three rows
        entries.getStyle()
                .set("font-size", "var(--lumo-font-size-s)")
                .set("max-height", "9em")
                .set("overflow-y", "auto");
        add(entries);
        setWidthFull();
    }

    /** Shows {@code log}, newest first. */
    public void show(List<ImportLogEntry> log) {
        entries.removeAll();
        if (log.isEmpty()) {
            entries.add(new Span("No imports yet."));
            setOpened(false);
            return;
        }
        for (ImportLogEntry e : log) {
            Div line = new Div();
            line.addClassName("import-log-entry");
            line.getElement().setAttribute("data-outcome", e.outcome().name());
            Span head = new Span(AT.format(e.endedAt().atZone(ZoneOffset.UTC)) + " UTC · " + e.inputs() + " · "
                    + e.outcome().words());
            head.getStyle().set("font-weight", "600");
            if (troubled(e.outcome())) {
                head.getStyle().set("color", "var(--lumo-error-text-color)");
            }
            line.add(head, new Span(" — " + e.message()));
            line.getStyle().set("margin-bottom", "0.3em");
            entries.add(line);
        }
        setOpened(batchTroubled(log));
    }

    /**
     * Whether an import of the latest batch (those that ended within {@link #BATCH} of the newest) stored less than it
     * was given: files dropped together end in any order, and a refused one must not hide behind a stored one.
     */
    static boolean batchTroubled(List<ImportLogEntry> log) {
        java.time.Instant since = log.get(0).endedAt().minus(BATCH);
        return log.stream().filter(e -> !e.endedAt().isBefore(since)).anyMatch(e -> troubled(e.outcome()));
    }

    static final java.time.Duration BATCH = java.time.Duration.ofMinutes(10);

    static boolean troubled(Outcome o) {
        return o == Outcome.PARTLY || o == Outcome.REFUSED || o == Outcome.FAILED;
    }
}
