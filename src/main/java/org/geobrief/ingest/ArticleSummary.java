package org.geobrief.ingest;

import java.time.Instant;
import java.time.LocalDate;

/** One line of the article list: an article's metadata without its text. */
public record ArticleSummary(
        String id,
        String title,
        String outlet,
        String author,
        String url,
        LocalDate published,
        String language,
        String source,
        Instant importedAt) {

    /**
     * How the article's source is shown (Source filter, event panel): the outlet; else the article's title; else
     * the name of the file it was read from.
     */
    public String shownSource() {
        if (outlet != null && !outlet.isBlank()) return outlet;
        if (title != null && !title.isBlank()) return title;
        return source;
    }

    /**
     * The names a source filter matches this article by: the file it was read from, its outlet and how it is shown
     * ({@link #shownSource()}), so that a filter set by the label or by the file name in an old link both keep it.
     */
    public java.util.List<String> sourceNames() {
        return java.util.stream.Stream.of(source, outlet, shownSource())
                .filter(n -> n != null && !n.isBlank())
                .distinct()
                .toList();
    }
}
