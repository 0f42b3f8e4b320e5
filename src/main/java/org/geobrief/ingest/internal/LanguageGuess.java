package org.geobrief.ingest.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Guesses an article's language (ISO 639-1) from its script and its most frequent function words. Enough to flag
 * non-English articles; "en" when unsure.
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

    /** Function word → the languages it is one of (one pass over the sample's words counts them all). */
    private static final Map<String, List<String>> LANGUAGES_OF = languagesOf();

    private static Map<String, List<String>> languagesOf() {
        Map<String, List<String>> out = new HashMap<>();
        STOPWORDS.forEach((language, words) -> {
            for (String w : words) {
                out.computeIfAbsent(w, k -> new ArrayList<>()).add(language);
            }
        });
        return out;
    }

    /** The longest function word, in chars: a longer word is none of them and is not looked up. */
    private static final int LONGEST =
            LANGUAGES_OF.keySet().stream().mapToInt(String::length).max().orElse(0);

    private LanguageGuess() {}

    public static String of(String text) {
        String sample = text.length() > 20_000 ? text.substring(0, 20_000) : text;
        int letters = 0, cyrillic = 0, arabic = 0, han = 0, kana = 0, hangul = 0;
        for (int i = 0; i < sample.length(); ) {
            int cp = sample.codePointAt(i);
            i += Character.charCount(cp);
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
        Map<String, Integer> counts = new HashMap<>(); // language → its function words in the sample
        String lower = sample.toLowerCase(Locale.ROOT);
        for (int i = 0; i < lower.length(); ) {
            int start = i;
            int cp;
            while (i < lower.length() && Character.isLetter(cp = lower.codePointAt(i))) {
                i += Character.charCount(cp);
            }
            if (i > start) {
                if (i - start <= LONGEST) {
                    for (String language : LANGUAGES_OF.getOrDefault(lower.substring(start, i), List.of())) {
                        counts.merge(language, 1, Integer::sum);
                    }
                }
            } else {
                i += Character.charCount(lower.codePointAt(i));
            }
        }
        String best = "en";
        int bestCount = -1;
        for (var e : STOPWORDS.entrySet()) {
            int count = counts.getOrDefault(e.getKey(), 0);
            boolean better =
                    count > bestCount || (count == bestCount && e.getKey().equals("en"));
            if (better) {
                best = e.getKey();
                bestCount = count;
            }
        }
        return best;
    }
}
