package org.geobrief.events.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {

    private static List<String> split(String text) {
        return new SentenceSplitter()
                .split(text).stream().map(s -> s.text(text)).toList();
    }

    @Test
    void abbreviations_and_initials_do_not_end_sentences() {
        assertThat(split("Mr. Putin met Gen. Ivanov on Jan. 6 in the U.S. capital. Vladimir V. Putin left. It rained."))
                .containsExactly(
                        "Mr. Putin met Gen. Ivanov on Jan. 6 in the U.S. capital.",
                        "Vladimir V. Putin left.",
                        "It rained.");
    }

    @Test
    void closing_quotes_stay_with_their_sentence_and_lines_are_paragraphs() {
        String text = "Headline Without Stop\nHe said “it is over.” Then he left!\n\nNext paragraph?";
        List<Sentence> s = new SentenceSplitter().split(text);
        assertThat(s.stream().map(x -> x.text(text)))
                .containsExactly("Headline Without Stop", "He said “it is over.”", "Then he left!", "Next paragraph?");
        assertThat(s.stream().map(Sentence::headline)).containsExactly(true, false, false, false);
        assertThat(s.stream().map(Sentence::paragraph)).containsExactly(0, 1, 1, 2);
    }

    @Test
    void a_byline_and_dateline_opening_a_paragraph_stand_apart_from_the_first_sentence() {
        String text = "By Olzhas Auyezov ALMATY (Reuters) -Russia has sent paratroopers. It said so.\n"
                + "MOSCOW – A Russian-led alliance will send troops.\n"
                + "WASHINGTON, D.C. (AP) — Officials met.\n"
                + "NATO troops arrived - and left.";
        List<Sentence> s = new SentenceSplitter().split(text);
        assertThat(s.stream().map(x -> x.text(text)))
                .containsExactly(
                        "By Olzhas Auyezov ALMATY (Reuters) -",
                        "Russia has sent paratroopers.",
                        "It said so.",
                        "MOSCOW –",
                        "A Russian-led alliance will send troops.",
                        "WASHINGTON, D.C. (AP) —",
                        "Officials met.",
                        "NATO troops arrived - and left.");
        assertThat(s.get(0).headline()).isTrue();
        assertThat(s.get(1).headline()).isFalse();
    }

    @Test
    void a_live_blogs_time_stamps_open_entries_of_their_own() {
        String text =
                "The Latest on teachers rallying (all times local): 10:50 a.m. Teachers fill the Capitol. It rained."
                        + " 12 a.m. Some say the walkout goes on. Police met at 9 a.m. Friday.";
        List<Sentence> s = new SentenceSplitter().split(text);
        assertThat(s.stream().map(x -> x.text(text)))
                .containsExactly(
                        "The Latest on teachers rallying (all times local):",
                        "10:50 a.m.",
                        "Teachers fill the Capitol.",
                        "It rained.",
                        "12 a.m.",
                        "Some say the walkout goes on.",
                        "Police met at 9 a.m. Friday.");
        assertThat(s.stream().map(Sentence::paragraph)).containsExactly(0, 1, 1, 1, 2, 2, 2);
        assertThat(s.stream().map(Sentence::headline)).containsExactly(false, true, false, false, true, false, false);
    }

    @Test
    void a_sentence_ends_with_a_mark_and_then_only_closing_quotes_and_brackets() {
        assertThat(SentenceSplitter.endsASentence("He said “stop.”)", 0, 16)).isTrue();
        assertThat(SentenceSplitter.endsASentence("Wait…", 0, 5)).isTrue();
        assertThat(SentenceSplitter.endsASentence("Breaking: floods in Iowa", 0, 24))
                .isFalse();
        assertThat(SentenceSplitter.endsASentence("x.) y", 0, 3)).isTrue(); // up to end only
        assertThat(SentenceSplitter.endsASentence("”)", 0, 2)).isFalse();
        assertThat(SentenceSplitter.endsASentence(".", 1, 1)).isFalse();
    }

    @Test
    void initials_are_what_the_letters_and_full_stops_pattern_matched() {
        java.util.regex.Pattern initials = java.util.regex.Pattern.compile("(?:\\p{L}\\.)+\\p{L}");
        String[] parts = {"U", "s", ".", "é", "𝐀", "1", "-", "..", "\u0301", "ß"};
        java.util.Random random = new java.util.Random(18);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder b = new StringBuilder();
            for (int k = random.nextInt(7); k > 0; k--) {
                b.append(parts[random.nextInt(parts.length)]);
            }
            String word = b.toString();
            assertThat(SentenceSplitter.initials(word))
                    .as(word)
                    .isEqualTo(initials.matcher(word).matches());
        }
        assertThat(SentenceSplitter.initials("U.S")).isTrue();
        assertThat(SentenceSplitter.initials("U.")).isFalse();
    }

    @Test
    void a_run_of_marks_at_the_start_of_a_line_is_a_stop_as_the_regex_found_it() {
        // the stop pattern's look-behind (no mark before) does not see before the line
        SentenceSplitter splitter = new SentenceSplitter();
        String text = "!! Hello there. Next one!\n\n?? What. And so.";
        assertThat(splitter.split(text).stream()
                        .map(x -> text.substring(x.start(), x.end()))
                        .toList())
                .containsExactly("!!", "Hello there.", "Next one!", "??", "What.", "And so.");
    }
}
