package org.geobrief.geoparse.eval;

/**
 * A located toponym as a geoparser output or a gold standard states it.
 *
 * @param text surface text as written
 * @param start code-point offset of the first character in the document text
 * @param end code-point offset after the last character
 * @param lat latitude in decimal degrees
 * @param lon longitude in decimal degrees
 */
public record Toponym(String text, int start, int end, double lat, double lon) {

    /** Span midpoint {@code (start + end) / 2}, the anchor the matching rule compares. */
    public double midpoint() {
        return (start + end) / 2.0;
    }
}
