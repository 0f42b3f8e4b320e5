package org.geobrief.base;

/**
 * A run of text: offsets in Unicode code points into a document's whole text, {@code end} exclusive.
 * Java strings index UTF-16 units; use {@link #ofChars} and {@link #toChars} to convert.
 */
public record TextSpan(int start, int end) {

    public TextSpan {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
    }

    public int length() {
        return end - start;
    }

    public boolean contains(TextSpan other) {
        return start <= other.start && other.end <= end;
    }

    public boolean overlaps(TextSpan other) {
        return start < other.end && other.start < end;
    }

    /** The code-point span of the UTF-16 char range {@code [charStart, charEnd)} of {@code text}. */
    public static TextSpan ofChars(String text, int charStart, int charEnd) {
        int start = text.codePointCount(0, charStart);
        return new TextSpan(start, start + text.codePointCount(charStart, charEnd));
    }

    /** The UTF-16 char range of this span in {@code text}, as {@code int[]{charStart, charEnd}}. */
    public int[] toChars(String text) {
        int s = text.offsetByCodePoints(0, start);
        return new int[] {s, text.offsetByCodePoints(s, end - start)};
    }
}
