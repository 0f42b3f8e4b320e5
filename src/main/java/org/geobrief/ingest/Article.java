package org.geobrief.ingest;

import java.time.LocalDate;
import org.geobrief.base.TextSpan;
import org.geobrief.geoparse.OutletRegions;

/**
 * One news article, as imported.
 *
 * @param id stable id: the hex SHA-256 of the normalised text, so re-importing the same article is idempotent
 * @param source the file name or "pasted" it came from
 * @param span the article's code-point span within its source document (a digest holds several)
 * @param published publication date; null when neither the text nor the user gave one
 * @param language ISO 639-1 code, "en" when undetected
 * @param text the article's plain text (exactly the source document's text inside {@code span})
 */
public record Article(
        String id,
        String source,
        TextSpan span,
        String title,
        String outlet,
        String author,
        String url,
        LocalDate published,
        String language,
        String text) {

    /**
     * The key its outlet's home regions are learned and read under ({@link OutletRegions#key}: the outlet's name,
     * else its URL's host); null when the article has neither.
     */
    public String outletKey() {
        return OutletRegions.key(outlet, url);
    }
}
