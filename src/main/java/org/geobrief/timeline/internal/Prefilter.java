package org.geobrief.timeline.internal;

/**
 * Cheap necessary conditions of the rules' patterns, tested before a rule runs its regexes: most sentences name no
 * month, year or weekday, and a regex that begins with optional words tries them at every position. A rule whose
 * condition fails cannot match (each condition is a word every match of the rule contains), so what the rules find is
 * unchanged.
 */
final class Prefilter {

    /** The month names as {@link Words#MONTH} lists them, full and short. */
    private static final String[] MONTH_NAMES = {
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
        "Jan",
        "Feb",
        "Mar",
        "Apr",
        "Jun",
        "Jul",
        "Aug",
        "Sept",
        "Sep",
        "Oct",
        "Nov",
        "Dec"
    };

    private Prefilter() {}

    /**
     * True when a month name may occur as a word: one of {@link Words#MONTH}'s names (case as written) not followed by
     * a lower-case ASCII letter. Every pattern of {@link CalendarDateRule} needs one, followed by ".", a space or a
     * word boundary; "Mary", "Marine" and "Decision" are none.
     */
    static boolean mayNameMonth(String text) {
        for (int i = 0, n = text.length() - 2; i < n; i++) {
            char c = text.charAt(i);
            if (c == 'J' || c == 'F' || c == 'M' || c == 'A' || c == 'S' || c == 'O' || c == 'N' || c == 'D') {
                for (String m : MONTH_NAMES) {
                    int end = i + m.length();
                    if (text.startsWith(m, i) && (end == text.length() || !isLowerAscii(text.charAt(end)))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static boolean isLowerAscii(char c) {
        return c >= 'a' && c <= 'z';
    }

    /** True when a year of 1900–2099 may occur: "19" or "20" and two more ASCII digits. */
    static boolean mayNameYear(String text) {
        for (int i = 0, n = text.length() - 3; i < n; i++) {
            char c = text.charAt(i);
            char d = text.charAt(i + 1);
            if (((c == '1' && d == '9') || (c == '2' && d == '0'))
                    && digit(text.charAt(i + 2))
                    && digit(text.charAt(i + 3))) {
                return true;
            }
        }
        return false;
    }

    /** True when {@code text} has an ASCII digit (what {@code \d} matches). */
    static boolean hasDigit(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (digit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when one of {@code words} (lower-case ASCII letters) occurs in {@code text}, in any ASCII case: as a
     * {@code CASE_INSENSITIVE} pattern (without {@code UNICODE_CASE}) matches it.
     */
    static boolean containsAnyIgnoreCase(String text, String... words) {
        int firsts = 0; // the words' first letters, one bit each
        for (String w : words) {
            char c = w.charAt(0);
            if (c < 'a' || c > 'z') {
                return containsAnyWordByWord(text, words);
            }
            firsts |= 1 << (c - 'a');
        }
        // one pass over the text for all the words (issue 18: it was one pass per word)
        for (int i = 0, n = text.length(); i < n; i++) {
            int c = text.charAt(i) | 0x20;
            if (c < 'a' || c > 'z' || (firsts & (1 << (c - 'a'))) == 0) {
                continue;
            }
            for (String w : words) {
                if (w.charAt(0) == c && i <= n - w.length() && restMatches(text, i, w)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether {@code word}'s chars after its first follow position {@code i} of {@code text}, in ASCII case. */
    private static boolean restMatches(String text, int i, String word) {
        for (int k = 1; k < word.length(); k++) {
            if ((text.charAt(i + k) | 0x20) != word.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private static boolean containsAnyWordByWord(String text, String... words) {
        for (String w : words) {
            if (containsIgnoreCase(text, w)) {
                return true;
            }
        }
        return false;
    }

    /**
     * As {@link #containsAnyIgnoreCase} for one word, in ASCII case only (what the patterns' case-insensitive matching
     * is): {@code c | 0x20} is the lower-case letter exactly for that letter in either case; no Unicode case folding
     * per char (issue 18: {@code regionMatches(true, …)} was 2–3 % of the analysis thread).
     */
    static boolean containsIgnoreCase(String text, String word) {
        char first = word.charAt(0);
        int length = word.length();
        next:
        for (int i = 0, n = text.length() - length; i <= n; i++) {
            if ((text.charAt(i) | 0x20) != first) {
                continue;
            }
            for (int k = 1; k < length; k++) {
                if ((text.charAt(i + k) | 0x20) != word.charAt(k)) {
                    continue next;
                }
            }
            return true;
        }
        return false;
    }

    private static boolean digit(char c) {
        return c >= '0' && c <= '9';
    }
}
