package org.geobrief.ingest.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Guesses an article's language (ISO 639-1) from its script and its most frequent function words. Enough to flag
 * non-English articles; "en" when unsure.
 *
 * <p>The words are counted in one pass over the text, lower-casing each code point as {@code
 * toLowerCase(Locale.ROOT)} does, without a lower-case copy of the text or a string per word: a word is looked up
 * only when it is as short as the function words and all its chars are below U+0100 (theirs are), packed into a
 * {@code long}. The two code points that {@code toLowerCase} lowers with their context or into two chars (U+03A3
 * capital sigma, U+0130 capital I with dot) send a text to the plain way: lower-case copy, words split on it.
 */
public final class LanguageGuess {

    private static final Map<String, Set<String>> STOPWORDS = Map.of(
            "en", Set.of("the", "and", "of", "to", "in", "is", "that", "was", "for", "with", "on", "said"),
            "fr", Set.of("le", "la", "les", "et", "des", "est", "une", "dans", "du", "que", "pour", "qui"),
            "de", Set.of("der", "die", "und", "das", "ist", "nicht", "mit", "den", "ein", "eine", "sich", "auf"),
            "es", Set.of("el", "los", "las", "y", "que", "en", "una", "por", "con", "para", "del", "se"),
            "it", Set.of("il", "della", "che", "di", "e", "per", "una", "sono", "gli", "nel", "con", "non"),
            "pt", Set.of("o", "os", "que", "não", "uma", "com", "para", "do", "da", "em", "dos", "foi"),
            "nl", Set.of("de", "het", "een", "en", "van", "niet", "dat", "op", "zijn", "met", "voor", "werd"));

    /** The languages in {@link #STOPWORDS}' iteration order (which also breaks ties, as it always did). */
    private static final String[] LANGUAGES = STOPWORDS.keySet().toArray(String[]::new);

    /** The longest function word, in chars: a longer word is none of them and is not looked up. */
    private static final int LONGEST = STOPWORDS.values().stream()
            .flatMap(Set::stream)
            .mapToInt(String::length)
            .max()
            .orElse(0);

    /** Function words packed by {@link #pack}, sorted; {@link #LANGUAGES_OF} holds each one's languages. */
    private static final long[] WORDS;
    /** Per entry of {@link #WORDS}: the indices into {@link #LANGUAGES} of the languages it is a function word of. */
    private static final int[][] LANGUAGES_OF;

    static {
        Map<Long, List<Integer>> of = new HashMap<>();
        for (int l = 0; l < LANGUAGES.length; l++) {
            for (String w : STOPWORDS.get(LANGUAGES[l])) {
                of.computeIfAbsent(pack(w), k -> new ArrayList<>()).add(l);
            }
        }
        WORDS = of.keySet().stream().mapToLong(Long::longValue).sorted().toArray();
        LANGUAGES_OF = new int[WORDS.length][];
        for (int i = 0; i < WORDS.length; i++) {
            LANGUAGES_OF[i] =
                    of.get(WORDS[i]).stream().mapToInt(Integer::intValue).toArray();
        }
    }

    /** A word of at most {@link #LONGEST} chars below U+0100 as a long: its length, then 8 bits per char. */
    private static long pack(String word) {
        long key = word.length();
        for (int i = 0; i < word.length(); i++) {
            if (word.charAt(i) >= 0x100) {
                throw new IllegalArgumentException(word);
            }
            key = key << 8 | word.charAt(i);
        }
        return key;
    }

    private LanguageGuess() {}

