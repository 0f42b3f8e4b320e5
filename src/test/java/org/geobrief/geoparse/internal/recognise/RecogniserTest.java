package org.geobrief.geoparse.internal.recognise;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.geobrief.geoparse.MentionKind;
import org.geobrief.geoparse.TestPlaces;
import org.junit.jupiter.api.Test;

class RecogniserTest {

    private final Recogniser recogniser = new Recogniser(new TestPlaces());

    private List<String> names(String text) {
        return recogniser.recognise(text).stream().map(RecognisedName::text).toList();
    }

    @Test
    void finds_hyphenated_and_possessive_names() {
        assertThat(names("Flights from Nur-Sultan to Almaty resumed in Kazakhstan’s south."))
                .containsExactly("Nur-Sultan", "Almaty", "Kazakhstan");
    }

    @Test
    void a_direction_word_is_not_part_of_the_name() {
        assertThat(names("Oil workers in western Kazakhstan went on strike.")).containsExactly("Kazakhstan");
    }

    @Test
    void x_based_yields_the_place() {
        assertThat(names("The Almaty-based analyst disagreed.")).containsExactly("Almaty");
    }

    @Test
    void refuses_people_named_after_or_with_titles() {
        assertThat(names("Paris Hilton arrived late.")).isEmpty();
        assertThat(names("President Kassym-Jomart Tokayev spoke. Tokayev said order was restored."))
                .isEmpty();
        assertThat(names("Georgia Tech beat Alabama on Saturday.")).containsExactly("Alabama");
    }

    @Test
    void refuses_organisations() {
        assertThat(names("Nazarbayev and his Nur Otan party dominate politics."))
                .isEmpty();
        assertThat(names("The Collective Security Treaty Organization (CSTO) sent troops to Almaty."))
                .containsExactly("Almaty");
    }

    @Test
    void a_demonym_is_linked_to_its_country() {
        List<RecognisedName> r = recogniser.recognise("Kazakh police detained dozens.");
        assertThat(r).hasSize(1);
        assertThat(r.get(0).kind()).isEqualTo(MentionKind.DEMONYM);
        assertThat(r.get(0).candidates()).containsExactly(TestPlaces.KAZAKHSTAN);
    }

    @Test
    void ap_state_abbreviations_are_places() {
        assertThat(names("A plant closed in Birmingham, Ala., last week.")).containsExactly("Birmingham", "Ala.");
    }

    @Test
    void an_ap_abbreviation_with_its_full_stop_is_the_state_not_a_namesake_town() {
        List<RecognisedName> r = recogniser.recognise("A plant closed in Birmingham, Ala., last week.");
        assertThat(r.get(1).candidates()).containsExactly(TestPlaces.ALABAMA);
    }

    @Test
    void initialisms_keep_their_dots() {
        assertThat(names("Talks between the U.S. and Russia stalled.")).containsExactly("U.S.", "Russia");
    }

    @Test
    void a_demonym_fused_to_a_lower_case_word_still_names_the_country() {
        List<RecognisedName> r = recogniser.recognise("The Russian-backed offensive and anti-Russian rhetoric grew.");
        assertThat(r).extracting(RecognisedName::text).containsExactly("Russian", "Russian");
        assertThat(r).allSatisfy(n -> assertThat(n.candidates()).containsExactly(TestPlaces.RUSSIA));
    }

    @Test
    void two_demonyms_fused_together_are_not_a_country() {
        assertThat(names("An African-American church hosted the event.")).isEmpty();
    }

    @Test
    void a_plural_demonym_is_the_people_of_the_country() {
        List<RecognisedName> r = recogniser.recognise("Many Russians left.");
        assertThat(r).hasSize(1);
        assertThat(r.get(0).kind()).isEqualTo(MentionKind.DEMONYM);
        assertThat(r.get(0).candidates()).containsExactly(TestPlaces.RUSSIA);
    }

    @Test
    void a_bare_small_town_name_that_speaks_is_a_person() {
        assertThat(names("The meeting ran long. Moscow said nothing.")).containsExactly("Moscow");
        assertThat(names("The meeting ran long. Zhanaozen said nothing.")).isEmpty();
        assertThat(names("Workers from Zhanaozen said nothing.")).containsExactly("Zhanaozen");
    }

    @Test
    void a_contraction_is_never_a_place() {
        assertThat(names("\"I'll go back,\" she said. I’ll say Almaty is calm."))
                .containsExactly("Almaty");
    }

    @Test
    void a_street_named_after_a_place_is_not_the_place() {
        assertThat(names("Residents of Almaty Street met in Almaty.")).containsExactly("Almaty");
    }

    @Test
    void an_organisation_is_not_its_namesake_village() {
        assertThat(names("Kazakhstan looked to the Russian version of NATO, called the CSTO, for help."))
                .containsExactly("Kazakhstan", "Russian");
        assertThat(names("Nato allies met in Moscow.")).containsExactly("Moscow");
    }
}
