package org.geobrief.events.internal;

/** Cheap tests on text run before a costly pattern search, to skip sentences the pattern cannot match. */
final class AsciiText {

    private AsciiText() {}

    /**
     * Whether {@code text} contains one of {@code lowerWords} (each in ASCII lower case), ignoring case: true whenever
     * an ASCII case-insensitive pattern that needs one of the words could match (and possibly more often).
     */
    static boolean containsAny(String text, String... lowerWords) {
        int firsts = 0; // the words' first letters, one bit each
        for (String w : lowerWords) {
            char c = w.charAt(0);
            if (c < 'a' || c > 'z') {
                return containsAnyWordByWord(text, lowerWords);
            }
            firsts |= 1 << (c - 'a');
        }
        // one pass over the text for all the words (issue 18: it was one pass per word), each word tried where a char
        // is its first letter in either case
        for (int i = 0, n = text.length(); i < n; i++) {
            int c = text.charAt(i) | 0x20;
            if (c < 'a' || c > 'z' || (firsts & (1 << (c - 'a'))) == 0) {
                continue;
            }
            for (String w : lowerWords) {
                if (w.charAt(0) == c && i <= n - w.length() && text.regionMatches(true, i, w, 0, w.length())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean containsAnyWordByWord(String text, String... lowerWords) {
        for (String w : lowerWords) {
            if (contains(text, w)) {
                return true;
            }
        }
        return false;
    }

    private static boolean contains(String text, String lower) {
        char first = lower.charAt(0);
        char firstUpper = Character.toUpperCase(first);
        for (int i = 0, last = text.length() - lower.length(); i <= last; i++) {
            char c = text.charAt(i);
            if ((c == first || c == firstUpper) && text.regionMatches(true, i, lower, 0, lower.length())) {
                return true;
            }
        }
        return false;
    }
}
