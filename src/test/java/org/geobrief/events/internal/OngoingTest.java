package org.geobrief.events.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OngoingTest {

    private static boolean ongoing(String sentence, String trigger) {
        int at = sentence.indexOf(trigger);
        return Ongoing.told(sentence, at, at + trigger.length());
    }

    @Test
    void a_progressive_in_the_triggers_clause_tells_an_event_going_on_now() {
        assertThat(ongoing("Crown Prince Mohammed Bin Salman is coming to the end of a three-week US tour.", "tour"))
                .isTrue();
        assertThat(ongoing("Protesters have been camping outside parliament since the vote.", "camping"))
                .isTrue();
    }

    @Test
    void a_past_tense_or_a_progressive_in_another_clause_does_not() {
        assertThat(ongoing("When Trump visited Riyadh last year he boasted of the deal.", "visited"))
                .isFalse();
        assertThat(ongoing("The talks are continuing; the minister toured the camp.", "toured"))
                .isFalse();
        assertThat(ongoing("Officials said the ministry is going to announce a visit.", "visit"))
                .isFalse();
    }
}
