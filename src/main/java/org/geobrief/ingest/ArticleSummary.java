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

    /** How articles pasted into the import dialog without an outlet are listed as a source. */
    public static final String PASTED_TEXT = "Pasted text";

    /**
     * How the article's source is shown (Source filter, event panel, exports): its outlet; else "Pasted text" for
     * pasted text; else the name of the file it was read from. Never the article's title: a title made up from the
     * first sentence names no source, and every pasted article would be a source of its own.
     */
    public String shownSource() {
        return shownSource(outlet, source);
    }

    /** {@link #shownSource()} of an article with this outlet (may be null) read from {@code source}. */
    public static String shownSource(String outlet, String source) {
        if (outlet != null && !outlet.isBlank()) return outlet.strip();
        if (source == null || source.isBlank() || source.equals("pasted")) return PASTED_TEXT;
        return source;
    }

    /**
     * The names a source filter matches this article by: the file it was read from, its outlet and how it is shown
     * ({@link #shownSource()}), and its title when it has no outlet (a link saved when the title was shown as the
     * source still keeps it).
     */
    public java.util.List<String> sourceNames() {
        boolean noOutlet = outlet == null || outlet.isBlank();
        return java.util.stream.Stream.of(source, outlet, shownSource(), noOutlet ? title : null)
                .filter(n -> n != null && !n.isBlank())
                .distinct()
                .toList();
    }
}
