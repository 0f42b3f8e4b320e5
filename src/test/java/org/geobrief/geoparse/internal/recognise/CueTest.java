package org.geobrief.geoparse.internal.recognise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.geobrief.gazetteer.Place;
import org.geobrief.geoparse.TestPlaces;
import org.junit.jupiter.api.Test;

/** Each cue alone: a text, the name in it, and what the cue says of that name. */
class CueTest {

    private static final TestPlaces PLACES = new TestPlaces();

    /** What {@code cue} says of the first occurrence of {@code name} in {@code text}. */
    private static double weigh(Cue cue, String text, String name) {
        return cue.weigh(match(text, name));
    }

    static NameMatch match(String text, String name) {
        TextPass pass = new TextPass(text, PLACES);
        pass.run(); // marks people and surnames, as before any match is weighed
        int words = Tokenizer.tokenize(name).size();
        for (int i = 0; i + words <= pass.n; i++) {
            int end = i + words;
            if (pass.text
                    .substring(pass.toks.get(i).start(), pass.toks.get(end - 1).end())
                    .equals(name)) {
                List<Place> cands = pass.lookup(name);
                return new NameMatch(pass, i, end, cands, pass.bestImportance(cands), pass.governed(i, end, cands));
            }
        }
        throw new AssertionError(name + " not in " + text);
    }

    @Test
    void not_a_name_refuses_a_surname_met_earlier() {
        assertThat(weigh(
                        Cue.NOT_A_NAME,
                        "President Kassym-Jomart Tokayev spoke to the nation on television. Tokayev said so.",
                        "Tokayev"))
                .isEqualTo(Cue.REFUSE);
        assertThat(weigh(Cue.NOT_A_NAME, "Troops reached Almaty.", "Almaty")).isZero();
    }

    @Test
    void contraction_refuses_i_will() {
        assertThat(weigh(Cue.CONTRACTION, "I'll go.", "I'll")).isEqualTo(Cue.REFUSE);
    }

    @Test
    void organisation_refuses_nato() {
        assertThat(weigh(Cue.ORGANISATION, "He looked to the Russian version of NATO, called the CSTO.", "NATO"))
                .isEqualTo(Cue.REFUSE);
        assertThat(weigh(Cue.ORGANISATION, "Troops reached Almaty.", "Almaty")).isZero();
    }

    @Test
    void street_refuses_a_street_named_after_a_place() {
        assertThat(weigh(Cue.STREET, "Residents of Almaty Street met.", "Almaty"))
                .isEqualTo(Cue.REFUSE);
    }

    @Test
    void street_refuses_a_road_named_after_a_place() {
        assertThat(weigh(Cue.STREET, "A fire damaged a Seattle Road residence.", "Seattle"))
                .isEqualTo(Cue.REFUSE);
    }

    @Test
    void street_refuses_both_names_of_a_pair_before_a_plural_street_word() {
        String text = "A cyclist was struck near Seattle and Almaty avenues on Friday.";
        assertThat(weigh(Cue.STREET, text, "Seattle")).isEqualTo(Cue.REFUSE);
        assertThat(weigh(Cue.STREET, text, "Almaty")).isEqualTo(Cue.REFUSE);
        assertThat(weigh(Cue.STREET, "Crews repaved Paris and Old Almaty Streets.", "Paris"))
                .isEqualTo(Cue.REFUSE);
    }

    @Test
    void street_leaves_a_pair_of_states_before_roads() {
        assertThat(weigh(Cue.STREET, "Snow closed Texas and Alabama roads.", "Texas"))
                .isZero();
        assertThat(weigh(Cue.STREET, "Seattle and Almaty were quiet.", "Seattle"))
                .isZero();
    }

    @Test
    void dateline_raises_a_shouted_name_before_a_dash_that_opens_a_sentence() {
        assertThat(weigh(Cue.DATELINE, "SEATTLE -- Firefighters are searching for the cause.", "SEATTLE"))
                .isEqualTo(1.5);
        assertThat(weigh(Cue.DATELINE, "Home hit by fire. SEATTLE — Firefighters searched.", "SEATTLE"))
                .isEqualTo(1.5);
        assertThat(weigh(Cue.DATELINE, "Seattle - a city of rain - voted.", "Seattle"))
                .isZero();
        assertThat(weigh(Cue.DATELINE, "Police in SEATTLE — and elsewhere — searched.", "SEATTLE"))
                .isZero();
    }

    @Test
    void after_saint_refuses_the_rest_of_a_saints_name() {
        assertThat(weigh(Cue.AFTER_SAINT, "They met on St. Paris day.", "Paris"))
                .isEqualTo(Cue.REFUSE);
    }

    @Test
    void too_short_refuses_two_letters_alone_but_not_after_a_comma() {
        assertThat(weigh(Cue.TOO_SHORT, "It was OK there.", "OK")).isEqualTo(Cue.REFUSE);
        assertThat(weigh(Cue.TOO_SHORT, "A plant closed in Birmingham, Ala., last week.", "Ala."))
                .isZero();
    }

