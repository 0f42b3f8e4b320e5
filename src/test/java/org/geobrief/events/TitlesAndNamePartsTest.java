package org.geobrief.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * End to end on short texts written for these tests (issue 16, rounds 10 and 11 read): a title's event is dated by
 * the lead, and a place name that is only part of a longer name is not the scene. Each text → "Type, date at place".
 */
class TitlesAndNamePartsTest {

    private static List<String> read(String text, String published) {
        return TextReading.events(text, published).stream()
                .map(e ->
                        e.type().label() + ", " + e.date() + " at " + e.place().name())
                .toList();
    }

    @Test
    void a_title_event_the_body_does_not_retell_is_dated_by_the_lead() {
        assertThat(read(
                        "Hundreds of fans riot in Chiefland. Off-duty officers were called in early Saturday to"
                                + " break up a fight at a bar in Chiefland, Florida. Nobody was arrested.",
                        "2009-03-23"))
                .containsExactly("Riots, 2009-03-21 at Chiefland");
    }

    @Test
    void a_title_event_with_an_undated_lead_stays_at_publication() {
        assertThat(read(
                        "Hundreds of fans riot in Chiefland. Off-duty officers were called in to break up a fight at a"
                                + " bar in Chiefland, Florida. Nobody was arrested.",
                        "2009-03-23"))
                .containsExactly("Riots, 2009-03-23 at Chiefland");
    }

    @Test
    void a_town_name_inside_a_township_or_a_street_name_is_not_the_scene() {
        assertThat(read(
                        "His motorcycle went off the road in Sand Creek Township early Wednesday morning, near"
                                + " Jordan, Minnesota.",
                        "2009-03-15"))
                .noneMatch(e -> e.endsWith("at Sand"));
    }

    @Test
    void a_title_attack_the_body_tells_by_its_means_is_one_event_of_the_body_type() {
        assertThat(read(
                        "Envoy Condemns Attack that Killed One Policeman. A police car exploded on a landmine near"
                                + " Tskhinvali on Sunday, the ministry said.",
                        "2009-03-30"))
                .noneMatch(e -> e.startsWith("Violence against civilians"));
    }

    @Test
    void a_title_flood_and_a_body_storm_stay_two_events() {
        assertThat(read(
                        "Volunteers join flood fight in Fargo. A storm hit Fargo, North Dakota, on Monday, and the"
                                + " river rose.",
                        "2009-03-24"))
                .anyMatch(e -> e.startsWith("Flood"));
    }
}
