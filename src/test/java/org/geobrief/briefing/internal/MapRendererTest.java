package org.geobrief.briefing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.geobrief.briefing.Briefings;
import org.geobrief.briefing.MapExtent;
import org.geobrief.briefing.SampleEvents;
import org.geobrief.events.EventType;
import org.junit.jupiter.api.Test;

class MapRendererTest {

    /** A square island from 60E to 80E, 40N to 50N, with a hole (a lake) at 69-71E, 44-46N. */
    private static final String ISLAND =
            """
            {"type":"FeatureCollection","features":[{"type":"Feature","properties":{"name":"Islandia"},
             "geometry":{"type":"Polygon","coordinates":[[[60,40],[80,40],[80,50],[60,50],[60,40]],
                                                        [[69,44],[71,44],[71,46],[69,46],[69,44]]]}}]}""";

    private static Basemap island() throws Exception {
        return Basemap.of(Map.of(
                Basemap.Layer.LAND, new ByteArrayInputStream(ISLAND.getBytes(StandardCharsets.UTF_8)),
                Basemap.Layer.COUNTRIES, new ByteArrayInputStream(ISLAND.getBytes(StandardCharsets.UTF_8))));
    }

    private static Color at(BufferedImage img, WebMercator proj, double lon, double lat) {
        return new Color(img.getRGB((int) proj.x(lon), (int) proj.y(lat)));
    }

    @Test
    void land_is_filled_sea_and_lakes_are_not() throws Exception {
        MapExtent extent = new MapExtent(50, 30, 90, 55);
        BufferedImage img = new MapRenderer(island()).render(List.of(), extent, 800, 450);
        WebMercator proj = new WebMercator(extent, 800, 450);

        assertThat(at(img, proj, 63, 48)).isEqualTo(MapRenderer.LAND);
        assertThat(at(img, proj, 70, 45)).isEqualTo(MapRenderer.SEA);
        assertThat(at(img, proj, 85, 35)).isEqualTo(MapRenderer.SEA);
    }

    @Test
    void each_event_is_a_pin_in_its_family_colour_at_its_place() throws Exception {
        MapExtent extent = new MapExtent(45, 38, 85, 55);
        BufferedImage img = new MapRenderer(island())
                .render(List.of(SampleEvents.kazakhstan().get(4)), extent, 1600, 900);
        WebMercator proj = new WebMercator(extent, 1600, 900);

        assertThat(at(
                        img,
                        proj,
                        SampleEvents.AKTAU.point().lon(),
                        SampleEvents.AKTAU.point().lat()))
                .isEqualTo(EventStyle.color(EventType.PROTESTS));
        assertThat(count(img, EventStyle.color(EventType.BATTLES))).isZero();
    }

    @Test
    void the_png_export_reads_back_with_pins_of_every_family_present() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Briefings.write(Briefings.Format.PNG, SampleEvents.kazakhstan(), SampleEvents.context(), out);
        BufferedImage img = ImageIO.read(new ByteArrayInputStream(out.toByteArray()));

        assertThat(img.getWidth()).isEqualTo(SlideImages.MAP_WIDTH);
        assertThat(img.getHeight()).isEqualTo(SlideImages.MAP_HEIGHT);
        for (EventType t : List.of(
                EventType.PROTESTS,
                EventType.RIOTS,
                EventType.BATTLES,
                EventType.STRATEGIC_DEVELOPMENTS,
                EventType.VIOLENCE_AGAINST_CIVILIANS)) {
            assertThat(count(img, EventStyle.color(t))).as(t.label()).isGreaterThan(100);
        }
        assertThat(count(img, EventStyle.color(EventType.FLOOD))).isZero();
    }

    static int count(BufferedImage img, Color c) {
        int n = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                if ((img.getRGB(x, y) & 0xFFFFFF) == (c.getRGB() & 0xFFFFFF)) {
                    n++;
                }
            }
        }
        return n;
    }
}
