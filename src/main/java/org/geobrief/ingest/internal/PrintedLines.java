package org.geobrief.ingest.internal;

/**
 * Undoes the line wrapping of a printed page (a PDF's text comes out one printed line per text line): a line that
 * fills most of the page's width and does not end a sentence continues on the next line. Without this, every wrapped
 * line would read as a headline (no final punctuation) and its sentence would be lost.
 *
 * <p>A short line (a headline, a byline, the last line of a paragraph) and a line ending in terminal punctuation
 * keep their break, as do blank lines (paragraphs). A line ending in a hyphen after a letter joins without a space
 * and keeps the hyphen ("Jalal-" + "Abad"), since a printed hyphen may be a real one.
 */
public final class PrintedLines {

    /** A wrapped line fills at least this share of the longest line's width. */
    static final double FULL = 0.6;

    private PrintedLines() {}

    public static String unwrap(String text) {
        String[] lines = text.split("\n", -1);
        int widest = 0;
        for (String l : lines) {
            widest = Math.max(widest, l.strip().length());
        }
        if (widest < 40) {
            return text; // not a page of prose
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            out.append(line);
            if (i == lines.length - 1) {
                break;
            }
            out.append(continues(line, lines[i + 1], widest) ? joiner(line) : "\n");
        }
        return out.toString();
    }

    private static boolean continues(String line, String next, int widest) {
        String l = line.strip();
        String n = next.strip();
        if (l.isEmpty() || n.isEmpty() || l.length() < FULL * widest) {
            return false;
        }
        char last = l.charAt(l.length() - 1);
        return ".!?:;\"”'’)]".indexOf(last) < 0;
    }

    private static String joiner(String line) {
        String l = line.stripTrailing();
        boolean hyphen = l.length() > 1 && l.endsWith("-") && Character.isLetter(l.charAt(l.length() - 2));
        return hyphen ? "" : " ";
    }
}
