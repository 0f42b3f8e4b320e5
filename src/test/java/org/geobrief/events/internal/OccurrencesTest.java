package org.geobrief.events.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** Round-8 cues (issue 16, precision on news that reports no event): a sentence and its trigger → the cue, if any. */
class OccurrencesTest {

    private static final TriggerLexicon LEXICON = new TriggerLexicon();

    /** The cue that reads the first trigger found at {@code word} as no occurrence. */
    private static Optional<String> cue(String sentence, String word) {
        int at = sentence.indexOf(word);
        TriggerLexicon.Hit hit = LEXICON.find(sentence, TriggerLexicon.words(sentence)).stream()
                .filter(h -> h.start() <= at && h.end() > at)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no trigger at " + word + " in " + sentence));
        return Occurrences.notReported(sentence, hit);
    }

    @Test
    void a_trigger_that_modifies_a_role_an_office_or_a_measure_is_no_occurrence() {
        assertThat(cue("The county was in the blue category on the Keetch-Byrum Drought Index.", "Drought"))
                .contains("modifier");
        assertThat(cue("He spoke to the Government Administration and Elections Committee on Friday.", "Elections"))
                .contains("modifier");
        assertThat(cue("The kidnapping warrants have been dropped, the sheriff said.", "kidnapping"))
                .contains("modifier");
        assertThat(cue("Gunmen kidnapped two aid workers near the border on Monday.", "kidnapped"))
                .isEmpty();
    }

    @Test
    void a_hyphenated_compound_that_modifies_a_noun_is_no_occurrence() {
        assertThat(cue("The township's tornado-siren blind spots remain a worry.", "tornado"))
                .contains("compound modifier");
        assertThat(cue("Engineers say the flood-control levees are too low.", "flood"))
                .contains("compound modifier");
        assertThat(cue("Residents of flood-hit villages returned home on Monday.", "flood"))
                .isEmpty();
        assertThat(cue("Police said a murder-suicide left two people dead on Sunday.", "murder"))
                .isEmpty();
    }

    @Test
    void a_habitual_or_generic_present_is_no_occurrence() {
        assertThat(cue("At present the town holds its elections on the second Tuesday in June.", "elections"))
                .contains("habitual");
        assertThat(cue("The creek usually floods in the spring.", "floods")).contains("habitual");
        assertThat(cue("Council elections are held every two years.", "elections"))
                .contains("habitual");
        assertThat(cue("The creek flooded two houses on Monday.", "flooded")).isEmpty();
    }

    @Test
    void a_person_named_as_a_victim_is_a_role() {
        assertThat(cue("A woman first named as a kidnapping victim is now in jail.", "kidnapping"))
                .contains("role");
    }

    @Test
    void old_case_files_are_no_new_occurrence() {
        assertThat(cue("\"It's not just a standard cold case homicide,\" he said.", "homicide"))
                .contains("case file");
        assertThat(cue("Of the 107 cold cases the FBI is reviewing, the lynching is the oldest.", "lynching"))
                .contains("cold cases");
    }

    @Test
    void statistics_over_years_are_no_occurrence() {
        assertThat(cue(
                        "Over the past five years, 851 people lost their lives in crashes during the holiday.",
                        "crashes"))
                .contains("statistics");
        assertThat(cue("Out of that number, 327 were killed in crashes that involved a drunk driver.", "crashes"))
                .contains("statistics");
    }

    @Test
    void a_belief_the_article_revises_and_a_denial_are_no_occurrence() {
        assertThat(cue("At first, police believed Mr. Grier committed the robbery.", "robbery"))
                .contains("revised belief");
        assertThat(cue("Authorities said she appeared to have interrupted a burglary at her home.", "burglary"))
                .contains("revised belief");
        assertThat(cue("Sources now believe burglary was not a motive in her death.", "burglary"))
                .contains("denied");
    }

    @Test
    void an_accusation_without_a_date_of_the_act_is_no_occurrence() {
        assertThat(cue("Eleven customers have accused Mr. Heiden of fraud and unauthorized trading.", "fraud"))
                .contains("accusation");
        assertThat(cue("Bassett is accused of stabbing Miguel Beedle on March 23 in an alley.", "stabbing"))
                .isEmpty();
        assertThat(cue("Britain accused Russia of responsibility for the nerve agent attack in early March.", "attack"))
                .isEmpty();
    }

    @Test
    void a_request_a_threat_and_a_prevention_are_no_occurrence() {
        assertThat(cue("The chairman requested that all the assessors resign.", "resign"))
                .contains("request");
        assertThat(cue("The governor stopped in Moorhead, urging residents to join the flood fight.", "flood"))
                .isEmpty();
        assertThat(cue("With the threat of wildfires greatly reduced by rains, the ban ended.", "wildfires"))
                .contains("threat");
        assertThat(cue("Pool operators look to prevent another crypto outbreak.", "outbreak"))
                .contains("prevented");
    }

