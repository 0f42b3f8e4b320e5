package org.geobrief.map.ui;

import java.time.LocalDate;

/**
 * What the analyst says about pasted text or a file; null fields are read from the document. The title only applies
 * to a document that holds one article.
 */
public record ImportMetadata(LocalDate published, String title, String outlet) {

    public static final ImportMetadata NONE = new ImportMetadata(null, null, null);

    public ImportMetadata {
        title = blankToNull(title);
        outlet = blankToNull(outlet);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
