package org.geobrief.events.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits news text into sentences. Every line break ends a paragraph; inside one, a sentence ends at {@code .!?}
 * (and any closing quotes) followed by space and a capital, digit or opening quote, unless the word before the
 * stop is a known abbreviation ("Mr.", "Jan.", "Gen."), an initial ("Vladimir V. Putin") or dotted letters ("U.S.").
 * A sentence-final "U.S." is therefore not split from the next sentence: rarer than "the U.S. State Department".
 * A byline and dateline that open a paragraph ("By Olzhas Auyezov ALMATY (Reuters) -", "MOSCOW –") are a
 * headline-like piece of their own, so that the first sentence a briefing quotes starts at its first word. A live
 * blog's time stamp ("10:50 a.m.") opens a paragraph of its own.
 */
public final class SentenceSplitter {

    /** What ends a sentence: a mark, then only closing quotes and brackets ({@code [.!?:;…]["'”’)\]]*\z}). */
    private static final String MARKS = ".!?:;…";

    private static final String CLOSERS = "\"'”’)]";

    // Possessive quantifiers and a run that starts only at its first mark keep both patterns linear: a line of 50 KB
    // capitals took 194 s with backtracking quantifiers, and a run of 1 MB full stops was quadratic. The look-ahead
    // for a mark comes first, so that the search tries the look-behind only at marks.
    private static final Pattern STOP =
            Pattern.compile("(?=[.!?])(?<![.!?])[.!?]++[\"'”’)\\]]*+\\s++(?=[\"'“‘(\\[]?[\\p{Lu}\\d])");
    /**
     * A live blog's time stamp opening an entry inside a line: "(all times local): 10:50 a.m. Oklahoma lawmakers ...",
     * "... after years of cuts. 12 a.m. Some say ...". It starts a new paragraph, so that each entry's sentences are
     * dated and placed from their own entry. The look-ahead for a digit comes first: the search tries every
     * position, and the look-behind of up to four characters is costly to try where no stamp begins.
     */
    private static final Pattern STAMP = Pattern.compile(
            "(?=\\d)(?<=[.:!?\"”]\\s{1,3}|^)\\d{1,2}(?::\\d{2})?\\s?[ap]\\.m\\.\\s++(?=\\p{Lu})", Pattern.MULTILINE);
    // A word of a dateline may hold a hyphen only before a letter, so that the dash after the place is never part of
    // it.
    private static final String WORD_TAIL = "(?:[\\p{L}.'’]|-(?=[\\p{L}.'’]))*+";
    private static final Pattern PREAMBLE = Pattern.compile("\\s*+(?:By\\s++(?:\\p{Lu}" + WORD_TAIL + "\\s++){1,4}?)?"
            + "\\p{Lu}{2}(?:[\\p{Lu}.'’]|-(?=[\\p{Lu}.'’]))*+(?:[ ,]++\\p{Lu}" + WORD_TAIL + ")*+"
            + "\\s*+(?:\\([^)]{1,40}\\)\\s*+)?[-–—]++\\s*+(?=\\S)");
    private static final Set<String> ABBREVIATIONS = Set.of(
            "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "sgt", "cpl", "adm", "gov", "sen",
            "rep", "rev", "st", "mt", "ft", "jr", "sr", "no", "nos", "vs", "inc", "ltd", "corp", "jan", "feb", "mar",
            "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "approx", "est", "ave", "ste", "dept",
            "univ", "e.g", "i.e", "fig", "pres", "sens", "reps", "govt", "brig", "cmdr", "mme", "messrs");

    public List<Sentence> split(String text) {
        List<Sentence> out = new ArrayList<>();
        int paragraph = 0;
        Lines line = new Lines(text);
        while (line.find()) {
            if (line.isBlank()) {
                continue;
            }
            int from = line.start();
            Matcher preamble = PREAMBLE.matcher(text).region(line.start(), line.end());
            if (preamble.lookingAt() && preamble.end() < line.end()) {
                addHeadline(text, from, preamble.end(), paragraph, out);
                from = preamble.end();
            }
            Matcher stamp = STAMP.matcher(text).region(from, line.end());
            // every stamp holds "a.m." or "p.m.": most lines have none, and STAMP's search tries its look-behind at
            // every character (it was a seventh of the events' CPU)
            while (holdsMeridiem(text, from, line.end()) && stamp.find()) {
                if (stamp.start() > from) {
                    sentences(text, from, stamp.start(), paragraph, out);
                    paragraph++; // the entries of a live blog are paragraphs of their own
                }
                addHeadline(text, stamp.start(), stamp.end(), paragraph, out);
                from = stamp.end();
            }
            sentences(text, from, line.end(), paragraph, out);
            paragraph++;
        }
        return out;
    }

