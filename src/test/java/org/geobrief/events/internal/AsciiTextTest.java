package org.geobrief.events.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class AsciiTextTest {

    @Test
    void a_word_is_found_in_any_case() {
        assertThat(AsciiText.containsAny("He ATTEMPTED to flee", "attempt", "trie"))
                .isTrue();
        assertThat(AsciiText.containsAny("He tried", "attempt", "trie")).isTrue();
        assertThat(AsciiText.containsAny("He fled", "attempt", "trie")).isFalse();
        assertThat(AsciiText.containsAny("", "attempt")).isFalse();
        assertThat(AsciiText.containsAny("tri", "trie")).isFalse();
    }

    @Test
    void contains_any_is_one_of_the_words_found_as_regionMatches_ignoring_case_finds_it() {
        String[][] wordSets = {{"attempt", "trie", "trying"}, {"any", "every", "whatever"}, {"tour"}, {"k", "-x"}};
        String[] parts = {
            "att", "EMPT", "tr", "IE", "ying", "an", "Y", "ev", "ery", "what", "ever", "TOUR", "ſ", "\u212A", "K", "k",
            "ı", "İ", " ", "@", "`", "-", "x"
        };
        Random random = new Random(18);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder b = new StringBuilder();
            for (int k = random.nextInt(8); k > 0; k--) {
                b.append(parts[random.nextInt(parts.length)]);
            }
            String text = b.toString();
            for (String[] words : wordSets) {
                assertThat(AsciiText.containsAny(text, words))
                        .as(String.join("|", words) + " in " + text)
                        .isEqualTo(Arrays.stream(words).anyMatch(w -> wordByWord(text, w)));
            }
        }
    }

    /** The test as it was: the word's first char in either ASCII case, then {@code regionMatches} ignoring case. */
    private static boolean wordByWord(String text, String lower) {
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
