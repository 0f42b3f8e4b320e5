package org.geobrief.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * End to end on short texts written for these tests (issue 16, round 9): accidents and disasters told without the
 * words "crash" or "landslide", and court proceedings on old crimes, each text → its events as "Type, date @ place".
 */
class AccidentWordingTest {

    private static List<String> read(String text, String published) {
        return TextReading.events(text, published).stream()
                .map(e -> e.type().label() + ", " + e.date() + " @ "
                        + (e.place() == null ? "-" : e.place().name()))
                .toList();
    }

    @Test
    void a_car_that_left_the_road_and_struck_trees_is_a_road_accident() {
        assertThat(read(
                        "MARIETTA, Ohio -- A woman was hurt Saturday night when her sedan left the roadway on a"
                                + " curve and struck two trees, the sheriff's office said.",
                        "2009-03-23"))
                .containsExactly("Transport accident, 2009-03-21 @ Marietta");
    }

    @Test
    void an_automobile_accident_that_closed_interstate_lanes_is_a_road_accident() {
        assertThat(read(
                        "LEXINGTON, Ky. -- On Friday morning two lanes of Interstate 75 were closed because of an"
                                + " automobile accident, dispatchers said.",
                        "2009-03-28"))
                .containsExactly("Transport accident, 2009-03-27 @ Lexington");
    }

    @Test
    void a_hillside_that_gave_way_onto_a_road_is_a_landslide() {
        assertThat(read(
                        "ASHEVILLE, N.C. -- A rain-soaked hillside gave way Wednesday, burying a stretch of road"
                                + " under mud and rock and damaging two homes.",
                        "2009-03-27"))
                .containsExactly("Landslide, 2009-03-25 @ Asheville");
    }

    @Test
    void a_family_evacuated_by_a_mudslide_is_part_of_the_slide() {
        assertThat(read(
                        "ASHEVILLE, N.C. -- Water from an abandoned mine set off a mudslide Tuesday that closed the"
                                + " road. The mudslide forced the evacuation of a family on Tuesday, officials said.",
                        "2009-03-27"))
                .containsExactly("Landslide, 2009-03-24 @ Asheville");
    }

    @Test
    void firefighters_sent_to_a_blaze_report_a_fire() {
        assertThat(read(
                        "ZANESVILLE, Ohio -- Firefighters responded to a blaze at a duplex on Maple Avenue early"
                                + " Sunday; nobody was hurt.",
                        "2009-03-24"))
                .containsExactly("Industrial accident, 2009-03-22 @ Zanesville");
    }

    @Test
    void a_plea_that_drops_charges_reports_no_new_crime() {
        assertThat(read(
                        "HUNTINGTON, W.Va. -- A man admitted Monday that he shot his cousin last summer. Under the"
                                + " plea agreement, prosecutors will drop a robbery charge and a kidnapping charge"
                                + " against him.",
                        "2009-03-31"))
                .isEmpty();
    }

    @Test
    void an_attempted_burglary_is_no_theft() {
        assertThat(read(
                        "CROMWELL -- Police arrested a man Sunday; he was charged with trespassing, criminal"
                                + " mischief and attempt to commit burglary.",
                        "2009-03-30"))
                .isEmpty();
    }
}
