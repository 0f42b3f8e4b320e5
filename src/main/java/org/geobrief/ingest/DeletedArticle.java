package org.geobrief.ingest;

import java.time.Instant;
import java.util.List;

/**
 * What {@link ArticleLibrary#deleteUndoably} removed, kept so that {@link ArticleLibrary#restore} can put it back:
 * the article as imported and the corrections made on it. Its mentions and events are not kept; restoring analyses
 * the article again with its corrections, which yields them again.
 */
public record DeletedArticle(Article article, Instant importedAt, List<Correction> corrections) {

    public DeletedArticle {
        corrections = List.copyOf(corrections);
    }
}
