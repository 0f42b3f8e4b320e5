package org.geobrief.briefing.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.geobrief.briefing.MapExtent;
import org.junit.jupiter.api.Test;

class WebMercatorTest {

    @Test
    void the_extent_is_centred_and_fits_whole() {
        MapExtent extent = new MapExtent(50, 40, 80, 50);
        WebMercator p = new WebMercator(extent, 1600, 900);

        assertThat(p.x(65)).isCloseTo(800, within(1e-6));
        assertThat(p.x(50)).isGreaterThanOrEqualTo(-1e-6);
        assertThat(p.x(80)).isLessThanOrEqualTo(1600 + 1e-6);
        assertThat(p.y(50)).isGreaterThanOrEqualTo(-1e-6);
        assertThat(p.y(40)).isLessThanOrEqualTo(900 + 1e-6);
        MapExtent visible = p.visible();
        assertThat(visible.minLon()).isLessThanOrEqualTo(50 + 1e-9);
        assertThat(visible.maxLat()).isGreaterThanOrEqualTo(50 - 1e-9);
    }

    @Test
    void north_is_up_and_latitudes_stretch_away_from_the_equator() {
        WebMercator p = new WebMercator(MapExtent.world(), 1000, 1000);

        assertThat(p.y(10)).isLessThan(p.y(0));
        assertThat(p.y(0) - p.y(60)).isGreaterThan(6 * (p.y(0) - p.y(10)));
        assertThat(p.y(89)).isEqualTo(p.y(WebMercator.MAX_LAT));
    }

    @Test
    void ground_resolution_follows_the_cosine_of_latitude() {
        WebMercator p = new WebMercator(MapExtent.world(), 1000, 1000);

        // the world's 360 degrees over 1000 px: 40,030 km / 1000 px at the equator
        assertThat(p.kmPerPixel(0)).isCloseTo(2 * Math.PI * 6371 / 1000, within(1e-6));
        assertThat(p.kmPerPixel(60)).isCloseTo(p.kmPerPixel(0) / 2, within(1e-6));
    }

    @Test
    void lon_and_lat_invert_x_and_y() {
        WebMercator proj = new WebMercator(new MapExtent(45, 38, 85, 55), 1600, 900);
        assertThat(proj.lon(proj.x(51.2))).isCloseTo(51.2, within(1e-9));
        assertThat(proj.lat(proj.y(43.65))).isCloseTo(43.65, within(1e-9));
    }
}
