package org.geobrief.map.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import java.util.Optional;
import org.geobrief.map.ui.DashboardData.ImportJob;

/** One file (or pasted text) in the Import dialog: its name, a progress bar and what its import is doing. */
class ImportRow extends Div {

    final String name;
    final Span status = new Span();
    final ProgressBar progress = new ProgressBar(0, 1);
    private final ImportJob job;
    private final String refusal;

    /** A file whose import runs as {@code job}. */
    ImportRow(String name, ImportJob job) {
        this(name, job, null);
    }

    /** A file refused before its import started, e.g. over the size limit. */
    static ImportRow refused(String name, String why) {
        return new ImportRow(name, null, why);
    }

    private ImportRow(String name, ImportJob job, String refusal) {
        this.name = name;
        this.job = job;
        this.refusal = refusal;
        addClassName("import-row");
        Span title = new Span(name);
        title.getStyle().set("font-weight", "600").set("margin-right", "var(--lumo-space-s)");
        status.addClassName("import-status");
        status.getStyle().set("color", "var(--lumo-secondary-text-color)");
        add(title, status, progress);
        refresh();
    }

    boolean isDone() {
        return job == null || job.isDone();
    }

    /** Ended without storing anything: refused, failed or cancelled. */
    boolean failed() {
        return job == null || (job.isDone() && job.failed());
    }

    /** Adds what this row ended with to {@code summary}. */
    void addTo(ImportSummary summary) {
        outcome().ifPresent(summary::add);
        if (cancelled && failed()) summary.cancelled(name);
        else refusal().ifPresent(why -> summary.refuse(name, why));
    }

    /** Why nothing was stored; empty while running or when it ended well. */
    Optional<String> refusal() {
        return failed() ? Optional.of(refusal != null ? refusal : job.message()) : Optional.empty();
    }

    Optional<ImportOutcome> outcome() {
        return job == null || failed() ? Optional.empty() : job.outcome();
    }

    /** The analyst cancelled it while it ran. */
    private boolean cancelled;

    void cancel() {
        if (job != null && !job.isDone()) {
            cancelled = true;
            job.cancel();
        }
    }

    /** Shows where the import is now. */
    void refresh() {
        progress.setValue(job == null ? 1 : Math.max(0, Math.min(1, job.progress())));
        progress.setVisible(!isDone());
        status.setText(refusal != null ? refusal : job.message());
        status.getStyle().set("color", failed() ? "var(--lumo-error-text-color)" : "var(--lumo-secondary-text-color)");
        if (isDone()) addClassName(failed() ? "refused" : "imported");
    }
}
