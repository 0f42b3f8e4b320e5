package org.geobrief.ingest;

/**
 * Where an article's publication date came from, strongest first. A file's creation date (a PDF's or a Word file's
 * properties) is when the file was made, often long after the news; the article's own date line wins over it.
 */
public enum DateSource {
    /** Set by the analyst after import (Articles page). */
    ANALYST("set by the analyst"),
    /** The article's own text: a date line under the headline, a digest's date, a dateline at its start. */
    TEXT("from the article's text"),
    /** Given in the import dialog or on the command line for articles whose text states none. */
    GIVEN("given at import"),
    /** The document's publication metadata: an HTML page's published time, a mail's Date. */
    METADATA("from the document's metadata"),
    /** The file's creation date (PDF, Word): when the file was made, not necessarily when the news was published. */
    FILE_CREATED("the file's creation date"),
    /** A yyyy-mm-dd in the file name. */
    FILE_NAME("from the file name"),
    /** No date: relative dates in the text ("on Monday") cannot be resolved. */
    NONE("undated");

    private final String words;

    DateSource(String words) {
        this.words = words;
    }

    /** How the date's origin is shown: "from the article's text". */
    public String words() {
        return words;
    }

    /** Whether the analyst should check the date: it may be far from when the news was published. */
    public boolean doubtful() {
        return this == FILE_CREATED || this == NONE;
    }
}
