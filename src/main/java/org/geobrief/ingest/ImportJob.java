package org.geobrief.ingest;

import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * A running import: its progress for a progress bar, a cancel button, and its result. Listeners are called on the
 * import's thread (in Vaadin, wrap UI updates in {@code ui.access}); polling {@link #progress()} works as well.
 * Articles are stored one by one: a cancelled import keeps those stored before the cancel and stores no other.
 */
public final class ImportJob {

    private final CompletableFuture<ImportResult> result = new CompletableFuture<>();
    private final List<Consumer<ImportJob>> listeners = new CopyOnWriteArrayList<>();
    private volatile double progress;
    private volatile String message = "Waiting to start";
    private volatile boolean cancelRequested;

    /** Done fraction in [0, 1]. */
    public double progress() {
        return progress;
    }

    /** What the import is doing now, or how it ended. */
    public String message() {
        return message;
    }

    public boolean isDone() {
        return result.isDone();
    }

    /** Asks the import to stop; it ends at its next step, storing no further article. Too late once it is done. */
    public void cancel() {
        cancelRequested = true;
    }

    public boolean isCancelled() {
        return result.isCancelled() || (cancelRequested && result.isCompletedExceptionally());
    }

    /**
     * Completes with the result, or exceptionally with an {@link ImportException} (no input could be read, or the import stopped; articles stored before stay) or a
     * {@link CancellationException}.
     */
    public CompletableFuture<ImportResult> result() {
        return result;
    }

    /** Called at every progress step and once at the end. */
    public void onProgress(Consumer<ImportJob> listener) {
        listeners.add(listener);
        if (isDone()) {
            listener.accept(this);
        }
    }

    void report(double fraction, String what) {
        if (cancelRequested) {
            throw new CancellationException("Import cancelled; nothing was stored.");
        }
        progress = Math.max(0, Math.min(1, fraction));
        message = what;
        fire();
    }

    void complete(ImportResult r) {
        progress = 1;
        message = String.join(" ", r.messages());
        result.complete(r);
        fire();
    }

    void fail(Throwable e) {
        message = e instanceof CancellationException && e.getMessage() == null
                ? "Import cancelled; nothing was stored."
                : e.getMessage();
        result.completeExceptionally(e);
        fire();
    }

    private void fire() {
        for (Consumer<ImportJob> l : listeners) {
            try {
                l.accept(this);
            } catch (RuntimeException ignored) {
                // a failing listener (a closed UI) must not break the import
            }
        }
    }
}
