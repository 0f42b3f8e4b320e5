package org.geobrief.events.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.geobrief.timeline.DateResolver;
import org.geobrief.timeline.ResolvedDate;
import org.geobrief.timeline.TimePrecision;
import org.junit.jupiter.api.Test;

class OffenceDatesTest {

    private static final LocalDate PUBLISHED = LocalDate.of(2018, 4, 6);

    /** The act's date found for sentence {@code self} of {@code sentences}, as "date precision". */
    private static Optional<String> actDate(int self, String... sentences) {
        DateResolver resolver = new DateResolver();
        List<List<ResolvedDate>> dates = List.of(sentences).stream()
                .map(s -> resolver.resolveAll(s, PUBLISHED, null))
                .toList();
        return OffenceDates.elsewhere(List.of(sentences), dates, self, PUBLISHED, 90)
                .map(d -> d.date() + " " + d.precision());
    }

    @Test
    void an_undated_crime_takes_the_date_where_its_act_is_narrated() {
        assertThat(actDate(
                        0,
                        "Coincheck, which was hit by the largest-ever digital currency theft, has agreed to be acquired.",
                        "Monex's shares climbed around 20 percent in Japan following the announcement.",
                        "It was in late January that Coincheck was hacked of 523 million NEM coins."))
                .contains("2018-01-01 MONTH");
        assertThat(actDate(
                        1,
                        "Four year-old Timothy Brooks, who died in a pool at his home on March 5, was left alone.",
                        "Brooks was charged with cruelty and negligent homicide, was arrested Saturday."))
                .contains("2018-03-05 DAY");
    }

    @Test
    void a_date_of_another_act_a_statement_or_an_arrest_dates_no_crime() {
        assertThat(actDate(
                        0, "Coincheck was hit by a theft.", "Coincheck said on Monday it would repay its customers."))
                .isEmpty(); // no act narrated there
        assertThat(actDate(0, "Coincheck was hit by a theft.", "The bank was robbed on March 5."))
                .isEmpty(); // no name shared
        assertThat(actDate(
                        0,
                        "Brooks was charged with homicide.",
                        "Police said Brooks was arrested on Saturday after the shooting."))
                .isEmpty(); // "arrested on Saturday" dates the arrest
    }

    @Test
    void an_arrest_date_is_a_date_of_proceedings() {
        String sentence = "Brooks was charged with homicide, was arrested Saturday, and is held on bond.";
        ResolvedDate saturday =
                new DateResolver().resolveAll(sentence, PUBLISHED, null).get(0);
        assertThat(OffenceDates.datesProceedings(sentence, saturday)).isTrue();
        String act = "Two men stole a car on Saturday.";
        assertThat(OffenceDates.datesProceedings(
                        act, new DateResolver().resolveAll(act, PUBLISHED, null).get(0)))
                .isFalse();
    }

    @Test
    void a_month_lasts_until_its_last_day() {
        assertThat(OffenceDates.lastDay(new ResolvedDate(
                        LocalDate.of(2018, 2, 1),
                        TimePrecision.MONTH,
                        new org.geobrief.base.TextSpan(0, 8),
                        "February")))
                .isEqualTo(LocalDate.of(2018, 2, 28));
    }
}
