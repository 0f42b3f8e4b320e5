package org.geobrief.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * End to end on short texts written for these tests: relative dates inside a story (issue 16, round 7). A possessive
 * or a definite noun phrase dates an event told undated elsewhere ("Friday's blaze"), a week is dated at its middle
 * ("killed last week as a result of shelling"), a day-part names its day ("early Sunday", "this morning", "Tuesday
 * night"). Each text → the events a reader finds in it, as "Type/Sub-type, date".
 */
class NarrativeDatesTest {

    private static List<String> read(String text, String published) {
        return TextReading.events(text, published).stream()
                .map(e -> e.type().label() + "/" + e.subtype() + ", " + e.date())
                .toList();
    }

    @Test
    void an_undated_fire_takes_the_day_of_fridays_blaze() {
        assertThat(read(
                        "Joliet's building inspector says the sprinklers of the casino's pavilion were disconnected"
                                + " when a fire destroyed the building. He said Tuesday the sprinklers had been shut off"
                                + " just before Friday's blaze.",
                        "2009-03-25"))
                .containsExactly("Industrial accident/Fire, 2009-03-20");
    }

    @Test
    void killed_last_week_as_a_result_of_shelling_is_dated_in_last_week() {
        assertThat(read(
                        "COLOMBO, March 15, 2009 – 75 civilians were killed last week as a result of army shelling"
                                + " of rebel-held areas of Sri Lanka.",
                        "2009-03-15"))
                .containsExactly("Explosions/Remote violence/Shelling/artillery/missile attack, 2009-03-05");
    }

    @Test
    void a_day_part_names_its_day() {
        assertThat(read("DALLAS, March 25, 2009 – A man was shot dead in Dallas early Sunday.", "2009-03-25"))
                .containsExactly("Homicide/Murder, 2009-03-22");
        assertThat(read("DALLAS, March 25, 2009 – A man was shot dead in Dallas early this morning.", "2009-03-25"))
                .containsExactly("Homicide/Murder, 2009-03-25");
        assertThat(read("DALLAS, March 25, 2009 – Two men robbed a bank in Dallas Tuesday night.", "2009-03-25"))
                .containsExactly("Theft/Robbery, 2009-03-24");
    }

    @Test
    void a_recent_event_is_not_dated_by_the_paragraphs_month() {
        assertThat(read(
                        "WHEATON, March 25, 2009 – Roselle officers this month are continuing the speed enforcement"
                                + " efforts. The sheriff is warning residents about two recent scams that his deputies"
                                + " are investigating. In one case, a resident who lives near Bensenville lost money.",
                        "2009-03-25"))
                .containsExactly("Fraud/Fraud, 2009-03-25");
    }

    @Test
    void an_outbreak_last_summer_is_background() {
        assertThat(read(
                        "AUSTIN, March 16, 2009 – Last summer, a crypto outbreak scared people away from public pools"
                                + " across Texas.",
                        "2009-03-16"))
                .isEmpty();
    }

    @Test
    void an_attack_dated_where_the_article_refers_back_to_it() {
        assertThat(read(
                        "COLOMBO, March 15, 2009 – Incidents such as the terrorist attack on Tuesday set back the"
                                + " talks. The suicide bombing occurred in the town of Akuressa, in Matara district.",
                        "2009-03-15"))
                .contains("Explosions/Remote violence/Suicide bomb, 2009-03-10");
    }

    @Test
    void an_event_told_now_is_not_dated_by_the_paragraphs_earlier_day() {
        // the rise on the 2nd dates nothing; the troops deployed "now" are dated by the publication (week)
        assertThat(read(
                        "ALMATY, January 7, 2022 – The unrest began with a fuel-price rise on January 2 in the west."
                                + " As the government now turns to its allies and deploys its own troops in Almaty, the"
                                + " region watches.",
                        "2022-01-07"))
                .containsExactly("Strategic developments/Deployment of troops, 2022-01-07");
    }

    @Test
    void an_event_told_in_the_past_keeps_the_paragraphs_day() {
        assertThat(read(
                        "ALMATY, January 7, 2022 – Protests broke out in Zhanaozen on January 2. Police detained"
                                + " dozens of protesters in Zhanaozen.",
                        "2022-01-07"))
                .allMatch(e -> e.endsWith("2022-01-02"));
    }
}
