package org.geobrief.gazetteer.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.geobrief.gazetteer.Country;
import org.junit.jupiter.api.Test;

class RegionTableTest {

    private static Country country(String iso2, long population, double area) {
        return new Country(iso2, iso2 + "X", "000", 1, 2, population, area, "AS", List.of());
    }

    /** A places.tsv row of an area: id, name, class, code, country, admin-1, lat, lon, population, alternates. */
    private static String[] area(String code, String cc, String a1, double lat, double lon, long population) {
        return new String[] {
            "1", "X", "A", code, cc, a1, Double.toString(lat), Double.toString(lon), "" + population, ""
        };
    }

    private static List<String[]> read(String tsv) throws IOException {
        Map<String, String[]> areas = Map.of(
                "AA", area("PCLI", "AA", "", 0, 0, 1_000),
                "BB", area("PCLI", "BB", "", 0, 10, 2_000),
                "AA.01", area("ADM1", "AA", "01", 2, 0, 50),
                "AA.02", area("ADM1", "AA", "02", 4, 0, 70));
        Map<String, Country> info = Map.of("AA", country("AA", 1_000, 300), "BB", country("BB", 2_000, 100));
        return RegionTable.rows(new ByteArrayInputStream(tsv.getBytes(StandardCharsets.UTF_8)), areas, info);
    }

    @Test
    void a_region_sits_at_the_area_weighted_mean_of_its_members_with_their_population() throws IOException {
        List<String[]> rows = read("# comment\nTwo Lands\tTwolands|Both\tAA,BB\n");
        assertThat(rows).hasSize(1);
        String[] r = rows.get(0);
        assertThat(r[1]).isEqualTo("Two Lands");
        assertThat(r[2] + " " + r[3] + " [" + r[4] + "]").isEqualTo("L RGN []");
        assertThat(Double.parseDouble(r[6])).isCloseTo(0, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(Double.parseDouble(r[7])).isCloseTo(2.5, org.assertj.core.data.Offset.offset(0.01)); // 3:1 to AA
        assertThat(r[8]).isEqualTo("3000");
        assertThat(r[9]).isEqualTo("Twolands|Both");
        assertThat(Long.parseLong(r[0])).isLessThan(-RegionTable.REGION_ID_BASE);
    }

    @Test
    void a_region_of_first_level_areas_of_one_country_sits_between_them_and_carries_the_country() throws IOException {
        String[] r = read("North End\t\tAA.01,AA.02\n").get(0);
        assertThat(Double.parseDouble(r[6])).isCloseTo(3, org.assertj.core.data.Offset.offset(0.01));
        assertThat(r[4]).isEqualTo("AA");
        assertThat(r[8]).isEqualTo("120");
        assertThat(read("Across\t\tAA.01,BB\n").get(0)[4]).isEmpty(); // spans two countries
    }

    @Test
    void unknown_members_are_skipped_and_a_region_of_none_is_dropped() throws IOException {
        assertThat(read("Nowhere\t\tZZ\n")).isEmpty();
        assertThat(read("One\t\tAA,ZZ\n").get(0)[7]).isEqualTo("0.00000");
    }

    @Test
    void a_malformed_row_is_reported() {
        assertThatThrownBy(() -> read("Broken\tAA\n"))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("Broken");
    }
}
