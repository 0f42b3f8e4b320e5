package org.geobrief.gazetteer.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.geobrief.base.GeoPoint;
import org.geobrief.gazetteer.Country;
import org.junit.jupiter.api.Test;

class RegionTableTest {

    private static Country country(String iso2, long population, double area) {
        return new Country(iso2, iso2 + "X", "000", 1, 2, population, area, "AS", List.of());
    }

    private static List<String[]> read(String tsv) throws IOException {
        Map<String, GeoPoint> points = Map.of("AA", new GeoPoint(0, 0), "BB", new GeoPoint(0, 10));
        Map<String, Country> info = Map.of("AA", country("AA", 1_000, 300), "BB", country("BB", 2_000, 100));
        return RegionTable.rows(new ByteArrayInputStream(tsv.getBytes(StandardCharsets.UTF_8)), points, info);
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
