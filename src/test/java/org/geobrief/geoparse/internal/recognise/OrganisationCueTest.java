package org.geobrief.geoparse.internal.recognise;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class OrganisationCueTest {

    private static final double VILLAGE = 0.8;
    private static final double COUNTRY = 3;

    /** Whether the word {@code word} of {@code text}, read as a place of importance {@code best}, is refused. */
    private static boolean refused(String text, String word, double best) {
        List<Token> toks = Tokenizer.tokenize(text);
        for (int i = 0; i < toks.size(); i++) {
            if (toks.get(i).is(word)) {
                return OrganisationCue.namesOrganisation(toks, i, best);
            }
        }
        throw new AssertionError(word + " not in " + text);
    }

    @Test
    void a_listed_acronym_is_an_organisation() {
        assertThat(refused("He looked to the Russian version of NATO, called the CSTO.", "NATO", VILLAGE))
                .isTrue();
        assertThat(refused("Observers of OSCE arrived.", "OSCE", VILLAGE)).isTrue();
    }

    @Test
    void a_long_listed_acronym_title_cased_is_an_organisation() {
        assertThat(refused("Nato allies met.", "Nato", VILLAGE)).isTrue();
    }

    @Test
    void a_short_listed_acronym_title_cased_is_a_word_or_town() {
        assertThat(refused("Ships sailed from Ilo at dawn.", "Ilo", VILLAGE)).isFalse();
    }

    @Test
    void an_unlisted_acronym_after_the_or_before_a_role_word_is_an_organisation() {
        assertThat(refused("Troops of the ODKB landed.", "ODKB", VILLAGE)).isTrue();
        assertThat(refused("ODKB troops landed.", "ODKB", VILLAGE)).isTrue();
        assertThat(refused("ODKB landed.", "ODKB", VILLAGE)).isFalse();
    }

    @Test
    void a_country_or_large_place_is_never_refused() {
        assertThat(refused("Talks with the UAE stalled.", "UAE", COUNTRY)).isFalse();
        assertThat(refused("US troops left.", "US", COUNTRY)).isFalse();
    }

    @Test
    void an_initialism_with_dots_is_not_an_acronym() {
        assertThat(refused("Talks with the U.N. stalled.", "U.N.", VILLAGE)).isFalse();
    }
}
