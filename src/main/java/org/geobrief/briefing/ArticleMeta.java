package org.geobrief.briefing;

import java.time.LocalDate;

/**
 * What a briefing shows about a source article. Any field may be null when the article did not say.
 *
 * @param outlet the publication ("Reuters", "Eurasianet")
 * @param url the article's address, shown as a link
 */
public record ArticleMeta(String outlet, String title, String url, LocalDate published) {

    /** Metadata for an article nothing is known about. */
    public static final ArticleMeta UNKNOWN = new ArticleMeta(null, null, null, null);
}
