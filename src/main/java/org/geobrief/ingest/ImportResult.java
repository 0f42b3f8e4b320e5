package org.geobrief.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * What an import did.
 *
 * @param added articles stored by this import
 * @param duplicates articles that were already stored (same normalised text), left as they were
 * @param rejected one message per input that could not be imported; nothing of it was stored
 * @param events distinct events read from the added articles
 */
public record ImportResult(List<Article> added, List<Article> duplicates, List<String> rejected, int events) {

    public ImportResult {
        added = List.copyOf(added);
        duplicates = List.copyOf(duplicates);
        rejected = List.copyOf(rejected);
    }

    /** One line for the user: "Imported 9 articles with 23 events; 1 already stored." plus any rejections. */
    public List<String> messages() {
        List<String> lines = new ArrayList<>();
        StringBuilder s =
                new StringBuilder("Imported " + added.size() + (added.size() == 1 ? " article" : " articles"));
        s.append(" with ").append(events).append(events == 1 ? " event" : " events");
        if (!duplicates.isEmpty()) {
            s.append("; ").append(duplicates.size()).append(" already stored");
        }
        lines.add(s.append('.').toString());
        lines.addAll(rejected);
        return lines;
    }
}
