package org.geobrief.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.geobrief.base.GeoPoint;
import org.geobrief.gazetteer.Place;
import org.junit.jupiter.api.Test;

/** An event's place in plain words, the same in the panel and every export. */
class LocationPrecisionTest {

    private static Place place(String name, String featureClass, String featureCode) {
        return new Place(1, name, featureClass, featureCode, "KZ", "09", "", 0, new GeoPoint(44, 53));
    }

    @Test
    void a_country_is_somewhere_in_it() {
        assertThat(LocationPrecision.of(place("Kazakhstan", "A", "PCLI"), 3)).isEqualTo("somewhere in Kazakhstan");
    }

    @Test
    void a_region_is_named_as_a_region_once() {
        assertThat(LocationPrecision.of(place("Mangystau", "A", "ADM1"), 3)).isEqualTo("in Mangystau region");
        assertThat(LocationPrecision.of(place("Pavlodar Region", "A", "ADM1"), 3))
                .isEqualTo("in Pavlodar Region");
        assertThat(LocationPrecision.of(place("Atyrau Oblisi", "A", "ADM1"), 3)).isEqualTo("in Atyrau Oblisi");
        assertThat(LocationPrecision.of(place("Aktyubinskaya Oblast\u2019", "A", "ADM1"), 3))
                .isEqualTo("in Aktyubinskaya Oblast\u2019");
        assertThat(LocationPrecision.of(place("Lagos State", "A", "ADM1"), 3)).isEqualTo("in Lagos State");
    }

    @Test
    void a_town_is_in_it_or_near_it() {
        assertThat(LocationPrecision.of(place("Almaty", "P", "PPLA"), 1)).isEqualTo("in Almaty");
        assertThat(LocationPrecision.of(place("Almaty", "P", "PPLA"), 2)).isEqualTo("near Almaty");
    }

    @Test
    void only_countries_and_regions_are_drawn_as_areas() {
        assertThat(LocationPrecision.isArea(place("Kazakhstan", "A", "PCLI"))).isTrue();
        assertThat(LocationPrecision.isArea(place("Mangystau", "A", "ADM1"))).isTrue();
        assertThat(LocationPrecision.isArea(place("Aktau", "P", "PPLA"))).isFalse();
        assertThat(LocationPrecision.isArea(place("Zhanaozen District", "A", "ADM2")))
                .isFalse();
        assertThat(LocationPrecision.isArea(null)).isFalse();
    }
}
