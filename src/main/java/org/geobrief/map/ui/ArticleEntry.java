package org.geobrief.map.ui;

import org.geobrief.ingest.ArticleSummary;
import org.geobrief.ingest.DateSource;

/**
 * One row of the article library: an article with how many events it reports and distinct places it names.
 *
 * @param dateSource where its publication date came from; null when not recorded (stored before it was)
 */
public record ArticleEntry(ArticleSummary article, int events, int places, DateSource dateSource) {

    public ArticleEntry(ArticleSummary article, int events, int places) {
        this(article, events, places, null);
    }

    /** "2022-01-07", or "undated"; a date that may be far from the news (a file's creation date) ends in " ?". */
    public String publishedText() {
        if (article.published() == null) {
            return "undated";
        }
        return article.published() + (dateSource != null && dateSource.doubtful() ? " ?" : "");
    }

    /** Where the date came from, for its tooltip: "Published 2022-01-07, from the article's text". */
    public String publishedOrigin() {
        String date = article.published() == null ? "Undated" : "Published " + article.published();
        if (dateSource == null) {
            return date;
        }
        return dateSource == DateSource.NONE
                ? date
                : date + ", " + dateSource.words() + (dateSource.doubtful() ? ": check it" : "");
    }
}
