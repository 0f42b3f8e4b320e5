package org.geobrief.events.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Session-10 cues (issue 16, precision): a sentence and its trigger → the cue that reads it as no specific occurrence. */
class SpecificsTest {

    private static final TriggerLexicon LEXICON = new TriggerLexicon();

    private static Optional<String> cue(String sentence, String word) {
        int at = sentence.indexOf(word);
        TriggerLexicon.Hit hit = LEXICON.find(sentence, TriggerLexicon.words(sentence)).stream()
                .filter(h -> h.start() <= at && h.end() > at)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no trigger at " + word + " in " + sentence));
        return Specifics.notSpecific(sentence, hit);
    }

    @Test
    void the_topic_of_a_talk_a_class_or_a_position_is_no_occurrence() {
        assertThat(cue("The library will hold a free seminar on identity theft for seniors.", "theft"))
                .contains("topic of talk");
        assertThat(cue(
                        "The committee got acquainted with the government's position on the expulsion of Russian diplomats.",
                        "expulsion"))
                .contains("topic of talk");
        assertThat(cue("Deputies talked to the students about burglary and drunk driving.", "burglary"))
                .contains("topic of talk");
        assertThat(cue("Burglars broke into the library on Monday and stole two laptops.", "stole"))
                .isEmpty();
    }

    @Test
    void a_running_total_of_a_campaign_is_no_occurrence() {
        assertThat(cue(
                        "The offensive has killed more than 1,600 civilians and wounded thousands, rescuers said.",
                        "killed"))
                .contains("running total");
        assertThat(cue(
                        "The authorities say about 150,000 people have now been displaced from the region.",
                        "displaced"))
                .contains("running total");
        assertThat(cue("A car bomb has killed 12 people in the market, police said.", "killed"))
                .isEmpty();
        assertThat(cue("The wildfire has now burned more than 1,000 acres.", "wildfire"))
                .isEmpty();
    }

    @Test
    void a_capitalised_trigger_before_a_name_is_a_person() {
        assertThat(cue("He defended ousted White House aide Rob Porter, who resigned in February.", "Rob"))
                .contains("given name");
        assertThat(cue("Two men tried to rob a store in Dayton on Monday.", "rob"))
                .isEmpty();
        assertThat(cue("Voters in Hamilton County go to the polls on Election Day, May 5.", "Election"))
                .isEmpty();
        assertThat(cue("Residents were still cleaning up after Hurricane Maria hit the island.", "Hurricane"))
                .isEmpty();
    }

    @Test
    void a_kind_the_sentence_negates_is_no_occurrence() {
        assertThat(cue(
                        "A couple with no history of drug trafficking was charged with selling narcotics.",
                        "trafficking"))
                .contains("negated");
        assertThat(cue("Police found no sign of a burglary at the home.", "burglary"))
                .contains("negated");
        assertThat(cue("Police said the burglary left no sign of forced entry.", "burglary"))
                .isEmpty();
    }

    @Test
    void an_epidemic_that_is_no_infection_is_no_epidemic() {
        assertThat(cue("The group helps families hit by the heroin and opioid epidemic.", "epidemic"))
                .contains("not an infection");
        assertThat(cue("The city is fighting an epidemic of gun violence.", "epidemic"))
                .contains("not an infection");
        assertThat(cue("A cholera epidemic has spread through the camp since Monday.", "epidemic"))
                .isEmpty();
    }

    @Test
    void a_found_objects_past_is_no_theft_told_here() {
        assertThat(cue(
                        "The body was found in the back seat of the car that police say was stolen from Decatur.",
                        "stolen"))
                .contains("object's history");
        assertThat(cue("Deputies recovered a pickup which had been stolen from a farm.", "stolen"))
                .contains("object's history");
        assertThat(cue("Missing man found in stolen car sunk in lake.", "stolen"))
                .contains("object's history");
        assertThat(cue("Police found the car that was stolen from a driveway on Tuesday.", "stolen"))
                .isEmpty();
        assertThat(cue("Two laptops were stolen from the school overnight.", "stolen"))
                .isEmpty();
    }
}
