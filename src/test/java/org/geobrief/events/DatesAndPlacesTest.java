package org.geobrief.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * End to end on short texts written for these tests: how an event's day is chosen from its sentence, its neighbours
 * and the publication date on local news (issue 16, session 10). Each text → the events a reader finds in it, as
 * "Type, date".
 */
class DatesAndPlacesTest {

    private static List<String> read(String text, String published) {
        return TextReading.events(text, published).stream()
                .map(e -> e.type().label() + ", " + e.date())
                .toList();
    }

    @Test
    void a_crime_known_through_its_arrest_is_dated_at_the_raid_told_later() {
        assertThat(read(
                        "HARTFORD — A town couple was charged with drug trafficking, police said."
                                + " Police believe the couple sold cocaine and painkillers from their home for months."
                                + " In a police raid at their home Thursday, the two were arrested on warrants.",
                        "2009-03-18"))
                .containsExactly("Trafficking and seizures, 2009-03-12");
    }

    @Test
    void the_venue_of_a_press_briefing_is_not_the_scene_of_the_sentences_after_it() {
        List<String> places = TextReading.events(
                        "Response stepped up in Brazil as arrivals grow. This is a summary of what was said by the"
                                + " agency's spokesperson at today's press briefing at the Palais des Nations in Geneva."
                                + " Aid workers are delivering food aid to hundreds of Venezuelans arriving each day."
                                + " More than 52,000 Venezuelans have arrived in Brazil since the beginning of 2017.",
                        "2018-04-06")
                .stream()
                .map(e -> e.type().label() + " at " + e.place().name())
                .toList();
        assertThat(places).isNotEmpty().noneMatch(p -> p.endsWith("Geneva"));
    }

    @Test
    void a_pedestrian_struck_by_an_suv_or_a_pickup_is_a_road_accident() {
        assertThat(read("A woman was struck by an SUV in Arlington, Texas, on Friday.", "2009-03-15"))
                .containsExactly("Transport accident, 2009-03-13");
        assertThat(read("A man was hit by a pickup and killed in Arlington, Texas, on Friday.", "2009-03-15"))
                .containsExactly("Transport accident, 2009-03-13");
    }
}