    /** Whether {@code text[from, to)} contains ".m." (of "a.m." or "p.m."). */
    private static boolean holdsMeridiem(String text, int from, int to) {
        for (int i = from + 1; i + 1 < to; i++) {
            if (text.charAt(i) == 'm' && text.charAt(i - 1) == '.' && text.charAt(i + 1) == '.') {
                return true;
            }
        }
        return false;
    }

    private static void sentences(String text, int from, int to, int paragraph, List<Sentence> out) {
        Matcher stop = STOP.matcher(text);
        int regionStart = from;
        for (int p = nextStop(text, regionStart, from, to); p >= 0; p = nextStop(text, regionStart, p + 1, to)) {
            // as STOP.matcher(text).region(regionStart, to).find(): tried only where a run of marks begins
            if (!stop.region(p, to).lookingAt()) {
                continue;
            }
            if (!isAbbreviation(text, from, stop.start())) {
                add(text, from, stop.end(), paragraph, out);
                from = stop.end();
            }
            p = stop.end() - 1;
        }
        add(text, from, to, paragraph, out);
    }

    /**
     * The first index in {@code [at, to)} where a {@link #STOP} match can begin: a mark (. ! ?) that no mark precedes
     * inside {@code [regionStart, to)} (its look-behind does not see before the region), or -1.
     */
    private static int nextStop(String text, int regionStart, int at, int to) {
        for (int i = at; i < to; i++) {
            if (isStopMark(text.charAt(i)) && (i == regionStart || !isStopMark(text.charAt(i - 1)))) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isStopMark(char c) {
        return c == '.' || c == '!' || c == '?';
    }

    /** The lines of a text as {@code [^\n]+} finds them: the runs of chars between line feeds. */
    private static final class Lines {
        private final String text;
        private int start;
        private int end = -1;

        Lines(String text) {
            this.text = text;
        }

        boolean find() {
            int i = end + 1;
            while (i < text.length() && text.charAt(i) == '\n') {
                i++;
            }
            if (i >= text.length()) {
                return false;
            }
            start = i;
            int nl = text.indexOf('\n', i);
            end = nl < 0 ? text.length() : nl;
            return true;
        }

        int start() {
            return start;
        }

        int end() {
            return end;
        }

        /** As {@code group().isBlank()}: every char whitespace (no whitespace char is a surrogate). */
        boolean isBlank() {
            for (int i = start; i < end; i++) {
                if (!Character.isWhitespace(text.charAt(i))) {
                    return false;
                }
            }
            return true;
        }
    }

    /**
     * Whether {@code text[start, end)} ends with a mark and then only closers: a scan back from the end instead of a
     * search that tries every position (no char is both a mark and a closer).
     */
    static boolean endsASentence(String text, int start, int end) {
        int i = end - 1;
        while (i >= start && CLOSERS.indexOf(text.charAt(i)) >= 0) {
            i--;
        }
        return i >= start && MARKS.indexOf(text.charAt(i)) >= 0;
    }

    private static void addHeadline(String text, int start, int end, int paragraph, List<Sentence> out) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            out.add(new Sentence(start, end, paragraph, true));
        }
    }

    private static void add(String text, int start, int end, int paragraph, List<Sentence> out) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            boolean headline = !endsASentence(text, start, end);
            out.add(new Sentence(start, end, paragraph, headline));
        }
    }

    /** True when the word ending at {@code dot} (the stop's first char) is an abbreviation or an initial. */
    private static boolean isAbbreviation(String text, int lineStart, int dot) {
        if (text.charAt(dot) != '.') {
            return false;
        }
        int w = dot;
        while (w > lineStart && !Character.isWhitespace(text.charAt(w - 1)) && text.charAt(w - 1) != '(') {
            w--;
        }
        while (w < dot && "\"'“‘".indexOf(text.charAt(w)) >= 0) {
            w++; // opening quotes are no part of the word
        }
        String word = text.substring(w, dot);
        if (word.isEmpty()) {
            return false;
        }
        if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
            return true; // an initial
        }
        if (initials(word)) {
            return true; // U.S, U.N, E.U
        }
        return ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT));
    }

    /** As {@code word.matches("(?:\\p{L}\\.)+\\p{L}")}: letters joined by full stops, at least two ("U.S", "E.U"). */
    static boolean initials(String word) {
        int i = 0;
        int n = word.length();
        for (int letters = 0; ; letters++) {
            if (i >= n) {
                return false;
            }
            int cp = word.codePointAt(i);
            if (!Character.isLetter(cp)) {
                return false;
            }
            i += Character.charCount(cp);
            if (i == n) {
                return letters > 0;
            }
            if (word.charAt(i) != '.') {
                return false;
            }
            i++;
        }
    }
}
