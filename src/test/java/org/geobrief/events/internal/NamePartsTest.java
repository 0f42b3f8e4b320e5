package org.geobrief.events.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A sentence, a place name in it and how it was resolved → the form that makes it part of a longer name, if any. */
class NamePartsTest {

    private static String part(String sentence, String name, boolean countryOrState) {
        int at = sentence.indexOf(name);
        return NameParts.partOf(sentence, at, at + name.length(), countryOrState);
    }

    @Test
    void a_name_hyphened_to_the_next_word_is_part_of_it() {
        assertThat(part("Ten Sent to Pre-Trial Custody.", "Pre", false)).isEqualTo("hyphened");
        assertThat(part("The Moscow-led alliance met on Monday.", "Moscow", false))
                .isEqualTo("hyphened");
        assertThat(part("Protesters marched in Moscow - and in St. Petersburg.", "Moscow", false))
                .isNull();
    }

    @Test
    void a_country_or_a_state_before_a_route_number_is_a_highway() {
        assertThat(part("The crash occurred at the intersection of Northeast 180th Avenue and U.S. 27A.", "U.S", true))
                .isEqualTo("route number");
        assertThat(part("A truck overturned on Texas 71 near the river.", "Texas", true))
                .isEqualTo("route number");
        assertThat(part("He was mailed at Gainesville 32601.", "Gainesville", false))
                .isNull();
        assertThat(part("The U.S. 1,000 troops arrived.", "U.S", true)).isNull();
        assertThat(part("Storms hit Texas on Monday.", "Texas", true)).isNull();
    }

    @Test
    void a_name_before_a_street_or_stream_word_names_the_street_or_stream() {
        assertThat(part("His motorcycle went off the road in Sand Creek Township early Wednesday.", "Sand", false))
                .isEqualTo("street or stream");
        assertThat(part("A four-car crash at Vegas Drive and Decatur Boulevard injured two.", "Decatur", false))
                .isEqualTo("street or stream");
        assertThat(part("Officers rammed the door at 44 Hungerford St., police said.", "Hungerford", false))
                .isEqualTo("street or stream");
    }

    @Test
    void an_agency_or_a_town_alone_is_no_street() {
        assertThat(part("according to a Florida Highway Patrol report.", "Florida", true))
                .isNull();
        assertThat(part("A Chapin man died early Tuesday in Chapin, police said.", "Chapin", false))
                .isNull();
        assertThat(part("Flooding closed roads in Fargo Monday.", "Fargo", false))
                .isNull();
    }
}
