package org.geobrief.gazetteer.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BorrowedPopulationsTest {

    /** A places.tsv row: id, name, class, code, country, admin-1, lat, lon, population, alternates. */
    private static String[] place(String name, String cc, String a1, double lat, double lon, long population) {
        return new String[] {"1", name, "P", "PPL", cc, a1, "" + lat, "" + lon, "" + population, ""};
    }

    /** The population each row has after the check, "name/admin1 population". */
    private static List<String> cleared(String[]... rows) {
        List<String[]> list = new ArrayList<>(List.of(rows));
        BorrowedPopulations.clear(list);
        return list.stream().map(r -> r[1] + "/" + r[5] + " " + r[8]).toList();
    }

    @Test
    void a_quarter_carrying_its_towns_population_has_none_of_its_own() {
        // GeoNames: East Hampton, a neighbourhood of Hampton, Virginia, with more people than Hampton itself
        assertThat(cleared(
                        place("Hampton", "US", "VA", 37.02987, -76.34522, 136_454),
                        place("East Hampton", "US", "VA", 37.03737, -76.33161, 147_993),
                        place("East Hampton", "US", "CT", 41.57593, -72.50259, 2_691)))
                .containsExactly("Hampton/VA 136454", "East Hampton/VA 0", "East Hampton/CT 2691");
    }

    @Test
    void a_town_named_after_a_neighbour_of_another_size_keeps_its_population() {
        // East Orange has about twice the people of Orange, New Jersey: a town of its own
        assertThat(cleared(
                        place("Orange", "US", "NJ", 40.77066, -74.23265, 34_457),
                        place("East Orange", "US", "NJ", 40.76732, -74.20487, 64_949)))
                .containsExactly("Orange/NJ 34457", "East Orange/NJ 64949");
    }

    @Test
    void a_namesake_far_away_or_abroad_lends_no_population() {
        assertThat(cleared(
                        place("Hampton", "US", "NH", 42.93759, -70.83894, 9_656),
                        place("North Hampton", "US", "VA", 37.03, -76.34, 9_700),
                        place("Hampton", "GB", "ENG", 51.41, -0.37, 9_500),
                        place("West Hampton", "US", "NH", 51.42, -0.36, 9_600)))
                .containsExactly(
                        "Hampton/NH 9656", "North Hampton/VA 9700", "Hampton/ENG 9500", "West Hampton/NH 9600");
    }
}
