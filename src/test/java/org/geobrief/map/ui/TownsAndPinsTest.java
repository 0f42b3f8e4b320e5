package org.geobrief.map.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.BitSet;
import java.util.List;
import org.geobrief.briefing.MapExtent;
import org.geobrief.gazetteer.Gazetteer;
import org.geobrief.gazetteer.Place;
import org.junit.jupiter.api.Test;

class TownsAndPinsTest {

    private static final MapExtent AROUND_ALMATY = new MapExtent(76.0, 42.8, 78.0, 43.8);

    @Test
    void zoomed_out_the_basemap_cities_suffice_and_no_towns_are_sent() {
        assertThat(LibraryDashboardData.townsIn(Gazetteer.bundled(), AROUND_ALMATY, 5, 400))
                .isEmpty();
    }

    @Test
    void zoomed_in_the_towns_in_view_come_most_populous_first_above_the_zooms_floor() {
        List<Place> towns = LibraryDashboardData.townsIn(Gazetteer.bundled(), AROUND_ALMATY, 8, 400);

        assertThat(towns.get(0).name()).isEqualTo("Almaty");
        assertThat(towns).allSatisfy(t -> {
            assertThat(t.isPopulatedPlace()).isTrue();
            assertThat(t.population()).isGreaterThanOrEqualTo(5_000);
            assertThat(AROUND_ALMATY.contains(t.point())).isTrue();
        });
        assertThat(LibraryDashboardData.townsIn(Gazetteer.bundled(), AROUND_ALMATY, 10, 400))
                .hasSizeGreaterThanOrEqualTo(towns.size());
    }

    @Test
    void the_filter_mask_holds_pin_i_in_byte_i_over_8_lowest_bit_first() {
        BitSet bits = new BitSet();
        bits.set(0);
        bits.set(9);

        assertThat(EventMap.littleEndianBits(bits, 17)).containsExactly(0b1, 0b10, 0);
    }
}
