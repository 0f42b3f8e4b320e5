package org.geobrief.geoparse.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.geobrief.geoparse.TestPlaces;
import org.junit.jupiter.api.Test;

class ContinentsTest {

    private final PlaceIndex index = Continents.withContinents(new TestPlaces());

    @Test
    void a_continent_name_finds_the_continent_first() {
        assertThat(index.candidates("Europe")).first().satisfies(p -> {
            assertThat(p.geonameId()).isEqualTo(6255148);
            assertThat(p.featureCode()).isEqualTo("CONT");
        });
        assertThat(index.byId(6255146))
                .hasValueSatisfying(p -> assertThat(p.name()).isEqualTo("Africa"));
    }

    @Test
    void other_names_pass_through_unchanged() {
        assertThat(index.candidates("Paris")).containsExactlyInAnyOrderElementsOf(new TestPlaces().candidates("Paris"));
    }
}
