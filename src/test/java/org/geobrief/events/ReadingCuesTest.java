package org.geobrief.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * End to end on short texts written for these tests: the readings that are not events (a sporting "drought", a
 * forecast, a worry, a rule of appointment, a commercial agreement, any brawl, a retold old crime, a title repeating
 * the story) and the events that were missed (a dated primary and a levy on the ballot, roads washed out, a snowstorm,
 * a melee). Each text → the events a reader finds in it, as "Type/Sub-type, date".
 */
class ReadingCuesTest {

    private static List<String> read(String text, String published) {
        return TextReading.events(text, published).stream()
                .map(e -> e.type().label() + "/" + e.subtype() + ", " + e.date() + (e.planned() ? " (planned)" : ""))
                .toList();
    }

    @Test
    void a_trainers_drought_ended_by_a_win_is_no_drought() {
        assertThat(read(
                        "DUBAI, 1 April 2018 – The four-year-old colt ended trainer Saeed bin Suroor's two-year drought"
                                + " in sensational style on Saturday in Dubai.",
                        "2018-04-01"))
                .isEmpty();
        assertThat(read(
                        "NAIROBI, 1 April 2018 – A two-year drought has killed thousands of cattle near Garissa,"
                                + " officials said on Saturday.",
                        "2018-04-01"))
                .containsExactly("Drought/Drought, 2018-04-01"); // undated: ongoing at publication
    }

    @Test
    void a_storm_that_could_drop_rain_is_a_forecast() {
        assertThat(read(
                        "FARGO, N.D., March 18, 2009 – Weather service officials said a storm system moving into the"
                                + " Red River Valley from Nebraska could drop two inches of rain on Fargo.",
                        "2009-03-18"))
                .isEmpty();
    }

    @Test
    void being_worried_about_flooding_is_no_flood() {
        assertThat(read(
                        "FARGO, N.D., March 23, 2009 – She said on Monday that she was worried about flooding in Fargo.",
                        "2009-03-23"))
                .isEmpty();
    }

    @Test
    void committees_appointed_by_a_mayor_are_no_change_of_government() {
        assertThat(read(
                        "CHICAGO, March 28, 2009 – Complete Count Committees are appointed by the mayor or other elected"
                                + " officials in Chicago.",
                        "2009-03-28"))
                .isEmpty();
    }

    @Test
    void a_company_signing_agreements_with_insurers_is_no_agreement_of_states() {
        assertThat(read(
                        "PITTSBURGH, April 5, 2018 – US-based aluminium producer Alcoa has signed agreements with three"
                                + " insurers to transfer pension obligations in Canada.",
                        "2018-04-05"))
                .isEmpty();
    }

    @Test
    void any_brawl_that_erupts_is_no_riot() {
        assertThat(read(
                        "CALAIS, April 5, 2018 – The migrants rush to form a line in Calais while police officers break"
                                + " up any brawls that erupt.",
                        "2018-04-05"))
                .isEmpty();
    }

    @Test
    void a_lone_offenders_arson_reported_by_the_sheriff_is_no_political_violence() {
        assertThat(read(
                        "ALEXANDRIA, La., March 20, 2009 – According to the Sheriff's Office, the man who lives in the"
                                + " mobile home was inside when Henry came in and set the couch on fire in Alexandria on"
                                + " March 7.",
                        "2009-03-20"))
                .isEmpty();
        assertThat(read(
                        "ALMATY, 5 January 2022 – Protesters set the mayor's office on fire in Almaty on Wednesday.",
                        "2022-01-05"))
                .containsExactly("Riots/Violent demonstration, 2022-01-05");
    }

    @Test
    void a_crime_retold_from_last_years_summer_is_background() {
        assertThat(read(
                        "SACRAMENTO, April 5, 2018 – The brothers were arrested on July 7 in Sacramento. An associate"
                                + " of the church had shot several people just days before the brothers murdered the"
                                + " couple.",
                        "2018-04-05"))
                .isEmpty();
    }

    @Test
    void a_title_line_repeating_the_storys_crash_is_not_a_second_crash() {
        assertThat(read(
                        "Driver injured in Nokomis crash. A woman was injured on Friday night when her car collided"
                                + " with a truck near Alexandria, Minnesota.",
                        "2009-03-31"))
                .containsExactly("Transport accident/Road, 2009-03-27");
    }

    @Test
    void a_dated_primary_and_a_levy_on_the_ballot_are_planned_votes() {
        assertThat(read(
                        "CLEVELAND, April 5, 2018 – Issue 9, the smaller of the two levies, is on the May 8 ballot in"
                                + " Cleveland. Early voting in the May 8 primary begins April 10.",
                        "2018-04-05"))
                .containsExactly(
                        "Referendum/Tax levy, 2018-05-08 (planned)", "Election/Primary election, 2018-05-08 (planned)");
    }

    @Test
    void roads_washed_out_by_water_are_a_flood_and_a_storm_dumping_snow_a_winter_storm() {
        assertThat(read(
                        "ALEXANDRIA, Minn., March 31, 2009 – Water has caused a portion of County Road 56 to wash out"
                                + " near Alexandria on Tuesday.\n\nA storm dumped more snow on Alexandria on Tuesday.",
                        "2009-03-31"))
                .containsExactly("Flood/Flood (general), 2009-03-31", "Storm/Winter storm, 2009-03-31");
    }
}
