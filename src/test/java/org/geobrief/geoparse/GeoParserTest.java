package org.geobrief.geoparse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.geobrief.gazetteer.Place;
import org.junit.jupiter.api.Test;

/** Namesakes end to end: recognition and every resolution pass on a hand-made gazetteer. */
class GeoParserTest {

    private final GeoParser parser = new GeoParser(new TestPlaces());

    private Optional<ResolvedMention> mention(String text, String name) {
        return parser.parse(text).stream()
                .filter(m -> m.mention().text().equals(name))
                .findFirst();
    }

    private void assertResolves(String text, String name, Place expected) {
        ResolvedMention m = mention(text, name).orElseThrow(() -> new AssertionError(name + " not found in: " + text));
        assertThat(m.place().geonameId()).as(name + " in: " + text).isEqualTo(expected.geonameId());
    }

    @Test
    void paris_alone_is_the_capital_of_france() {
        assertResolves("Thousands marched in Paris on Saturday.", "Paris", TestPlaces.PARIS);
    }

    @Test
    void paris_texas_is_the_town_in_texas_and_so_are_later_mentions() {
        String text = "Storms hit Paris, Texas, on Monday. Paris officials said roads were closed.";
        assertResolves(text, "Paris", TestPlaces.PARIS_TX);
        assertThat(parser.parse(text).stream()
                        .filter(m -> m.mention().text().equals("Paris"))
                        .map(m -> m.place().geonameId()))
                .containsOnly(TestPlaces.PARIS_TX.geonameId());
    }

    @Test
    void georgia_follows_its_neighbours() {
        assertResolves("Russian troops moved into Georgia after shelling near Tbilisi.", "Georgia", TestPlaces.GEORGIA);
        assertResolves(
                "The storm left Atlanta and moved across Georgia into Alabama.", "Georgia", TestPlaces.GEORGIA_US);
    }

    @Test
    void washington_alone_is_the_capital_but_near_seattle_the_state() {
        assertResolves("Officials in Washington said the talks failed.", "Washington", TestPlaces.WASHINGTON_DC);
        assertResolves(
                "Rain soaked Seattle and much of Washington on Sunday.", "Washington", TestPlaces.WASHINGTON_STATE);
    }

    @Test
    void birmingham_qualified_by_an_ap_state_abbreviation_is_in_alabama() {
        assertResolves("A plant closed in Birmingham, Ala., last week.", "Birmingham", TestPlaces.BIRMINGHAM_AL);
        assertResolves("Fans gathered in Birmingham before the match.", "Birmingham", TestPlaces.BIRMINGHAM);
    }

    @Test
    void aktau_on_the_caspian_sea_is_the_port() {
        assertResolves("Protesters gathered in Aktau on the Caspian Sea.", "Aktau", TestPlaces.AKTAU);
    }

    @Test
    void candidates_are_ranked_and_sum_to_one() {
        ResolvedMention m = mention("Storms hit Paris on Monday.", "Paris").orElseThrow();
        assertThat(m.candidates()).hasSize(2);
        assertThat(m.candidates().get(0).score())
                .isGreaterThanOrEqualTo(m.candidates().get(1).score());
        assertThat(m.candidates().stream().mapToDouble(c -> c.score()).sum())
                .isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(m.confidence()).isBetween(0.0, 1.0);
    }

    @Test
    void an_override_forces_the_pick_for_that_name_in_the_document() {
        String text = "Thousands marched in Paris on Saturday. Paris police counted them.";
        List<ResolvedMention> ms = parser.parse(text, Map.of("paris", TestPlaces.PARIS_TX.geonameId()));
        assertThat(ms)
                .filteredOn(m -> m.mention().text().equals("Paris"))
                .hasSize(2)
                .allSatisfy(m -> {
                    assertThat(m.place()).isEqualTo(TestPlaces.PARIS_TX);
                    assertThat(m.confidence()).isEqualTo(1.0);
                });
    }

    @Test
    void spans_are_code_points_into_the_text() {
        String text = "😀 Rally in Almaty.";
        ResolvedMention m = mention(text, "Almaty").orElseThrow();
        assertThat(m.mention().span().start()).isEqualTo(11);
        assertThat(m.mention().span().end()).isEqualTo(17);
    }
}
