package org.geobrief.ingest;

import java.time.LocalDate;

/**
 * How to import: the splitting mode and metadata the user gives. Non-null metadata replaces what was read from the
 * text; {@code title} only applies when the document holds one article.
 *
 * @param source name for pasted text (files are named by their file name); "pasted" when null
 */
public record ImportOptions(
        DigestSplitter.Mode mode,
        LocalDate published,
        String title,
        String outlet,
        String author,
        String url,
        String language,
        String source) {

    public ImportOptions {
        mode = mode == null ? DigestSplitter.Mode.AUTO : mode;
    }

    public static ImportOptions defaults() {
        return new ImportOptions(DigestSplitter.Mode.AUTO, null, null, null, null, null, null, null);
    }

    public ImportOptions withMode(DigestSplitter.Mode mode) {
        return new ImportOptions(mode, published, title, outlet, author, url, language, source);
    }

    public ImportOptions withPublished(LocalDate published) {
        return new ImportOptions(mode, published, title, outlet, author, url, language, source);
    }

    public ImportOptions withSource(String source) {
        return new ImportOptions(mode, published, title, outlet, author, url, language, source);
    }

    public ImportOptions withMetadata(String title, String outlet, String author, String url) {
        return new ImportOptions(mode, published, title, outlet, author, url, language, source);
    }
}
