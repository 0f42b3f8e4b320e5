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
 * @param dateSources where each read article's publication date came from, by article id
 */
public record ImportResult(
        List<Article> added,
        List<Article> duplicates,
        List<String> rejected,
        Set<String> eventIds,
        java.util.Map<String, DateSource> dateSources) {

    public ImportResult {
        added = List.copyOf(added);
        duplicates = List.copyOf(duplicates);
        rejected = List.copyOf(rejected);
        eventIds = Set.copyOf(eventIds);
        dateSources = java.util.Map.copyOf(dateSources);
    }

    public ImportResult(List<Article> added, List<Article> duplicates, List<String> rejected, Set<String> eventIds) {
        this(added, duplicates, rejected, eventIds, java.util.Map.of());
    }

    /** Where the added article's publication date came from; {@link DateSource#NONE} when not known. */
    public DateSource dateSource(Article a) {
        return dateSources.getOrDefault(a.id(), DateSource.NONE);
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
        for (Article a : added) {
            if (dateSource(a) == DateSource.FILE_CREATED) {
                lines.add("“" + shortTitle(a) + "” is dated " + a.published()
                        + ", the file's creation date (its text states none): if the news is from another day, set"
                        + " its publication date on the Articles page.");
            }
        }
        lines.addAll(rejected);
        return lines;
    }

    private static String shortTitle(Article a) {
        String t = a.title() == null ? a.source() : a.title();
        return t.length() > 60 ? t.substring(0, 59) + "…" : t;
    }

    /**
     * Where the added articles' publication dates came from: "Published 2024-03-03, from the article's text." for one
     * article, "Publication dates: 3 from the article's text, 1 undated." for several.
     */
    public java.util.Optional<String> datesLine() {
        if (added.isEmpty() || dateSources.isEmpty()) {
            return java.util.Optional.empty();
        }
        if (added.size() == 1) {
            Article a = added.get(0);
            DateSource d = dateSource(a);
            if (d == DateSource.FILE_CREATED) {
                return java.util.Optional.empty(); // messages() already warns of it
            }
            return java.util.Optional.of(
                    a.published() == null
                            ? "Undated: its text states no date, so “on Monday” and the like stay unresolved."
                            : "Published " + a.published() + ", " + d.words() + ".");
        }
        java.util.Map<DateSource, Integer> counts = new java.util.EnumMap<>(DateSource.class);
        added.forEach(a -> counts.merge(dateSource(a), 1, Integer::sum));
        return java.util.Optional.of("Publication dates: "
                + counts.entrySet().stream()
                        .map(e -> e.getValue() + " " + e.getKey().words())
                        .collect(java.util.stream.Collectors.joining(", "))
                + ".");
    }
}
