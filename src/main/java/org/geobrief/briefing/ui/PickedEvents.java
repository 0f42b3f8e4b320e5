package org.geobrief.briefing.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The events an analyst marked for the briefing, in the order of their slides (event ids). The list, the event panel
 * and the {@link ExportDialog} share one instance per view; each change tells the listeners.
 */
public final class PickedEvents {

    private final List<String> ids = new ArrayList<>();
    private final List<Consumer<PickedEvents>> listeners = new CopyOnWriteArrayList<>();

    /** The picked ids, first slide first. */
    public List<String> ids() {
        return List.copyOf(ids);
    }

    public boolean contains(String id) {
        return ids.contains(id);
    }

    public int size() {
        return ids.size();
    }

    public boolean isEmpty() {
        return ids.isEmpty();
    }

    /** Picks the event (last in order) or, when it is picked, drops it. */
    public void toggle(String id) {
        if (!ids.remove(id)) ids.add(id);
        changed();
    }

    public void remove(String id) {
        if (ids.remove(id)) changed();
    }

    /** Moves the event {@code by} places (negative: earlier), within the list's bounds. */
    public void move(String id, int by) {
        int from = ids.indexOf(id);
        if (from < 0) return;
        int to = Math.max(0, Math.min(ids.size() - 1, from + by));
        if (to == from) return;
        ids.add(to, ids.remove(from));
        changed();
    }

    /** Keeps only the ids still known (after a correction or re-analysis changed the events). */
    public void retain(java.util.Set<String> known) {
        if (ids.retainAll(known)) changed();
    }

    public Runnable addListener(Consumer<PickedEvents> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    private void changed() {
        listeners.forEach(l -> l.accept(this));
    }
}
