package org.geobrief.ingest;

import java.time.Instant;
import org.geobrief.base.TextSpan;

/**
 * A user's choice of place for a mention.
 *
 * @param scope ARTICLE: the mention at {@code span} of the article; DOCUMENT: every mention of the same (normalised)
 *     surface name in the articles imported from the same source as the article
 * @param surface the mention as written
 * @param span code points in the article's text
 * @param undone true once undone; undone corrections are kept for the record and no longer applied
 */
public record Correction(
        long id,
        String articleId,
        Scope scope,
        String surface,
        TextSpan span,
        long geonameId,
        Instant createdAt,
        boolean undone) {

    public enum Scope {
        ARTICLE,
        DOCUMENT
    }
}
