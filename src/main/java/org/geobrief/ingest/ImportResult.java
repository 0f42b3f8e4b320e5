package org.geobrief.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What an import did.
 *
 * @param added articles stored by this import
 * @param duplicates articles that were already stored (same normalised text), left as they were
 * @param rejected one message per input that could not be imported; nothing of it was stored
 * @param eventIds the stored events the added articles report (an event other articles report too counts once)
 */
public record ImportResult(List<Article> added, List<Article> duplicates, List<String> rejected, Set<String> eventIds) {

    public ImportResult {
        added = List.copyOf(added);
        duplicates = List.copyOf(duplicates);
        rejected = List.copyOf(rejected);
        eventIds = Set.copyOf(eventIds);
    }

    /** How many distinct events the added articles report. */
    public int events() {
        return eventIds.size();
    }

    /** One line for the user: "Imported 9 articles with 23 events; 1 already stored." plus any rejections. */
    public List<String> messages() {
        List<String> lines = new ArrayList<>();
        StringBuilder s =
                new StringBuilder("Imported " + added.size() + (added.size() == 1 ? " article" : " articles"));
        int events = events();
        s.append(" with ").append(events).append(events == 1 ? " event" : " events");
        if (!duplicates.isEmpty()) {
            s.append("; ").append(duplicates.size()).append(" already stored");
        }
        lines.add(s.append('.').toString());
        lines.addAll(rejected);
        return lines;
    }
}
