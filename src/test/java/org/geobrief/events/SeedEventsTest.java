package org.geobrief.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;
import org.geobrief.gazetteer.Gazetteer;
import org.geobrief.geoparse.GeoParser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * End to end on the seed articles: bundled gazetteer → GeoParser → EventExtractor, each file read as one article
 * published on the date its name carries. Asserts the events a reader finds obvious in the texts.
 */
class SeedEventsTest {

    private static List<GeoEvent> kazakhstan;
    private static List<GeoEvent> digest;

    @BeforeAll
    static void extract() throws IOException {
        GeoParser parser = new GeoParser(Gazetteer.bundled());
        kazakhstan = events(parser, "kazakhstan-csto-2022-01-05.txt", LocalDate.of(2022, 1, 5));
        digest = events(parser, "central-asia-digest-2022-01-07.txt", LocalDate.of(2022, 1, 7));
    }

    private static List<GeoEvent> events(GeoParser parser, String file, LocalDate published) throws IOException {
        String text = Files.readString(Path.of("src/test/resources/seeds", file));
        return new EventExtractor().extract(file, text, 0, published, parser.parse(text));
    }

    private static Predicate<GeoEvent> event(String subtype, String date, String place) {
        return e -> e.subtype().equals(subtype)
                && (date == null || LocalDate.parse(date).equals(e.date()))
                && e.place().name().equals(place);
    }

    private static Predicate<GeoEvent> reads(String words) {
        return e -> e.sources().stream().anyMatch(s -> s.sentence().contains(words));
    }

    @Test
    void protests_began_in_zhanaozen_on_sunday_2_january() {
        assertThat(kazakhstan).anyMatch(event("Peaceful protest", "2022-01-02", "Zhanaozen"));
    }

    @Test
    void the_government_building_in_almaty_was_stormed_on_5_january() {
        assertThat(kazakhstan)
                .anyMatch(event("Violent demonstration", "2022-01-05", "Almaty")
                        .and(reads("storming the main government building")));
    }

    @Test
    void police_opened_fire_on_protesters_in_atyrau_killing_one() {
        assertThat(kazakhstan)
                .anyMatch(event("Excessive force against protesters", null, "Atyrau")
                        .and(e -> e.fatalities() == 1));
    }

    @Test
    void more_than_200_were_arrested_in_almaty() {
        assertThat(kazakhstan).anyMatch(event("Arrests", null, "Almaty").and(reads("more than 200 were arrested")));
    }

    @Test
    void eight_officers_died_in_the_clashes() {
        assertThat(kazakhstan)
                .anyMatch(e -> e.type() == EventType.RIOTS && Integer.valueOf(8).equals(e.fatalities()));
    }

    @Test
    void background_history_is_not_mapped() {
        assertThat(kazakhstan).noneMatch(e -> List.of("UA", "BY", "RU", "MD", "GE")
                .contains(e.place().countryCode()));
        assertThat(digest).allMatch(e -> !e.date().isBefore(LocalDate.of(2021, 12, 1)));
    }

    @Test
    void first_csto_flights_arrived_in_almaty_on_6_january() {
        assertThat(digest)
                .anyMatch(event("Deployment of troops", "2022-01-06", "Almaty").and(reads("The first flights")));
    }

    @Test
    void russia_sent_paratroopers_into_kazakhstan_the_deployment_that_landed_in_almaty() {
        // the country-level report merges with the same day's arrival in Almaty, the more precise place
        assertThat(digest)
                .anyMatch(event("Deployment of troops", "2022-01-06", "Almaty")
                        .and(reads("Russia has sent paratroopers into Kazakhstan"))
                        .and(reads("The first flights")));
    }

    @Test
    void security_forces_opened_fire_in_almaty_on_6_january() {
        assertThat(digest).anyMatch(event("Excessive force against protesters", "2022-01-06", "Almaty"));
    }

    @Test
    void eighteen_security_personnel_died() {
        assertThat(digest)
                .anyMatch(
                        e -> e.type() == EventType.RIOTS && Integer.valueOf(18).equals(e.fatalities()));
    }

    @Test
    void the_uprising_started_on_2_january_and_in_mangystau() {
        assertThat(digest).anyMatch(event("Peaceful protest", "2022-01-02", "Kazakhstan"));
        assertThat(digest)
                .anyMatch(e -> e.type() == EventType.PROTESTS
                        && e.place().isAdmin1()
                        && e.place().admin1Code().equals("09"));
    }

    @Test
    void petty_crime_in_tajikistan_is_a_theft_not_a_political_arrest() {
        assertThat(digest)
                .noneMatch(reads("on suspicion of theft").and(e -> e.type().isAcled()));
        assertThat(digest).anyMatch(reads("on suspicion of theft").and(e -> e.type() == EventType.THEFT));
    }

    @Test
    void the_statue_toppled_in_taldykorgan_is_a_riot_there() {
        assertThat(kazakhstan)
                .anyMatch(event("Violent demonstration", "2022-01-05", "Taldykorgan")
                        .and(reads("toppling a statue")));
    }
}
