package org.geobrief.events.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HedgesTest {

    @Test
    void hedge_words_are_counted_once_and_a_crowds_demands_left_out() {
        var words = new Hedges.HedgeWords("Protesters may march again, calling for his release, if police allow it.");
        assertThat(words.count(false)).isEqualTo(3); // may, calling for, if
        assertThat(words.count(true)).isEqualTo(2);
        assertThat(words.count(false)).isEqualTo(3);
    }

    @Test
    void a_shared_count_gives_the_factor_of_a_fresh_one() {
        String s = "Troops may have clashed with rebels, and a bombing might follow, officials said.";
        var words = new Hedges.HedgeWords(s);
        for (var hit : new TriggerLexicon().find(s)) {
            assertThat(Hedges.factor(s, hit, words)).isEqualTo(Hedges.factor(s, hit));
        }
    }
}
