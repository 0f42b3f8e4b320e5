package org.geobrief.ingest.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.geobrief.geoparse.eval.Corpora;
import org.geobrief.geoparse.eval.EvalDocument;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class LanguageGuessTest {

    @Test
    void function_words_name_the_language() {
        assertThat(LanguageGuess.of("The protesters said that the police was in the square with the army."))
                .isEqualTo("en");
        assertThat(LanguageGuess.of("Les manifestants sont dans la rue et la police est là pour les disperser."))
                .isEqualTo("fr");
        assertThat(LanguageGuess.of(
                        "Die Polizei ist mit den Demonstranten auf der Straße und das nicht zum ersten Mal."))
                .isEqualTo("de");
        assertThat(LanguageGuess.of("O governo não disse que os manifestantes foram para a praça com a polícia."))
                .isEqualTo("pt");
    }

    @Test
    void script_names_the_language_before_words() {
        assertThat(LanguageGuess.of("Протестующие вышли на улицы Алматы.")).isEqualTo("ru");
        assertThat(LanguageGuess.of("12345 --- !!!")).isEqualTo("en");
    }

    @Test
    void words_are_lowered_as_the_whole_text_would_be() {
        // U+0130 lowers to "i" and a combining dot, which splits the word; U+212A (Kelvin) lowers to ASCII k
        assertThat(LanguageGuess.of("İL İL İL the")).isEqualTo(reference("İL İL İL the"));
        assertThat(LanguageGuess.of("DIE DER UND the")).isEqualTo("de");
        assertThat(LanguageGuess.of("\u212Aon des les la")).isEqualTo(reference("\u212Aon des les la"));
        assertThat(LanguageGuess.of("ΣΑΣ de la les")).isEqualTo(reference("ΣΑΣ de la les"));
    }

    @Test
    void answers_as_the_lower_case_copy_did_on_random_tricky_text() {
        String[] pieces = {
            "the ",
            "THE ",
            "de ",
            "la ",
            "não ",
            "NÃO ",
            "nicht",
            "della",
            "y ",
            "e ",
            "o ",
            "İ",
            "Σ",
            "ς",
            "\u212A",
            "ß",
            "é",
            "ü",
            "\u00A0",
            "’",
            "—",
            "д",
            "я",
            "і",
            "中",
            "あ",
            "한",
            "ع",
            "\uD835\uDC00",
            "\uD800",
            "\uDC00",
            "1",
            " ",
            "\n",
            ".",
            "-",
            "'",
            "a",
            "Z",
            "ſ",
            "ǅ",
            "Ω"
        };
        Random random = new Random(18);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder b = new StringBuilder();
            int length = random.nextInt(40);
            for (int i = 0; i < length; i++) {
                b.append(pieces[random.nextInt(pieces.length)]);
            }
            String text = b.toString();
            assertThat(LanguageGuess.of(text)).as(text).isEqualTo(reference(text));
        }
    }

    @Test
    void answers_as_the_lower_case_copy_did_on_the_evaluation_corpora() throws IOException {
        for (String corpus : List.of("../shared/eval/lgl/lgl.xml", "../shared/eval/geowebnews/GWN.xml")) {
            Path path = Path.of(corpus);
            Assumptions.assumeTrue(Files.exists(path), "corpus not present");
            for (EvalDocument d : Corpora.read(path)) {
                assertThat(LanguageGuess.of(d.text())).isEqualTo(reference(d.text()));
            }
            String xml = Files.readString(path);
            for (int from = 0; from < xml.length(); from += 20_000) {
                String part = xml.substring(from, Math.min(xml.length(), from + 25_000));
                assertThat(LanguageGuess.of(part)).isEqualTo(reference(part));
            }
        }
    }

    // ---- the guess as it was before issue 18's one-pass word count: the reference ----------------------------------

    private static final Map<String, Set<String>> STOPWORDS = Map.of(
            "en", Set.of("the", "and", "of", "to", "in", "is", "that", "was", "for", "with", "on", "said"),
            "fr", Set.of("le", "la", "les", "et", "des", "est", "une", "dans", "du", "que", "pour", "qui"),
            "de", Set.of("der", "die", "und", "das", "ist", "nicht", "mit", "den", "ein", "eine", "sich", "auf"),
            "es", Set.of("el", "los", "las", "y", "que", "en", "una", "por", "con", "para", "del", "se"),
            "it", Set.of("il", "della", "che", "di", "e", "per", "una", "sono", "gli", "nel", "con", "non"),
            "pt", Set.of("o", "os", "que", "não", "uma", "com", "para", "do", "da", "em", "dos", "foi"),
            "nl", Set.of("de", "het", "een", "en", "van", "niet", "dat", "op", "zijn", "met", "voor", "werd"));

    private static String reference(String text) {
        String sample = text.length() > 20_000 ? text.substring(0, 20_000) : text;
        int letters = 0, cyrillic = 0, arabic = 0, han = 0, kana = 0, hangul = 0;
        for (int i = 0; i < sample.length(); ) {
            int cp = sample.codePointAt(i);
            i += Character.charCount(cp);
            if (!Character.isLetter(cp)) {
                continue;
            }
            letters++;
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
        Map<String, List<String>> languagesOf = new HashMap<>();
        STOPWORDS.forEach((language, words) -> {
            for (String w : words) {
                languagesOf.computeIfAbsent(w, k -> new ArrayList<>()).add(language);
            }
        });
        Map<String, Integer> counts = new HashMap<>();
        String lower = sample.toLowerCase(Locale.ROOT);
        for (int i = 0; i < lower.length(); ) {
            int start = i;
            int cp;
            while (i < lower.length() && Character.isLetter(cp = lower.codePointAt(i))) {
                i += Character.charCount(cp);
            }
            if (i > start) {
                for (String language : languagesOf.getOrDefault(lower.substring(start, i), List.of())) {
                    counts.merge(language, 1, Integer::sum);
                }
            } else {
                i += Character.charCount(lower.codePointAt(i));
            }
        }
        // ties between two languages other than English went to the first in the map's order: LanguageGuess's map
        // and this one are built alike, so they iterate alike
        String best = "en";
        int bestCount = -1;
        for (var e : STOPWORDS.entrySet()) {
            int count = counts.getOrDefault(e.getKey(), 0);
            if (count > bestCount || (count == bestCount && e.getKey().equals("en"))) {
                best = e.getKey();
                bestCount = count;
            }
        }
        return best;
    }
}
