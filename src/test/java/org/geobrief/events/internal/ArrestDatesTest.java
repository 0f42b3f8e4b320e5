package org.geobrief.events.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.geobrief.timeline.DateResolver;
import org.geobrief.timeline.ResolvedDate;
import org.junit.jupiter.api.Test;

class ArrestDatesTest {

    private static final LocalDate WEDNESDAY = LocalDate.of(2009, 3, 18);

    /** The arrest's day found for sentence {@code self} of {@code sentences}, as an ISO date. */
    private static Optional<String> arrestDay(int self, String... sentences) {
        DateResolver resolver = new DateResolver();
        List<List<ResolvedDate>> dates = List.of(sentences).stream()
                .map(s -> resolver.resolveAll(s, WEDNESDAY, null))
                .toList();
        return ArrestDates.elsewhere(List.of(sentences), dates, self, WEDNESDAY)
                .map(d -> d.date().toString());
    }

    @Test
    void a_charge_in_the_lead_is_dated_by_the_raid_told_later() {
        assertThat(arrestDay(
                        0,
                        "A local couple was charged with selling narcotics, police said.",
                        "They had sold cocaine from their home for months.",
                        "In a police raid at their home Thursday, the two were arrested on warrants."))
                .contains("2009-03-12");
        assertThat(arrestDay(
                        1,
                        "Detectives executed a search warrant at the house on Monday.",
                        "The man faces two counts of burglary."))
                .contains("2009-03-16");
    }

    @Test
    void a_statement_an_old_arrest_or_a_sentence_without_an_arrest_dates_nothing() {
        assertThat(arrestDay(0, "A man was charged with theft.", "Police said Monday the man was arrested."))
                .isEmpty(); // "said Monday" dates the statement
        assertThat(arrestDay(0, "A man was charged with theft.", "He was arrested on Jan. 5 in Ohio."))
                .isEmpty(); // more than two weeks before publication
        assertThat(arrestDay(0, "A man was charged with theft.", "The store was closed Monday."))
                .isEmpty(); // no arrest told there
    }

    @Test
    void a_crime_whose_act_the_article_dates_is_not_dated_by_a_search() {
        assertThat(arrestDay(
                        0,
                        "A funeral director has been charged with robbing two banks.",
                        "He was already in custody for allegedly robbing a bank in Princeton on March 6.",
                        "On Saturday, agents searched his home."))
                .isEmpty(); // the robbery has its own day: the search does not date it
    }

    @Test
    void only_a_crime_reported_through_its_charge_or_arrest_is_dated_so() {
        assertThat(ArrestDates.knownByArrest("A couple was charged with selling narcotics, police said."))
                .isTrue();
        assertThat(ArrestDates.knownByArrest("The couple faces four counts of selling narcotics."))
                .isTrue();
        assertThat(ArrestDates.knownByArrest("Someone stole a truck from the lot."))
                .isFalse();
    }
}
