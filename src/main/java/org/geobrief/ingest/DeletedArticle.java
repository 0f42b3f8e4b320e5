package org.geobrief.ingest;

import java.time.Instant;
import java.util.List;

/**
 * What {@link ArticleLibrary#deleteUndoably} removed, kept so that {@link ArticleLibrary#restore} can put it back:
 * the article as imported (with its outlet as last edited), the corrections made on it and where its publication date
 * came from. Its mentions and events are not kept; restoring analyses the article again with its corrections, which
 * yields them again.
 *
 * @param dateSource where the publication date came from; null when not recorded (articles stored before V84)
 */
public record DeletedArticle(Article article, Instant importedAt, List<Correction> corrections, DateSource dateSource) {

    public DeletedArticle {
        corrections = List.copyOf(corrections);
    }

    /** A deleted article whose date's origin was not recorded. */
    public DeletedArticle(Article article, Instant importedAt, List<Correction> corrections) {
        this(article, importedAt, corrections, null);
    }
}
