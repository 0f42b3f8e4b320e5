package org.geobrief.events.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.geobrief.base.GeoPoint;
import org.geobrief.base.TextSpan;
import org.geobrief.gazetteer.Place;
import org.geobrief.gazetteer.PlaceCandidate;
import org.geobrief.geoparse.MentionKind;
import org.geobrief.geoparse.PlaceMention;
import org.geobrief.geoparse.ResolvedMention;
import org.junit.jupiter.api.Test;

/** The scene of an event among a sentence's places: sentence, trigger and mentions in, the place picked out. */
class PlacePickerTest {

    private static final Place RAFAH =
            new Place(281102, "Rafah", "P", "PPL", "PS", "GZ", "Gaza Strip", 126_305, new GeoPoint(31.3, 34.25));
    private static final Place CAIRO =
            new Place(360630, "Cairo", "P", "PPLC", "EG", "11", "Cairo", 7_734_614, new GeoPoint(30.06, 31.25));

    private static MentionAt at(String text, String name, Place place, double confidence) {
        int start = text.indexOf(name);
        ResolvedMention m = new ResolvedMention(
                new PlaceMention(name, new TextSpan(start, start + name.length()), MentionKind.TOPONYM),
                place,
                confidence,
                List.of(new PlaceCandidate(place, confidence)));
        return new MentionAt(m, start, start + name.length());
    }

    @Test
    void a_place_in_another_clause_is_not_the_scene_even_when_the_geoparser_is_surer_of_it() {
        String text = "Air strikes killed at least 12 people in Rafah on Monday, officials said, as negotiators"
                + " gathered in Cairo for talks.";
        List<MentionAt> mentions = List.of(at(text, "Rafah", RAFAH, 0.3), at(text, "Cairo", CAIRO, 0.95));
        var pick = new PlacePicker().pick(text, 0, text.length(), text.indexOf("killed"), mentions, false, null);
        assertThat(pick).map(PlacePicker.Pick::place).contains(RAFAH);
    }

    private static final Place AUSTIN =
            new Place(4671654, "Austin", "P", "PPLA", "US", "TX", "Texas", 931_830, new GeoPoint(30.27, -97.74));
    private static final Place TEXAS =
            new Place(4736286, "Texas", "A", "ADM1", "US", "TX", "Texas", 22_875_689, new GeoPoint(31.25, -99.25));
    private static final Place MANBIJ =
            new Place(166365, "Manbij", "P", "PPL", "SY", "09", "Aleppo", 99_497, new GeoPoint(36.53, 37.96));

    @Test
    void a_persons_home_town_and_its_state_are_no_scene() {
        String text = "A US serviceman, 36-year-old Master Sgt John J. Dunbar of Austin, Texas, died alongside him"
                + " in the blast in Manbij.";
        List<MentionAt> mentions = List.of(
                at(text, "Austin", AUSTIN, 0.9), at(text, "Texas", TEXAS, 0.9), at(text, "Manbij", MANBIJ, 0.5));
        var pick = new PlacePicker().pick(text, 0, text.length(), text.indexOf("blast"), mentions, false, null);
        assertThat(pick).map(PlacePicker.Pick::place).contains(MANBIJ);
    }

    @Test
    void the_target_fired_on_is_the_scene() {
        String text = "Austin officials say Turkey fired on Manbij and other towns.";
        List<MentionAt> mentions = List.of(at(text, "Manbij", MANBIJ, 0.5), at(text, "Austin", AUSTIN, 0.95));
        var pick = new PlacePicker().pick(text, 0, text.length(), text.indexOf("fired"), mentions, false, null);
        assertThat(pick).map(PlacePicker.Pick::place).contains(MANBIJ);
    }

    private static final Place BEIJING =
            new Place(1816670, "Beijing", "P", "PPLC", "CN", "22", "Beijing", 18_960_744, new GeoPoint(39.91, 116.40));
    private static final Place CHINA =
            new Place(1814991, "China", "A", "PCLI", "CN", "", "", 1_330_044_000, new GeoPoint(35.0, 105.0));

