package org.geobrief.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * End to end on short texts written for these tests (issue 16, session 10: precision on unseen news): each text → the
 * events a reader finds in it, as "Type, date @ place".
 */
class SpecificOccurrenceNewsTest {

    private static List<String> read(String text, String published) {
        return TextReading.events(text, published).stream()
                .map(e -> e.type().label() + ", " + e.date() + " @ "
                        + (e.place() == null ? "-" : e.place().name()))
                .toList();
    }

    @Test
    void the_definite_homicide_after_an_old_killing_is_that_old_case() {
        assertThat(read(
                        "DAYTON, Ohio – A clerk was shot dead in her home on Dec. 12, 2008. A man was indicted on"
                                + " Monday. Police did not say how they connected the man with the homicide.",
                        "2009-03-18"))
                .isEmpty();
    }

    @Test
    void a_new_homicide_with_its_own_day_stays_after_an_old_one() {
        assertThat(read(
                        "DAYTON, Ohio – A clerk's body was found on Aug. 3, 2008. On Sunday a man was shot dead outside"
                                + " a bar in Dayton, police said.",
                        "2009-03-18"))
                .containsExactly("Homicide, 2009-03-15 @ Dayton");
    }

    @Test
    void a_seminar_on_a_crime_and_a_tally_of_a_war_are_no_events() {
        assertThat(read(
                        "DAYTON, Ohio – The library will hold a free seminar on identity theft for seniors on Tuesday.",
                        "2009-03-18"))
                .isEmpty();
        assertThat(read(
                        "DAMASCUS, Syria – The offensive has killed more than 1,600 civilians, rescuers said.",
                        "2018-03-31"))
                .isEmpty();
    }

    @Test
    void an_act_dated_only_by_this_year_is_no_dated_occurrence() {
        assertThat(read(
                        "WASHINGTON – His role came under harsh scrutiny this year after two ministers were sacked by"
                                + " the president.",
                        "2018-04-05"))
                .isEmpty();
    }
}
