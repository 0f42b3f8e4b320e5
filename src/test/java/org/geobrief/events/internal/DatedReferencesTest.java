package org.geobrief.events.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.geobrief.events.EventType;
import org.geobrief.timeline.DateResolver;
import org.geobrief.timeline.ResolvedDate;
import org.junit.jupiter.api.Test;

class DatedReferencesTest {

    private static final LocalDate WED_2009_03_25 = LocalDate.of(2009, 3, 25);

    /** The date found for an event of {@code type} in sentence 0 of {@code sentences}, as "date precision". */
    private static Optional<String> referred(EventType type, String... sentences) {
        DateResolver resolver = new DateResolver();
        List<List<ResolvedDate>> dates = List.of(sentences).stream()
                .map(s -> resolver.resolveAll(s, WED_2009_03_25, null))
                .toList();
        return DatedReferences.find(List.of(sentences), dates, 0, type, WED_2009_03_25, 90)
                .map(d -> d.date() + " " + d.precision());
    }

    @Test
    void a_possessive_weekday_before_a_noun_of_the_same_kind_dates_the_event() {
        assertThat(referred(
                        EventType.INDUSTRIAL_ACCIDENT,
                        "The sprinklers were disconnected when a fire destroyed the pavilion.",
                        "Officials said Tuesday the sprinklers had been shut off just before Friday's blaze."))
                .contains("2009-03-20 DAY");
        assertThat(referred(
                        EventType.STORM,
                        "Roads were closed across the county.",
                        "Last week's storm dumped a foot of snow."))
                .contains("2009-03-16 WEEK");
        assertThat(referred(
                        EventType.HOMICIDE, "A teenager died at a party.", "Tuesday night's shooting was the third."))
                .contains("2009-03-24 DAY");
    }

    @Test
    void an_attributive_date_after_the_or_a_date_after_a_definite_noun_dates_it_too() {
        assertThat(referred(
                        EventType.INDUSTRIAL_ACCIDENT,
                        "A fire gutted the warehouse.",
                        "Investigators say the March 7 fire began in the office."))
                .contains("2009-03-07 DAY");
        assertThat(referred(
                        EventType.EXPLOSIONS_REMOTE_VIOLENCE,
                        "The suicide bombing occurred in the town of Akuressa.",
                        "Incidents such as the unfortunate terrorist attack on Tuesday set back the talks."))
                .contains("2009-03-24 DAY");
    }

    @Test
    void a_date_of_another_kind_of_event_or_no_noun_phrase_is_no_reference() {
        assertThat(referred(
                        EventType.INDUSTRIAL_ACCIDENT,
                        "A fire destroyed the pavilion.",
                        "Sunday's election drew few voters.",
                        "Police said on Friday that the owner was away."))
                .isEmpty();
        assertThat(referred(EventType.TRANSPORT_ACCIDENT, "A car hit a tree.", "On Friday crash barriers went up."))
                .isEmpty();
    }

    @Test
    void a_reference_after_publication_or_older_than_the_limit_is_ignored() {
        assertThat(referred(EventType.FLOOD, "Water covered the roads.", "Next Monday's flood drill is cancelled."))
                .isEmpty();
        assertThat(referred(EventType.FLOOD, "Water covered the roads.", "The May 2, 2008 flood was worse."))
                .isEmpty();
    }
}
