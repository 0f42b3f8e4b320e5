package org.geobrief.geoparse.internal.recognise;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits text into words, numbers and punctuation. Hyphenated names become one token per part ("Nur", "-",
 * "Sultan") so that "Almaty-based" still yields "Almaty"; a possessive 's is its own token; initialisms keep their
 * dots ("U.S.", "D.C.") and so do known abbreviations ("St.", "Ala.", "Gov."), which then do not end a sentence.
 *
 * <p>The scanner is written out by hand (a regex search at every token cost 7% of the analysis thread, issue 18) and
 * matches exactly what this regex matched, alternatives tried in order ({@code TokenizerTest} compares the two):
 *
 * <pre>
 * \p{Lu}\.\p{Lu}\p{Ll}{1,3}\.                                          W.Va.
 * (?:\p{Lu}\.){2,}+(?:\p{Lu}\b)?                                      U.S., D.C., U.K
 * [\p{L}\p{M}][\p{L}\p{M}\p{Nd}]*+(?:['’](?![sS]\b)[\p{L}\p{M}\p{Nd}]++)*+   words, O'Brien, not a possessive 's
 * \p{Nd}++(?:[.,:]\p{Nd}++)*+                                         1,200.5, 10:30
 * \S                                                                any other code point
 * </pre>
 */
final class Tokenizer {

    /** Words that, followed by a period, are abbreviations rather than sentence ends. */
    static final Set<String> ABBREVIATIONS = Lexicon.words(
            """
            St Ste Ft Mt Mr Mrs Ms Dr Gov Sen Rep Gen Lt Col Sgt Capt Jr Sr Rev Prof Co Corp Inc Ltd Ave Rd Blvd
            Pres Adm Maj Cpl Pvt Supt Insp Det Hon Atty Ala Ariz Ark Calif Cal Colo Conn Del Fla Ga Ill Ind Kan
            Kans Ky La Md Mass Mich Minn Miss Mo Mont Neb Nebr Nev Okla Ore Oreg Pa Penn Tenn Tex Vt Va Wash Wis
            Wisc Wyo No vs Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec
            """);

    private Tokenizer() {}

    static List<Token> tokenize(String text) {
        List<Token> out = new ArrayList<>();
        boolean nextStartsSentence = true;
        int prevEnd = 0;
        int nextNewline = -1;
        int n = text.length();
        int s = skipSpace(text, 0);
        while (s < n) {
            int e = tokenEnd(text, s);
            String t = text.substring(s, e);
            if (e < n && text.charAt(e) == '.' && ABBREVIATIONS.contains(t)) {
                e++;
                t = t + ".";
            }
            if (nextNewline < prevEnd) {
                nextNewline = text.indexOf('\n', prevEnd);
                if (nextNewline < 0) {
                    nextNewline = Integer.MAX_VALUE;
                }
            }
            boolean newline = nextNewline < s;
            boolean sentenceStart = nextStartsSentence || newline;
            Token tok = new Token(t, s, e, sentenceStart && Character.isLetter(t.codePointAt(0)), newline);
            out.add(tok);
            if (tok.isWord() || Character.isDigit(t.charAt(0))) {
                nextStartsSentence = false;
            } else if (t.equals(".") || t.equals("!") || t.equals("?") || t.equals(":") || t.equals("…")) {
                nextStartsSentence = true;
            } else if (newline) {
                // an opening quote or bullet at the start of a line: the next word still starts the sentence
                nextStartsSentence = true;
            }
            prevEnd = e;
            s = skipSpace(text, e);
        }
        return out;
    }

    /** The first index at or after {@code i} that is not regex whitespace ({@code \\s}: space, \\t \\n \\x0B \\f \\r). */
    private static int skipSpace(String text, int i) {
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (c != ' ' && (c < '\t' || c > '\r')) {
                break;
            }
            i++;
        }
        return i;
    }

    /** The end of the token that starts at {@code s}, a non-space: the first of the alternatives above that matches. */
    static int tokenEnd(String text, int s) {
        int c = text.codePointAt(s);
        int type = Character.getType(c);
        if (type == Character.UPPERCASE_LETTER) {
            int e = initialism(text, s);
            if (e > s) {
                return e;
            }
        }
        if (isLetterOrMark(type)) {
            return wordEnd(text, s + Character.charCount(c));
        }
        if (type == Character.DECIMAL_DIGIT_NUMBER) {
            return numberEnd(text, s);
        }
        return s + Character.charCount(c);
    }

    /** "W.Va." or two or more "X." and an optional last capital ("U.K"); {@code s} when neither matches. */
    private static int initialism(String text, int s) {
        int n = text.length();
        // W.Va.: capital, dot, capital, one to three lower-case letters, dot
        int i = afterCapitalDot(text, s);
        if (i > s && i < n) {
            int c = text.codePointAt(i);
            if (Character.getType(c) == Character.UPPERCASE_LETTER) {
                int j = i + Character.charCount(c);
                int lower = 0;
                while (lower < 4 && j < n) {
                    int l = text.codePointAt(j);
                    if (Character.getType(l) != Character.LOWERCASE_LETTER) {
                        break;
                    }
                    j += Character.charCount(l);
                    lower++;
                }
                if (lower >= 1 && lower <= 3 && j < n && text.charAt(j) == '.') {
                    return j + 1;
                }
            }
        }
        // U.S., D.C., U.K: two or more "X.", then a capital ending a word
        int repeats = 0;
        int e = s;
        for (int next = afterCapitalDot(text, e); next > e; next = afterCapitalDot(text, e)) {
            e = next;
            repeats++;
        }
        if (repeats < 2) {
            return s;
        }
        if (e < n) {
            int c = text.codePointAt(e);
            if (Character.getType(c) == Character.UPPERCASE_LETTER
                    && isBoundaryAfterWord(text, e + Character.charCount(c))) {
                return e + Character.charCount(c);
            }
        }
        return e;
    }

    /** The index after an upper-case letter and a period at {@code i}, or {@code i}. */
    private static int afterCapitalDot(String text, int i) {
        if (i >= text.length()) {
            return i;
        }
        int c = text.codePointAt(i);
        int dot = i + Character.charCount(c);
        if (Character.getType(c) == Character.UPPERCASE_LETTER && dot < text.length() && text.charAt(dot) == '.') {
            return dot + 1;
        }
        return i;
    }

    /**
     * The end of a word whose first letter or mark ends at {@code i}: letters, marks and digits, and apostrophes
     * followed by more of them unless they start a possessive 's ("O'Brien", "Kazakhstan’s" → "Kazakhstan").
     */
    private static int wordEnd(String text, int i) {
        int n = text.length();
        i = wordCharsEnd(text, i);
        while (i < n) {
            char q = text.charAt(i);
            if (q != '\'' && q != '’') {
                break;
            }
            int after = i + 1;
            if (after < n
                    && (text.charAt(after) == 's' || text.charAt(after) == 'S')
                    && isBoundaryAfterWord(text, after + 1)) {
                break;
            }
            int end = wordCharsEnd(text, after);
            if (end == after) {
                break;
            }
            i = end;
        }
        return i;
    }

    private static int wordCharsEnd(String text, int i) {
        int n = text.length();
        while (i < n) {
            char ch = text.charAt(i);
            if (ch < 0x80) {
                if (!(ch >= 'a' && ch <= 'z' || ch >= 'A' && ch <= 'Z' || ch >= '0' && ch <= '9')) {
                    break;
                }
                i++;
                continue;
            }
            int c = text.codePointAt(i);
            int type = Character.getType(c);
            if (!isLetterOrMark(type) && type != Character.DECIMAL_DIGIT_NUMBER) {
                break;
            }
            i += Character.charCount(c);
        }
        return i;
    }

    /** Digits, then groups of a separator ({@code . , :}) and digits ("1,200.5", "10:30"). */
    private static int numberEnd(String text, int s) {
        int n = text.length();
        int i = digitsEnd(text, s);
        while (i < n) {
            char sep = text.charAt(i);
            if (sep != '.' && sep != ',' && sep != ':') {
                break;
            }
            int end = digitsEnd(text, i + 1);
            if (end == i + 1) {
                break;
            }
            i = end;
        }
        return i;
    }

    private static int digitsEnd(String text, int i) {
        int n = text.length();
        while (i < n) {
            int c = text.codePointAt(i);
            if (Character.getType(c) != Character.DECIMAL_DIGIT_NUMBER) {
                break;
            }
            i += Character.charCount(c);
        }
        return i;
    }

    private static boolean isLetterOrMark(int type) {
        return switch (type) {
            case Character.UPPERCASE_LETTER,
                    Character.LOWERCASE_LETTER,
                    Character.TITLECASE_LETTER,
                    Character.MODIFIER_LETTER,
                    Character.OTHER_LETTER,
                    Character.NON_SPACING_MARK,
                    Character.ENCLOSING_MARK,
                    Character.COMBINING_SPACING_MARK -> true;
            default -> false;
        };
    }

    /**
     * The regex {@code \\b} after a letter, at {@code i}: the text ends, or what follows is no word character
     * ({@code java.util.regex} counts letters, decimal digits, '_' and, after a letter, non-spacing marks).
     */
    private static boolean isBoundaryAfterWord(String text, int i) {
        if (i >= text.length()) {
            return true;
        }
        int c = text.codePointAt(i);
        // a mark counts when the char before it is a letter: for a supplementary letter that char is its low
        // surrogate, which the regex does not take for a letter
        return c != '_'
                && !Character.isLetterOrDigit(c)
                && !(Character.getType(c) == Character.NON_SPACING_MARK
                        && Character.isLetterOrDigit(text.codePointAt(i - 1)));
    }
}
