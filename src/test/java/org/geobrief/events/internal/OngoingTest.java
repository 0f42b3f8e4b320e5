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

    private static boolean now(String sentence, String trigger) {
        int at = sentence.indexOf(trigger);
        return Ongoing.toldNow(sentence, at, at + trigger.length());
    }

    @Test
    void now_with_the_present_a_passive_progressive_or_has_seen_tell_the_time_of_writing() {
        assertThat(now(
                        "As the government now turns to its allies and deploys its troops, the region watches.",
                        "deploys"))
                .isTrue();
        assertThat(now("Russian airborne troops are being transferred to the country.", "transferred"))
                .isTrue();
        assertThat(now("The anger fuelled unrest that has seen government buildings stormed.", "stormed"))
                .isTrue();
    }

    @Test
    void the_past_tense_or_now_in_another_clause_does_not() {
        assertThat(now("Troops were deployed to the city on Monday.", "deployed"))
                .isFalse();
        assertThat(now("Now was the time, he said; troops stormed the building.", "stormed"))
                .isFalse();
        assertThat(now("The mayor now says that police arrested two men.", "arrested"))
                .isFalse(); // a reporting verb in the present: the arrest keeps its own time
    }
}
