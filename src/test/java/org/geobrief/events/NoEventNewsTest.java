package org.geobrief.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * End to end on short texts written for these tests (issue 16, round 8: precision on local news that reports no
 * event): each text → the events a reader finds in it, as "Type, date @ place".
 */
class NoEventNewsTest {

    private static List<String> read(String text, String published) {
        return TextReading.events(text, published).stream()
                .map(e -> e.type().label() + ", " + e.date() + " @ "
                        + (e.place() == null ? "-" : e.place().name()))
                .toList();
    }

    @Test
    void an_old_event_named_by_its_year_is_background() {
        assertThat(read(
                        "MONROE, Ga. – Federal officials are nearly certain there are people living who can help them"
                                + " solve the 1946 Moore's Ford lynching.",
                        "2009-03-29"))
                .isEmpty();
    }

    @Test
    void a_shooting_told_to_commissioners_in_january_is_old_news() {
        assertThat(read(
                        "ATHENS, Texas – Stewart told commissioners in January that he had difficulty exiting his patrol"
                                + " car during an incident in Frankston in which he fatally shot a man.",
                        "2009-03-18"))
                .isEmpty();
    }

    @Test
    void a_charge_for_a_robbery_dated_months_ago_is_no_new_robbery() {
        assertThat(read(
                        "EVANSVILLE, Ind. – Prosecutors last week charged a man with robbing the Evansville Federal"
                                + " Credit Union on Dec. 5.",
                        "2009-03-16"))
                .isEmpty();
    }

    @Test
    void the_robbery_after_an_attempt_told_before_is_that_attempt() {
        assertThat(read(
                        "Man held after failed purse snatching. AUSTIN, Texas – A man tried to rob a shopper outside a"
                                + " grocery store on Tuesday night, police said. A passer-by chased him off. The victim"
                                + " of the robbery was not hurt, police said.",
                        "2009-03-19"))
                .isEmpty();
    }

    @Test
    void a_habitual_election_day_and_a_festival_directors_visit_are_no_events() {
        assertThat(read(
                        "Town may move its vote. MONROE, Ga. – Today the town holds its elections on the first Tuesday"
                                + " in June, the clerk said.",
                        "2009-03-19"))
                .isEmpty();
        assertThat(read(
                        "Blues festival director visits Monroe college. MONROE, Ga. – He spoke on Tuesday.",
                        "2009-03-19"))
                .isEmpty();
    }

    @Test
    void a_hyphenated_storm_compound_is_no_storm() {
        assertThat(read(
                        "ATHENS, Texas – The county's tornado-siren repairs are still unfinished, officials said.",
                        "2009-03-19"))
                .isEmpty();
    }

    @Test
    void a_town_named_hurricane_is_no_storm() {
        assertThat(read(
                        "Two missing teenagers found unharmed. HURRICANE, W.Va. - Law enforcement officers from Putnam"
                                + " County have found two teenagers who went missing on Sunday night. Sheriff's"
                                + " deputies and Hurricane police found the two.",
                        "2009-03-31"))
                .isEmpty();
    }

    @Test
    void a_small_town_in_the_dateline_places_the_fire_and_a_road_named_after_a_lake_does_not() {
        assertThat(read(
                        "Home hit by fire a second time. BYESVILLE -- Firefighters are searching for the cause of a"
                                + " blaze Monday morning that damaged an Indian Lake Road residence, a year after a"
                                + " house at the same address was destroyed by fire.",
                        "2009-03-24"))
                .containsExactly("Industrial accident, 2009-03-23 @ Byesville");
    }

    @Test
    void a_county_board_meeting_reports_no_event() {
        assertThat(read(
                        "ATHENS, Texas – With the threat of wildfires greatly reduced by heavy rains, commissioners"
                                + " voted for an end to the burn ban. The fire marshal showed the county in the blue"
                                + " category on the Keetch-Byrum Drought Index. The chairman requested that all the"
                                + " assessors resign.",
                        "2009-03-18"))
                .isEmpty();
    }

    @Test
    void a_robbery_reported_on_friday_is_still_an_event() {
        assertThat(read(
                        "GROVETOWN, Ga. – Two men robbed a couple at gunpoint in their Grovetown home on Friday,"
                                + " police said.",
                        "2009-03-31"))
                .containsExactly("Theft, 2009-03-27 @ Grovetown");
    }

    @Test
    void an_opinion_piece_reports_only_the_news_it_dates() {
        assertThat(read(
                        "I have lived in Alexandria for thirty years and I think my neighbours agree: the riots that"
                                + " shook the city taught us nothing. On Monday, a fire destroyed a warehouse in"
                                + " Alexandria.",
                        "2009-03-18"))
                .containsExactly("Industrial accident, 2009-03-16 @ Alexandria");
    }

    @Test
    void the_day_of_a_murder_told_before_is_no_new_murder() {
        assertThat(read(
                        "CHARLESTON, W.Va. -- Prosecutors spoke to reporters on Monday. A police officer had stopped"
                                + " the car on the day of the murder, they said.",
                        "2009-03-31"))
                .isEmpty();
    }

    @Test
    void a_woman_charged_in_a_killing_is_no_killing_on_the_day_investigators_spoke() {
        assertThat(read(
                        "AUGUSTA, Ga. -- The wounding of a woman charged in the beating death of a neighbor was staged"
                                + " to mislead deputies, investigators said Monday.",
                        "2009-03-31"))
                .isEmpty();
        assertThat(read(
                        "AUGUSTA, Ga. -- Deputies said a woman was beaten to death in her garage on Wednesday.",
                        "2009-03-31"))
                .containsExactly("Homicide, 2009-03-25 @ Augusta");
    }
}
