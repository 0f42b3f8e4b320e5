package org.geobrief.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.geobrief.gazetteer.Gazetteer;
import org.geobrief.geoparse.GeoParser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * End to end (bundled gazetteer → GeoParser → EventExtractor) on short news texts written for these tests, one per
 * family beyond ACLED's: each text → the events a reader finds in it, as "Type/Sub-type @ where, date".
 */
class WiderFamiliesTest {

    private static GeoParser parser;

    @BeforeAll
    static void load() {
        parser = new GeoParser(Gazetteer.bundled());
    }

    private static List<GeoEvent> events(String text, String published) {
        return new EventExtractor().extract("t", text, 0, LocalDate.parse(published), parser.parse(text));
    }

    private static List<String> read(String text, String published) {
        return events(text, published).stream()
                .map(e -> e.type().label() + "/" + e.subtype() + " @ " + e.whereInWords() + ", " + e.date()
                        + (e.planned() ? " (planned)" : ""))
                .toList();
    }

    @Test
    void a_flood_is_a_flood_with_its_displacement_and_aid_not_troops_or_attacks() {
        assertThat(read(
                        "KARACHI, 14 August 2023 – Flash floods triggered by torrential monsoon rain killed at least 12"
                                + " people in the town of Sukkur on Sunday, officials said. Soldiers were deployed to help"
                                + " residents as the Indus river burst its banks.\n\nThousands of families fled their homes"
                                + " near Larkana, and aid agencies began distributing food and tents to the displaced.",
                        "2023-08-14"))
                .containsExactly(
                        "Flood/Flash flood @ in Sukkur, 2023-08-13",
                        // the second paragraph gives no day: the story's Sunday goes on
                        "Displacement/Displacement @ near Larkana, 2023-08-13",
                        "Aid delivery/Aid delivery @ near Larkana, 2023-08-13");
    }

    @Test
    void an_earthquake_counts_its_dead_and_is_no_attack() {
        List<GeoEvent> events = events(
                "ANKARA, 7 February 2023 – A magnitude 7.8 earthquake struck near the city of Gaziantep on Monday,"
                        + " killing more than 3,000 people and toppling thousands of buildings.",
                "2023-02-07");
        assertThat(events).hasSize(1);
        assertThat(events.get(0).type()).isEqualTo(EventType.EARTHQUAKE);
        assertThat(events.get(0).family()).isEqualTo(EventFamily.DISASTERS);
        assertThat(events.get(0).fatalities()).isEqualTo(3000);
        assertThat(events.get(0).whereInWords()).isEqualTo("near Gaziantep");
    }

    @Test
    void accidents_by_vehicle_structure_and_plant() {
        assertThat(read(
                        "ATHENS, 3 March 2023 – A passenger train collided with a freight train near the town of Larissa"
                                + " on Tuesday night, killing 57 people. On Wednesday, a five-storey building collapsed in"
                                + " Alexandria, Egypt, killing three residents. A gas explosion at a chemical plant outside"
                                + " Houston injured four workers on Thursday.",
                        "2023-03-03"))
                .containsExactly(
                        "Transport accident/Rail @ near Lárisa, 2023-02-28",
                        "Structural collapse/Collapse @ in Alexandria, 2023-03-01",
                        "Industrial accident/Explosion @ near Houston, 2023-03-02");
    }

    @Test
    void crime_of_each_kind_at_its_town() {
        assertThat(read(
                        "LAGOS, 10 May 2024 – Armed robbers stole cash from a bank in Ikeja on Tuesday, police said."
                                + " Customs officers seized 300 kg of cocaine at the port of Apapa on Wednesday. A man was"
                                + " stabbed to death in Kano on Thursday, police said, and a businessman was kidnapped for"
                                + " ransom in Kaduna.",
                        "2024-05-10"))
                .containsExactly(
                        "Theft/Robbery @ in Ikeja, 2024-05-07",
                        "Trafficking and seizures/Drug seizure @ in Apapa, 2024-05-08",
                        "Homicide/Murder @ in Kano, 2024-05-09",
                        "Kidnapping/Kidnapping @ in Kaduna, 2024-05-09");
    }

    @Test
    void political_process_with_an_announced_referendum_marked_planned() {
        assertThat(read(
                        "DAKAR, 25 March 2024 – Senegalese voters went to the polls on Sunday in a presidential election."
                                + " French President Emmanuel Macron visited Dakar on Saturday. The two sides signed a"
                                + " ceasefire agreement in Doha on Wednesday. A referendum on a new constitution will be"
                                + " held in Dakar on 12 May.",
                        "2024-03-25"))
                .containsExactly(
                        "Election/Presidential election @ somewhere in Senegal, 2024-03-24", // the nation votes, not
                        // the dateline town
                        "Official visit/Official visit @ in Dakar, 2024-03-23",
                        "Agreement or ceasefire/Ceasefire @ in Doha, 2024-03-20",
                        "Referendum/Referendum @ in Dakar, 2024-05-12 (planned)");
    }

    @Test
    void fighting_that_broke_out_near_an_exclave_is_a_battle_there() {
        List<GeoEvent> events = events(
                "Fighting broke out on Wednesday along the border near the exclave of Nakhchivan.", "2022-09-15");
        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo(EventType.BATTLES);
            assertThat(e.date()).isEqualTo("2022-09-14");
            assertThat(e.place().countryCode()).isEqualTo("AZ");
        });
    }

    @Test
    void a_dateline_day_is_no_death_toll() {
        List<GeoEvent> events = events("KYIV, 6 March 2024 – Shelling killed two people in Kherson.", "2024-03-06");
        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo(EventType.EXPLOSIONS_REMOTE_VIOLENCE);
            assertThat(e.fatalities()).isEqualTo(2);
            assertThat(e.place().name()).isEqualTo("Kherson");
        });
    }

    @Test
    void disasters_of_each_kind() {
        assertThat(read(
                        "SYDNEY, 12 January 2024 – A wildfire burned 5,000 hectares of forest near Perth on Monday."
                                + " Cyclone Jasper made landfall near Cairns on Wednesday, bringing heavy rain and winds of"
                                + " 150 km/h. A heat wave pushed temperatures above 45 degrees in Adelaide on Tuesday. A"
                                + " cholera outbreak has killed 20 people in Lusaka, Zambia, health officials said.",
                        "2024-01-12"))
                .containsExactly(
                        "Wildfire/Forest fire @ near Perth, 2024-01-08",
                        "Storm/Tropical cyclone @ in Cairns, 2024-01-10",
                        "Extreme temperature/Heat wave @ in Adelaide, 2024-01-09",
                        "Epidemic/Bacterial disease @ in Lusaka, 2024-01-09");
    }
}
