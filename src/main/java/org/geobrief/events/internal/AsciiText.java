package org.geobrief.events.internal;

/** Cheap tests on text run before a costly pattern search, to skip sentences the pattern cannot match. */
final class AsciiText {

    private AsciiText() {}

    /**
     * Whether {@code text} contains one of {@code lowerWords} (each in ASCII lower case), ignoring case: true whenever
     * an ASCII case-insensitive pattern that needs one of the words could match (and possibly more often).
     */
    static boolean containsAny(String text, String... lowerWords) {
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
