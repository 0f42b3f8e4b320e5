package org.geobrief.events.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TriggerLexiconTest {

    private final TriggerLexicon lexicon = new TriggerLexicon();

    private List<String> found(String sentence) {
        return lexicon.find(sentence).stream()
                .map(h -> sentence.substring(h.start(), h.end()))
                .toList();
    }

    @Test
    void a_phrase_is_found_only_when_the_sentence_has_a_word_for_each_of_its_parts() {
        assertThat(found("The blast hit the market.")).containsExactly("The blast");
        assertThat(found("The market was hit.")).isEmpty();
    }

    @Test
    void hyphenated_forms_match_joined_spaced_and_hyphenated() {
        assertThat(found("An airstrike hit the town.")).containsExactly("airstrike");
        assertThat(found("An air strike hit the town.")).containsExactly("air strike");
        assertThat(found("An air-strike hit the town.")).containsExactly("air-strike");
    }

    @Test
    void every_occurrence_is_found_left_to_right_also_after_an_earlier_non_matching_first_word() {
        // "on" opens "go|on strike" without it: the pattern runs from the first "on" and still finds the later one
        assertThat(found("Workers on the line went on strike, and dockers went on strike too."))
                .containsExactly("on strike", "on strike");
    }

    @Test
    void words_are_split_where_the_patterns_word_boundary_splits_and_kept_at_their_first_occurrence() {
        WordTable all = WordTable.of(java.util.List.of("air", "strike", "on", "sana", "a", "the", "air_2", "aa"));
        assertThat(TriggerLexicon.words("Air-strike on Sana’a; the air strike, AIR_2.", all))
                .containsExactlyInAnyOrderEntriesOf(
                        java.util.Map.of("air", 0, "strike", 4, "on", 11, "sana", 14, "a", 19, "the", 22, "air_2", 38));
    }

    @Test
    void only_the_words_the_lexicon_can_use_are_kept() {
        assertThat(TriggerLexicon.words("Protesters marched on Sana’a; AIR_2 the Blast."))
                .containsOnlyKeys("protesters", "marched", "on", "a", "the", "blast")
                .containsEntry("blast", 40);
    }

    @Test
    void ascii_lower_case_keeps_every_other_char_and_index() {
        assertThat(TriggerLexicon.asciiLowerCase("KYIV İstanbul Ünye")).isEqualTo("kyiv İstanbul Ünye");
    }
}