    @Test
    void an_old_event_recalled_is_no_occurrence() {
        assertThat(cue("Lord is still recovering from a near-fatal car crash.", "crash"))
                .contains("recalled");
        assertThat(cue(
                        "He told what was done to support Dominica since it was affected by the hurricane.",
                        "hurricane"))
                .contains("recalled");
    }

    @Test
    void rooms_flooding_numbers_collapsing_web_sites_and_private_posts_are_no_events() {
        assertThat(cue("On Monday, when one of the hallways flooded, he had to tend to it.", "flooded"))
                .contains("room");
        assertThat(cue("Visitor numbers collapsed after relations between the two capitals soured.", "collapsed"))
                .contains("quantity");
        assertThat(cue("For more information, visit the agency's Web site at www.example.gov.", "visit"))
                .contains("web");
        assertThat(cue("Goodwin, who stepped down as president of the network after his arrest, spoke.", "stepped"))
                .contains("private post");
        assertThat(cue("Smith stepped down as editor in chief on Monday, the paper said.", "stepped"))
                .contains("private post");
        assertThat(cue("The prime minister stepped down on Monday after the vote.", "stepped"))
                .isEmpty();
    }

    @Test
    void a_vote_on_a_motion_is_no_election() {
        assertThat(cue("The resolution would need to be voted on by the Elections Committee next week.", "voted"))
                .contains("motion vote");
    }

    @Test
    void a_year_in_the_noun_phrase_names_the_event() {
        String s = "Officials hope to solve the 1946 Moore's Ford lynching.";
        assertThat(NamedYears.of(s, s.indexOf("lynching"))).isEqualTo(OptionalInt.of(1946));
        String t = "Since the 2009 shooting, the school has hired guards.";
        assertThat(NamedYears.of(t, t.indexOf("shooting"))).isEqualTo(OptionalInt.of(2009));
        String u = "The 2009 budget was cut after the fire.";
        assertThat(NamedYears.of(u, u.indexOf("fire"))).isEqualTo(OptionalInt.empty());
    }

    @Test
    void a_charge_frame_may_name_the_accused_before_with() {
        String s = "Prosecutors last week charged George Chesnut with robbing the credit union on Dec. 5.";
        assertThat(LegalFrames.framed(s, s.indexOf("robbing"))).isTrue();
        String t = "Police charged a man after a crash with a truck.";
        assertThat(LegalFrames.framed(t, t.indexOf("truck"))).isFalse();
    }

    @Test
    void homeless_people_are_displaced_only_when_something_left_them_homeless() {
        assertThat(cue("A homeless man and his dog stand on the side of the street.", "homeless"))
                .contains("homeless state");
        assertThat(cue("The fire on Tuesday left 18 tenants homeless.", "homeless"))
                .isEmpty();
    }

    @Test
    void an_article_in_the_first_person_outside_quotes_is_the_writers_own_voice() {
        assertThat(ArticleVoice.personal("I remember my first visit. I think we were lucky."))
                .isTrue();
        assertThat(ArticleVoice.personal(
                        "\"I saw the fire, I ran, my God,\" a neighbour said. Firefighters arrived on Tuesday."))
                .isFalse();
    }

    @Test
    void a_crime_named_in_a_later_proceeding_is_no_new_occurrence() {
        assertThat(cue("Under the plea bargain, the state will drop a theft count and an arson charge.", "theft"))
                .contains("proceeding");
        assertThat(cue("On Tuesday the teenager pleaded guilty to second-degree murder in circuit court.", "murder"))
                .contains("proceeding");
        assertThat(cue(
                        "Testimony at the sentencing hearing showed the clerk embezzled donations for years.",
                        "embezzled"))
                .contains("proceeding");
        assertThat(cue("Prosecutors said the burglary charges were dismissed last week.", "burglary"))
                .contains("proceeding");
        assertThat(cue(
                        "A woman who was convicted of fraud in 2001 was arrested Sunday in a robbery at a pharmacy.",
                        "robbery"))
                .isEmpty();
        assertThat(cue("He pleaded guilty to robbing the pharmacy on March 3, the prosecutor said.", "robbing"))
                .isEmpty();
    }

    @Test
    void an_attempted_theft_or_killing_is_no_occurrence() {
        assertThat(cue("He was charged with attempted burglary of a storage unit.", "burglary"))
                .contains("attempt");
        assertThat(cue("Two men tried to steal a truck from the lot overnight.", "steal"))
                .contains("attempt");
        assertThat(cue("Two men stole a truck from the lot overnight.", "stole"))
                .isEmpty();
    }

    @Test
    void fire_department_words_are_modifiers_not_fires() {
        assertThat(cue("Crews responded to a fire alarm at the library on Monday.", "fire"))
                .contains("modifier");
        assertThat(cue("Crews responded to a fire at the library on Monday.", "fire"))
                .isEmpty();
        assertThat(new TriggerLexicon().find("Residents called to fire the police chief."))
                .isEmpty();
    }
}
