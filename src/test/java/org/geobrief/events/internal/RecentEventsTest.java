package org.geobrief.events.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RecentEventsTest {

    private static boolean recent(String sentence, String trigger) {
        return RecentEvents.told(sentence, sentence.indexOf(trigger));
    }

    @Test
    void recent_latest_or_recently_before_the_trigger_tells_a_recent_event() {
        assertThat(recent("The sheriff is warning residents about two recent scams.", "scams"))
                .isTrue();
        assertThat(recent("It was the latest attack on the town.", "attack")).isTrue();
        assertThat(recent("The store was recently robbed.", "robbed")).isTrue();
    }

    @Test
    void recent_far_from_the_trigger_or_absent_tells_nothing() {
        assertThat(recent("Recent figures show that a bank in the city was robbed.", "robbed"))
                .isFalse();
        assertThat(recent("The store was robbed.", "robbed")).isFalse();
    }
}
