package org.geobrief.events.internal;

/**
 * A sentence of an article: UTF-16 char range {@code [start, end)} of the article text, the paragraph (line) it
 * belongs to, and whether it is a headline-like line without sentence-final punctuation.
 */
public record Sentence(int start, int end, int paragraph, boolean headline) {

    public String text(String article) {
        return article.substring(start, end);
    }
}