    public static String of(String text) {
        String sample = text.length() > 20_000 ? text.substring(0, 20_000) : text;
        int letters = 0, cyrillic = 0, arabic = 0, han = 0, kana = 0, hangul = 0;
        boolean contextualCase = false; // holds a char that toLowerCase does not lower on its own
        for (int i = 0; i < sample.length(); ) {
            int cp = sample.charAt(i);
            if (cp < 0x80) { // ASCII: letters are a-z and A-Z
                i++;
                int folded = cp | 0x20;
                if (folded >= 'a' && folded <= 'z') {
                    letters++;
                }
                continue;
            }
            cp = sample.codePointAt(i);
            i += Character.charCount(cp);
            contextualCase |= cp == '\u03A3' || cp == '\u0130';
            if (!Character.isLetter(cp)) {
                continue;
            }
            letters++;
            if (cp < 0x0250) { // Latin letters: the script lookup (a binary search) is for the others
                continue;
            }
            switch (Character.UnicodeScript.of(cp)) {
                case CYRILLIC -> cyrillic++;
                case ARABIC -> arabic++;
                case HAN -> han++;
                case HIRAGANA, KATAKANA -> kana++;
                case HANGUL -> hangul++;
                default -> {}
            }
        }
        if (letters == 0) {
            return "en";
        }
        if (kana * 10 > letters) {
            return "ja";
        }
        if (han * 2 > letters) {
            return "zh";
        }
        if (hangul * 2 > letters) {
            return "ko";
        }
        if (arabic * 2 > letters) {
            return "ar";
        }
        if (cyrillic * 2 > letters) {
            return sample.matches("(?s).*[іїєґ].*") ? "uk" : "ru";
        }
        int[] counts = contextualCase ? countsOfLowerCopy(sample) : counts(sample);
        String best = "en";
        int bestCount = -1;
        for (int l = 0; l < LANGUAGES.length; l++) {
            int count = counts[l];
            boolean better = count > bestCount || (count == bestCount && LANGUAGES[l].equals("en"));
            if (better) {
                best = LANGUAGES[l];
                bestCount = count;
            }
        }
        return best;
    }

    /** Function words per language: the runs of letters of the text lowered code point by code point. */
    private static int[] counts(String sample) {
        int[] counts = new int[LANGUAGES.length];
        long key = 0; // the word so far, packed
        int length = 0; // its length in lowered chars
        boolean packable = true; // all its lowered chars are below U+0100
        for (int i = 0; i <= sample.length(); ) {
            int lower;
            if (i == sample.length()) {
                lower = ' '; // ends the last word
                i++;
            } else {
                char c = sample.charAt(i);
                if (c < 0x80) {
                    lower = c >= 'A' && c <= 'Z' ? c + 0x20 : c;
                    i++;
                } else {
                    int cp = sample.codePointAt(i);
                    i += Character.charCount(cp);
                    lower = Character.toLowerCase(cp);
                }
            }
            boolean letter = lower < 0x80 ? lower >= 'a' && lower <= 'z' : Character.isLetter(lower);
            if (letter) {
                length += Character.charCount(lower);
                if (lower < 0x100 && length <= LONGEST) {
                    key = key << 8 | lower;
                } else {
                    packable = false;
                }
                continue;
            }
            if (length > 0 && length <= LONGEST && packable) {
                count(counts, (long) length << (8 * length) | key);
            }
            key = 0;
            length = 0;
            packable = true;
        }
        return counts;
    }

    /** {@link #counts} the plain way: a lower-case copy of the text, split into runs of letters. */
    private static int[] countsOfLowerCopy(String sample) {
        int[] counts = new int[LANGUAGES.length];
        String lower = sample.toLowerCase(Locale.ROOT);
        for (int i = 0; i < lower.length(); ) {
            int start = i;
            int cp;
            while (i < lower.length() && Character.isLetter(cp = lower.codePointAt(i))) {
                i += Character.charCount(cp);
            }
            if (i > start) {
                if (i - start <= LONGEST) {
                    String word = lower.substring(start, i);
                    if (word.chars().allMatch(ch -> ch < 0x100)) {
                        count(counts, pack(word));
                    }
                }
            } else {
                i += Character.charCount(lower.codePointAt(i));
            }
        }
        return counts;
    }

    private static void count(int[] counts, long word) {
        int at = Arrays.binarySearch(WORDS, word);
        if (at >= 0) {
            for (int l : LANGUAGES_OF[at]) {
                counts[l]++;
            }
        }
    }
}
