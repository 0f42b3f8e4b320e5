package org.geobrief.timeline.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PrefilterTest {

    @Test
    void a_month_name_or_its_abbreviation_may_name_a_month() {
        assertThat(Prefilter.mayNameMonth("Troops arrived on 6 January 2022")).isTrue();
        assertThat(Prefilter.mayNameMonth("on Sept. 3")).isTrue();
        assertThat(Prefilter.mayNameMonth("Dec")).isTrue();
        assertThat(Prefilter.mayNameMonth("Police said nothing about it")).isFalse();
        assertThat(Prefilter.mayNameMonth("in january"))
                .as("the rules match month names capitalised")
                .isFalse();
    }

    @Test
    void a_month_name_must_not_run_on_into_a_longer_word() {
        assertThat(Prefilter.mayNameMonth("Mary and Mark met Marine veterans in Decatur"))
                .isFalse();
        assertThat(Prefilter.mayNameMonth("Mary came in March")).isTrue();
        assertThat(Prefilter.mayNameMonth("Mar. 3")).isTrue();
        assertThat(Prefilter.mayNameMonth("Mayor said May's")).isTrue();
        assertThat(Prefilter.mayNameMonth("MAY 3")).isFalse();
    }

    @Test
    void a_year_is_19_or_20_and_two_digits() {
        assertThat(Prefilter.mayNameYear("in 2019")).isTrue();
        assertThat(Prefilter.mayNameYear("1991")).isTrue();
        assertThat(Prefilter.mayNameYear("06.01.2022")).isTrue();
        assertThat(Prefilter.mayNameYear("in 1899 and 219")).isFalse();
        assertThat(Prefilter.mayNameYear("20 people")).isFalse();
    }

    @Test
    void words_are_found_in_any_ascii_case() {
        assertThat(Prefilter.containsIgnoreCase("It happened YESTERDAY", "yesterday"))
                .isTrue();
        assertThat(Prefilter.containsIgnoreCase("Last Night", "night")).isTrue();
        assertThat(Prefilter.containsIgnoreCase("ago", "ago")).isTrue();
        assertThat(Prefilter.containsIgnoreCase("a go", "ago")).isFalse();
        assertThat(Prefilter.containsAnyIgnoreCase("over the Weekend", "month", "week"))
                .isTrue();
        assertThat(Prefilter.containsAnyIgnoreCase("on Sunday", "month", "year"))
                .isFalse();
    }

    @Test
    void digits_are_ascii_digits() {
        assertThat(Prefilter.hasDigit("on the 6th")).isTrue();
        assertThat(Prefilter.hasDigit("on the sixth")).isFalse();
    }

    @Test
    void contains_ignoring_case_is_what_a_case_insensitive_pattern_finds() {
        String[] words = {"yesterday", "night", "ago", "week", "month", "fall", "day"};
        String[] parts = {"a", "G", "o", "AGO", "Night", "nıght", "K", "k", "ſ", "da", "Y", " ", "@", "`", "DAY", "wEEk"
        };
        java.util.Random random = new java.util.Random(18);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder b = new StringBuilder();
            for (int k = random.nextInt(8); k > 0; k--) {
                b.append(parts[random.nextInt(parts.length)]);
            }
            String text = b.toString();
            for (String w : words) {
                boolean regex = java.util.regex.Pattern.compile(w, java.util.regex.Pattern.CASE_INSENSITIVE)
                        .matcher(text)
                        .find();
                assertThat(Prefilter.containsIgnoreCase(text, w))
                        .as(w + " in " + text)
                        .isEqualTo(regex);
            }
        }
    }

    @Test
    void contains_any_ignoring_case_is_one_of_the_words_found_ignoring_case() {
        String[][] wordSets = {
            {"spring", "summer", "fall", "autumn", "winter"}, {"ago", "night", "day"}, {"week"}, {"ago", "-ago"}
        };
        String[] parts = {
            "spr", "ing", "SUM", "mer", "Fa", "ll", "aut", "UMN", "wint", "er", "ago", "Night", "ſ", "K", " ", "@", "`",
            "d", "AY", "-"
        };
        java.util.Random random = new java.util.Random(18);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder b = new StringBuilder();
            for (int k = random.nextInt(8); k > 0; k--) {
                b.append(parts[random.nextInt(parts.length)]);
            }
            String text = b.toString();
            for (String[] words : wordSets) {
                boolean any = java.util.Arrays.stream(words).anyMatch(w -> Prefilter.containsIgnoreCase(text, w));
                assertThat(Prefilter.containsAnyIgnoreCase(text, words))
                        .as(String.join("|", words) + " in " + text)
                        .isEqualTo(any);
            }
        }
    }
}