    @Test
    void acronym_refuses_an_all_caps_small_place_but_not_a_country() {
        assertThat(weigh(Cue.ACRONYM, "Ships of the ATYRAU group sailed.", "ATYRAU"))
                .isEqualTo(Cue.REFUSE);
        assertThat(weigh(Cue.ACRONYM, "Talks between the U.S. and Russia stalled.", "U.S."))
                .isZero();
    }

    @Test
    void importance_is_the_best_reading_less_one_and_a_half() {
        assertThat(weigh(Cue.IMPORTANCE, "Troops reached Kazakhstan.", "Kazakhstan"))
                .isEqualTo(1.5);
        assertThat(weigh(Cue.IMPORTANCE, "Workers from Zhanaozen left.", "Zhanaozen"))
                .isCloseTo(0.1, within(1e-9));
    }

    @Test
    void acts_like_person_lowers_a_small_town_that_speaks() {
        assertThat(weigh(Cue.ACTS_LIKE_PERSON, "The meeting ran long. Zhanaozen said nothing.", "Zhanaozen"))
                .isEqualTo(-2);
        assertThat(weigh(Cue.ACTS_LIKE_PERSON, "The meeting ran long. Moscow said nothing.", "Moscow"))
                .isZero();
    }

    @Test
    void several_words_raise_a_longer_name() {
        assertThat(weigh(Cue.SEVERAL_WORDS, "Flights from Nur-Sultan resumed.", "Nur-Sultan"))
                .isEqualTo(1);
        assertThat(weigh(Cue.SEVERAL_WORDS, "Flights from Almaty resumed.", "Almaty"))
                .isZero();
    }

    @Test
    void preposition_raises_a_governed_name() {
        assertThat(weigh(Cue.PREPOSITION, "Protests in Aktau grew.", "Aktau")).isEqualTo(1);
        assertThat(weigh(Cue.PREPOSITION, "Aktau protests grew.", "Aktau")).isZero();
    }

    @Test
    void place_suffix_raises_x_based() {
        assertThat(weigh(Cue.PLACE_SUFFIX, "The Almaty-based analyst disagreed.", "Almaty"))
                .isEqualTo(1);
    }

    @Test
    void class_noun_after_raises_a_name_counted_among_other_towns() {
        assertThat(weigh(Cue.CLASS_NOUN_AFTER, "Turkey fired on Aktau and other towns along the border.", "Aktau"))
                .isEqualTo(2);
        assertThat(weigh(Cue.CLASS_NOUN_AFTER, "Aktau and other officials spoke.", "Aktau"))
                .isZero();
    }

    @Test
    void qualified_raises_a_name_followed_by_its_state() {
        assertThat(weigh(Cue.QUALIFIED, "Storms hit Paris, Texas overnight.", "Paris"))
                .isEqualTo(1.5);
        assertThat(weigh(Cue.QUALIFIED, "Storms hit Paris, then left.", "Paris"))
                .isZero();
    }

    @Test
    void unknown_name_after_lowers_a_small_place_inside_a_firms_name() {
        assertThat(weigh(Cue.UNKNOWN_NAME_AFTER, "Shares of Hilton Quarzbank fell sharply after the report.", "Hilton"))
                .isEqualTo(-1);
    }

    @Test
    void unknown_name_before_lowers_the_end_of_a_longer_name() {
        assertThat(weigh(Cue.UNKNOWN_NAME_BEFORE, "He met with Quarzbek Atyrau yesterday after the vote.", "Atyrau"))
                .isEqualTo(-1.5);
    }

    @Test
    void coordinated_with_unknown_name_lowers_a_firm_beside_a_firm() {
        assertThat(weigh(
                        Cue.COORDINATED_WITH_UNKNOWN_NAME,
                        "Shares of Quarzbank and Hilton fell sharply after the report.",
                        "Hilton"))
                .isEqualTo(-1.5);
    }

    @Test
    void common_word_use_lowers_a_word_the_text_also_writes_lower_case() {
        assertThat(weigh(Cue.COMMON_WORD_USE, "Paris fell. Her paris hat was lost.", "Paris"))
                .isEqualTo(-3);
    }

    @Test
    void given_name_lowers_a_first_name_alone() {
        assertThat(weigh(Cue.GIVEN_NAME, "Hilton arrived late.", "Hilton")).isEqualTo(-0.75);
        assertThat(weigh(Cue.GIVEN_NAME, "Floods reached the farms in Hilton.", "Hilton"))
                .isZero();
    }

    @Test
    void the_cues_together_accept_a_governed_town_and_refuse_an_organisation() {
        assertThat(Cue.evidence(match("Protests in Aktau grew.", "Aktau"))).isPositive();
        assertThat(Cue.evidence(match("He looked to the Russian version of NATO, called the CSTO.", "NATO")))
                .isEqualTo(-1);
    }
}
