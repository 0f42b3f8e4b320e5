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
        Instant importedAt) {}