    @Test
    void a_capital_or_a_country_as_the_subject_of_a_state_act_is_its_scene() {
        String text = "Earlier in the week, Beijing announced separate import duties on $3 billion of U.S. goods.";
        List<MentionAt> mentions = List.of(at(text, "Beijing", BEIJING, 0.9));
        int trigger = text.indexOf("announced");
        assertThat(new PlacePicker().pick(text, 0, text.length(), trigger, mentions, false, "US", true))
                .map(PlacePicker.Pick::place)
                .contains(BEIJING);
        assertThat(new PlacePicker().pick(text, 0, text.length(), trigger, mentions, false, "US", false))
                .isEmpty();
        String country = "China quickly retaliated with import duties on U.S. goods.";
        assertThat(new PlacePicker()
                        .pick(
                                country,
                                0,
                                country.length(),
                                country.indexOf("import"),
                                List.of(at(country, "China", CHINA, 0.9)),
                                false,
                                "US",
                                true))
                .map(PlacePicker.Pick::place)
                .contains(CHINA);
        assertThat(new PlacePicker()
                        .pick(
                                country,
                                0,
                                country.length(),
                                country.indexOf("import"),
                                List.of(at(country, "China", CHINA, 0.9)),
                                false,
                                "US",
                                false))
                .isEmpty();
    }

    private static final Place UNITED_STATES =
            new Place(6252001, "United States", "A", "PCLI", "US", "", "", 310_232_863, new GeoPoint(39.76, -98.5));
    private static final Place SAUDI_ARABIA =
            new Place(102358, "Saudi Arabia", "A", "PCLI", "SA", "", "", 25_731_776, new GeoPoint(25.0, 45.0));

    @Test
    void the_country_toured_is_the_scene_of_a_tour() {
        String text =
                "The US sold artillery to Saudi Arabia as the crown prince concludes a tour of the United States.";
        List<MentionAt> mentions =
                List.of(at(text, "Saudi Arabia", SAUDI_ARABIA, 0.9), at(text, "United States", UNITED_STATES, 0.9));
        assertThat(new PlacePicker().pick(text, 0, text.length(), text.indexOf("tour"), mentions, false, "US"))
                .map(PlacePicker.Pick::place)
                .contains(UNITED_STATES);
        String before = "The crown prince, in Saudi Arabia's name, is ending a three-week US tour.";
        assertThat(new PlacePicker()
                        .pick(
                                before,
                                0,
                                before.length(),
                                before.indexOf("tour"),
                                List.of(at(before, "US", UNITED_STATES, 0.9)),
                                false,
                                "SA"))
                .map(PlacePicker.Pick::place)
                .contains(UNITED_STATES);
    }

    private static Place state(String name, String a1, double lat, double lon) {
        return new Place(-1, name, "A", "ADM1", "US", a1, name, 1_000_000, new GeoPoint(lat, lon));
    }

    @Test
    void places_in_a_range_from_one_to_another_are_an_extent_not_the_scene() {
        String text = "The protests will continue Thursday amid a movement in red states from West Virginia to Kentucky"
                + " to Arizona.";
        List<MentionAt> mentions = List.of(
                at(text, "West Virginia", state("West Virginia", "WV", 38.5, -80.5), 0.9),
                at(text, "Kentucky", state("Kentucky", "KY", 37.5, -85.3), 0.9),
                at(text, "Arizona", state("Arizona", "AZ", 34.5, -111.5), 0.9));
        assertThat(new PlacePicker().pick(text, 0, text.length(), text.indexOf("protests"), mentions, false, "US"))
                .isEmpty();
        String to = "Teachers marched to Kentucky's capitol.";
        assertThat(new PlacePicker()
                        .pick(
                                to,
                                0,
                                to.length(),
                                to.indexOf("marched"),
                                List.of(at(to, "Kentucky", state("Kentucky", "KY", 37.5, -85.3), 0.9)),
                                false,
                                "US"))
                .isPresent();
    }

    @Test
    void a_cue_is_searched_for_only_after_the_last_char_no_cue_holds() {
        assertThat(PlacePicker.cueFrom("the sheriff’s office in the north-east of "))
                .isEqualTo(12);
        assertThat(PlacePicker.cueFrom("clashes, in the town of ")).isEqualTo(8);
        assertThat(PlacePicker.cueFrom("arrived in ")).isZero();
        assertThat(PlacePicker.cueFrom("(")).isEqualTo(1);
    }
}
