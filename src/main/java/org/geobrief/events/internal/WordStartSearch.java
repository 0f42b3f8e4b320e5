package org.geobrief.events.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A regex search that tries only the positions where a match can begin (issue 18: the search of a pattern such as
 * {@code \b(?:could|may|might|...)} tried its whole alternation at every char of a sentence).
 *
 * <p>From the pattern's source it reads the literal chars its matches begin with: a source of the form {@code
 * \b(?:alt|alt|...)rest} or {@code \bword rest}, or several such branches joined by a top-level '|', where each
 * alternative begins with a letter or digit written as itself. Such a match begins at a word start (the char before is
 * no ASCII letter, digit or '_') whose first two chars, in ASCII lower case, begin one of the alternatives. A text's
 * word starts are found once ({@link WordStarts}, shared by every pattern searched in the same text on a thread) and
 * looked up in a 37 × 37 table of those char pairs, and the pattern is tried only there ({@link Matcher#lookingAt}
 * with transparent bounds: its {@code \b} and look-behinds see the text before). With {@link Pattern#UNICODE_CASE} a
 * literal letter also matches the few non-ASCII chars that fold to it ({@code ſ}, {@code ı}, {@code İ}, the Kelvin
 * sign): those chars count as the letter they fold to, for every pattern (a pattern without the flag is then merely
 * tried at a few more places). A pattern of any other form is searched as usual. Either way every search finds exactly the matches, in order, that {@link
 * Matcher#find()} finds; {@code WordStartSearchTest} checks it for every pattern of this package on both corpora and
 * on random text.
 *
 * <p>Nothing here knows a rule: a new pattern of the usual form is anchored as it is compiled.
 */
final class WordStartSearch {

    /** Index of a lower-case ASCII letter or digit in the tables; every other char is {@link #OTHER}. */
    private static final int OTHER = 36;

    private static final int SIZE = 37;

    private final Pattern pattern;

    /** First chars that begin a match alone (a one-char literal start); null when the pattern is not anchored. */
    private final boolean[] firsts;

    /** First two chars ({@code first * 37 + second}) that can begin a match. */
    private final boolean[] pairs;

    private WordStartSearch(Pattern pattern, boolean[] firsts, boolean[] pairs) {
        this.pattern = pattern;
        this.firsts = firsts;
        this.pairs = pairs;
    }

    static WordStartSearch compile(String regex) {
        return of(Pattern.compile(regex));
    }

    static WordStartSearch compile(String regex, int flags) {
        return of(Pattern.compile(regex, flags));
    }

    /** The search of {@code pattern}, anchored at word starts when its source allows. */
    static WordStartSearch of(Pattern pattern) {
        List<String> starts = literalStarts(pattern);
        if (starts == null) {
            return new WordStartSearch(pattern, null, null);
        }
        boolean[] firsts = new boolean[SIZE];
        boolean[] pairs = new boolean[SIZE * SIZE];
        for (String s : starts) {
            int a = index(s.charAt(0));
            if (s.length() == 1) {
                firsts[a] = true;
            } else {
                pairs[a * SIZE + index(s.charAt(1))] = true;
            }
        }
        return new WordStartSearch(pattern, firsts, pairs);
    }

    Pattern pattern() {
        return pattern;
    }

    /** True when the pattern is tried only at word starts (false: searched as usual). */
    boolean anchored() {
        return firsts != null;
    }

    /** As {@code pattern().matcher(text).find()}. */
    boolean find(CharSequence text) {
        return matches(text).find();
    }

    /** A search over {@code text} that steps through its matches as {@link Matcher#find()} does. */
    Matches matches(CharSequence text) {
        return new Matches(text, 0);
    }

    /** As {@link #matches(CharSequence)}, the first search from {@code from} on, as {@link Matcher#find(int)}. */
    Matches matches(CharSequence text, int from) {
        return new Matches(text, from);
    }

    /** Every match of {@code text}, as {@code [start, end)} pairs in order. */
    List<int[]> all(CharSequence text) {
        List<int[]> out = new ArrayList<>();
        Matches m = matches(text);
        while (m.find()) {
            out.add(new int[] {m.start(), m.end()});
        }
        return out;
    }

    /** The matches of one text, one at a time; the current one read through {@link #matcher()}. */
    final class Matches {
        private final CharSequence text;
        private final Matcher matcher;
        private int next;
        private boolean first = true;

        /** The text's word starts (anchored search, on the first {@link #find}) and the next one to look at. */
        private WordStarts starts;

        private int cursor;

        private Matches(CharSequence text, int from) {
            this.text = text;
            this.matcher = pattern.matcher(text);
            this.next = from;
            if (anchored()) {
                matcher.useTransparentBounds(true).useAnchoringBounds(false);
            }
        }

        /** Moves to the next match, as {@link Matcher#find()}: false when there is none. */
        boolean find() {
            if (!anchored()) {
                if (first) {
                    first = false;
                    return next > text.length() ? false : matcher.find(next);
                }
                return matcher.find();
            }
            int n = text.length();
            if (starts == null) {
                starts = WordStarts.of(text);
                cursor = starts.firstAtOrAfter(next);
            } else {
                while (starts.has(cursor) && starts.pos[cursor] < next) {
                    cursor++;
                }
            }
            for (; starts.has(cursor); cursor++) {
                if (!mayBegin(starts.first[cursor], starts.pair[cursor])) {
                    continue;
                }
                int p = starts.pos[cursor];
                matcher.region(p, n);
                if (matcher.lookingAt()) {
                    next = matcher.end() == p ? p + 1 : matcher.end();
                    return true;
                }
            }
            next = n + 1;
            return false;
        }

        int start() {
            return matcher.start();
        }

        int end() {
            return matcher.end();
        }

        String group() {
            return matcher.group();
        }

        /** The matcher holding the current match (its groups); not to be searched with directly. */
        Matcher matcher() {
            return matcher;
        }
    }

    /** Whether a word start of first char {@code a} and pair {@code pair} (-1: no second char) can begin a match. */
    private boolean mayBegin(int a, int pair) {
        return firsts[a] || (pair >= 0 && pairs[pair]);
    }

    /**
     * The word starts of one text that a match of an anchored pattern can begin at: a letter or digit (or a char
     * folding to one) after a char that is no ASCII letter, digit or '_' (a word char for {@code \b} whatever the
     * JDK's reading of {@code \b} beyond ASCII, so no word start that a match can begin at is left out), with its
     * first char's index and its pair of first two chars ({@code first * 37 + second}, -1 at the text's end). Read
     * once, as far as the searches need, and kept for the last text searched on the thread (by identity): the patterns
     * searched in one sentence or article share it instead of each scanning it.
     */
    static final class WordStarts {
        private static final ThreadLocal<WordStarts> LAST = new ThreadLocal<>();

        /** Chars scanned at a time: a search that ends early (a first match) leaves the rest of the text unread. */
        private static final int CHUNK = 256;

        private final CharSequence text;
        int[] pos;
        int[] first;
        int[] pair;
        int count;
        private int scanned;
        private boolean wordBefore;
        private int pending = -1; // index of the start whose second char is not read yet

        private WordStarts(CharSequence text) {
            this.text = text;
            int cap = Math.max(4, Math.min(64, text.length() / 4));
            this.pos = new int[cap];
            this.first = new int[cap];
            this.pair = new int[cap];
        }

        static WordStarts of(CharSequence text) {
            if (!(text instanceof String)) {
                return new WordStarts(text); // may change between searches: not kept
            }
            WordStarts last = LAST.get();
            if (last != null && last.text == text) {
                return last;
            }
            WordStarts made = new WordStarts(text);
            LAST.set(made);
            return made;
        }

        /** Whether word start {@code k} exists (with its pair known), reading on through the text as far as needed. */
        boolean has(int k) {
            while ((k >= count || pending == k) && scanned < text.length()) {
                scanSome();
            }
            return k < count;
        }

        private void scanSome() {
            int end = Math.min(text.length(), scanned + CHUNK);
            for (int i = scanned; i < end; i++) {
                char c = text.charAt(i);
                int a = index(c);
                if (pending >= 0) {
                    pair[pending] = first[pending] * SIZE + a;
                    pending = -1;
                }
                if (a != OTHER && !wordBefore) {
                    if (count == pos.length) {
                        pos = java.util.Arrays.copyOf(pos, count * 2);
                        first = java.util.Arrays.copyOf(first, count * 2);
                        pair = java.util.Arrays.copyOf(pair, count * 2);
                    }
                    pos[count] = i;
                    first[count] = a;
                    pair[count] = -1;
                    pending = count;
                    count++;
                }
                wordBefore = c < 128 && (a != OTHER || c == '_');
            }
            scanned = end;
            if (scanned == text.length()) {
                pending = -1; // the last start's second char is the text's end
            }
        }

        /** Index of the first word start at or after {@code from} (one past the last when none). */
        int firstAtOrAfter(int from) {
            while ((count == 0 || pos[count - 1] < from) && scanned < text.length()) {
                scanSome();
            }
            int lo = 0;
            int hi = count;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (pos[mid] < from) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return lo;
        }
    }

    private static int index(char c) {
        if (c >= 'a' && c <= 'z') {
            return c - 'a';
        }
        if (c >= 'A' && c <= 'Z') {
            return c - 'A';
        }
        if (c >= '0' && c <= '9') {
            return 26 + c - '0';
        }
        if (c >= 128) {
            for (int k = 0; k < FOLDING.length; k++) {
                if (FOLDING[k] == c) {
                    return FOLDED[k] - 'a';
                }
            }
        }
        return OTHER;
    }

    /**
     * The chars beyond ASCII that {@link Pattern#UNICODE_CASE} matches to an ASCII letter (as {@code Pattern} compares:
     * the char itself, its upper case or the lower case of its upper case), and that letter in lower case.
     */
    private static final char[] FOLDING;

    private static final char[] FOLDED;

    static {
        StringBuilder folding = new StringBuilder();
        StringBuilder folded = new StringBuilder();
        for (int c = 128; c <= Character.MAX_VALUE; c++) {
            int upper = Character.toUpperCase(c);
            int f = Character.toLowerCase(upper) < 128
                    ? Character.toLowerCase(upper)
                    : upper < 128 ? upper : Character.toLowerCase(c);
            if (f < 128 && Character.isLetter(f)) {
                folding.append((char) c);
                folded.append(Character.toLowerCase((char) f));
            }
        }
        FOLDING = folding.toString().toCharArray();
        FOLDED = folded.toString().toCharArray();
    }

    /**
     * The literal chars each match begins with, one string per alternative (at most two chars each, the first a
     * letter or digit), or null when the source is not of the anchored form or a flag lets other chars match them.
     */
    static List<String> literalStarts(Pattern pattern) {
        if ((pattern.flags() & (Pattern.LITERAL | Pattern.COMMENTS | Pattern.CANON_EQ)) != 0) {
            return null;
        }
        List<String> starts = new ArrayList<>();
        for (String branch : topLevelBranches(pattern.pattern())) {
            List<String> branchStarts = branchStarts(branch);
            if (branchStarts == null) {
                return null;
            }
            starts.addAll(branchStarts);
        }
        return starts;
    }

    /** The literal starts of one top-level branch of a source, or null when it is not of the anchored form. */
    private static List<String> branchStarts(String re) {
        if (!re.startsWith("\\b")) {
            return null;
        }
        int at = 2;
        List<String> alternatives = new ArrayList<>();
        if (re.startsWith("(?:", at) || re.startsWith("(?i:", at)) {
            at = re.indexOf(':', at) + 1;
            if (!alternatives(re, at, alternatives)) {
                return null;
            }
        } else if (re.startsWith("(?<", at) && !re.startsWith("(?<=", at) && !re.startsWith("(?<!", at)) {
            at = re.indexOf('>', at) + 1;
            if (at == 0 || !alternatives(re, at, alternatives)) {
                return null;
            }
        } else {
            alternatives.add(re.substring(at));
        }
        List<String> starts = new ArrayList<>();
        for (String alternative : alternatives) {
            String start = literalStart(alternative);
            if (start.isEmpty() || index(start.charAt(0)) == OTHER) {
                return null;
            }
            starts.add(start);
        }
        return starts;
    }

    /** Splits the group that opens at {@code from} (just after its "(?:") into its top alternatives. */
    private static boolean alternatives(String re, int from, List<String> out) {
        int depth = 1;
        int start = from;
        for (int i = from; i < re.length(); i++) {
            char c = re.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '[') {
                i = classEnd(re, i);
                if (i < 0) {
                    return false;
                }
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
                if (depth == 0) {
                    out.add(re.substring(start, i));
                    return !quantified(re, i + 1);
                }
            } else if (c == '|' && depth == 1) {
                out.add(re.substring(start, i));
                start = i + 1;
            }
        }
        return false;
    }

    /** True when a quantifier that allows no occurrence ({@code ? * {0}) follows index {@code i}. */
    private static boolean quantified(String re, int i) {
        if (i >= re.length()) {
            return false;
        }
        char c = re.charAt(i);
        return c == '?' || c == '*' || c == '{';
    }

    /** The source split at its top-level '|' (outside every group and class); the whole source when it has none. */
    private static List<String> topLevelBranches(String re) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < re.length(); i++) {
            char c = re.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '[') {
                i = classEnd(re, i);
                if (i < 0) {
                    return List.of("");
                }
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == '|' && depth == 0) {
                out.add(re.substring(start, i));
                start = i + 1;
            }
        }
        out.add(re.substring(start));
        return out;
    }

    /** Index of the ')' that closes the group opened at {@code open}, or -1. */
    private static int groupEnd(String re, int open) {
        int depth = 0;
        for (int i = open; i < re.length(); i++) {
            char c = re.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '[') {
                i = classEnd(re, i);
                if (i < 0) {
                    return -1;
                }
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    /** Index of the ']' that closes the class opened at {@code open}, or -1. */
    private static int classEnd(String re, int open) {
        int i = open + 1;
        if (i < re.length() && re.charAt(i) == '^') {
            i++;
        }
        if (i < re.length() && re.charAt(i) == ']') {
            i++; // a leading ']' is literal
        }
        int depth = 1;
        for (; i < re.length(); i++) {
            char c = re.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '[') {
                depth++;
            } else if (c == ']' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Up to two literal chars every match of {@code alternative} begins with (after a look-behind, if it opens with
     * one): letters, digits, spaces, hyphens and apostrophes written as themselves, cut before a char that a
     * quantifier may leave out.
     */
    private static String literalStart(String alternative) {
        StringBuilder out = new StringBuilder();
        int from = 0;
        if (alternative.startsWith("(?<!") || alternative.startsWith("(?<=")) {
            from = groupEnd(alternative, 0) + 1; // a look-behind takes no chars: the match begins after it
            if (from == 0 || quantified(alternative, from)) {
                return "";
            }
        }
        for (int i = from; i < alternative.length() && out.length() < 2; i++) {
            char c = alternative.charAt(i);
            boolean literal = index(c) != OTHER || c == ' ' || c == '-' || c == '\'' || c == '’';
            if (!literal) {
                break;
            }
            if (quantified(alternative, i + 1)) {
                break;
            }
            out.append(c);
            if (i + 1 < alternative.length() && alternative.charAt(i + 1) == '+') {
                break;
            }
        }
        return out.toString();
    }
}
