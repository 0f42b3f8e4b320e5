package org.geobrief.briefing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.geobrief.base.GeoPoint;
import org.geobrief.briefing.Briefings;
import org.geobrief.briefing.MapExtent;
import org.geobrief.briefing.SampleEvents;
import org.geobrief.events.EventType;
import org.geobrief.events.GeoEvent;
import org.geobrief.gazetteer.Place;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;

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

    /** A square "country" 60-70E 40-50N and a square "region" 72-76E 41-45N, as the gazetteer's boundaries would be. */
    private static Optional<Geometry> squares(Place p) {
        GeometryFactory f = new GeometryFactory();
        return p.isCountry()
                ? Optional.of(f.toGeometry(new Envelope(60, 70, 40, 50)))
                : p.isAdmin1() ? Optional.of(f.toGeometry(new Envelope(72, 76, 41, 45))) : Optional.empty();
    }

    private static final Place STEPPE =
            new Place(1, "Steppeland", "A", "PCLI", "SL", "", "", 1_000_000, new GeoPoint(45, 65));
    private static final Place HILLS =
            new Place(2, "Hills", "A", "ADM1", "SL", "01", "Hills", 10_000, new GeoPoint(43, 74));
    private static final Place TOWN =
            new Place(3, "Townsville", "P", "PPLA", "SL", "01", "Hills", 10_000, new GeoPoint(47, 78));

    private static GeoEvent at(String id, Place place, EventType type) {
        return new GeoEvent(
                id, type, "", null, null, place.isPopulatedPlace() ? 1 : 3, place, List.of(), null, 0.9, List.of());
    }

    @Test
    void events_known_only_by_country_or_region_are_their_hatched_area_not_a_pin() throws Exception {
        MapExtent extent = new MapExtent(55, 35, 85, 55);
        List<GeoEvent> events = List.of(
                at("c1", STEPPE, EventType.PROTESTS),
                at("c2", STEPPE, EventType.PROTESTS),
                at("r1", HILLS, EventType.BATTLES),
                at("t1", TOWN, EventType.RIOTS));
        BufferedImage img = new MapRenderer(island(), MapRendererTest::squares).render(events, extent, 1600, 900);
        WebMercator proj = new WebMercator(extent, 1600, 900);

        Color protests = EventStyle.color(EventType.PROTESTS), battles = EventStyle.color(EventType.BATTLES);
        // hatched: the blend of the type's colour over land, inside each area, away from its label
        assertThat(countIn(img, proj, new Envelope(60.5, 69.5, 47, 49.5), hatchOver(protests, MapRenderer.LAND)))
                .isGreaterThan(500);
        assertThat(countIn(img, proj, new Envelope(72.3, 75.7, 41.3, 42.5), hatchOver(battles, MapRenderer.LAND)))
                .isGreaterThan(100);
        // no hatch outside them
        assertThat(countIn(img, proj, new Envelope(77, 80, 41, 45), hatchOver(battles, MapRenderer.LAND)))
                .isZero();
        // no pin at the areas' points: no disc of the type's own colour there
        assertThat(countNear(img, proj, STEPPE.point(), 12, protests)).isZero();
        assertThat(countNear(img, proj, HILLS.point(), 12, battles)).isZero();
        // the outline in the type's colour; the town still a pin
        assertThat(count(img, battles)).isGreaterThan(100);
        assertThat(countNear(img, proj, TOWN.point(), 6, EventStyle.color(EventType.RIOTS)))
                .isGreaterThan(50);
    }

    @Test
    void a_country_split_at_the_antimeridian_is_in_view_only_where_one_of_its_parts_is() {
        GeometryFactory f = new GeometryFactory();
        // like the USA: the western Aleutians east of 172E, the mainland from 125W to 70W; its envelope spans the world
        Geometry split = f.createMultiPolygon(new Polygon[] {
            (Polygon) f.toGeometry(new Envelope(172, 180, 51, 53)),
            (Polygon) f.toGeometry(new Envelope(-125, -70, 25, 49))
        });
        assertThat(split.getEnvelopeInternal().intersects(new Envelope(55, 85, 35, 55)))
                .isTrue();
        assertThat(MapRenderer.partInView(split, new Envelope(55, 85, 35, 55))).isFalse();
        assertThat(MapRenderer.partInView(split, new Envelope(165, 179, 45, 60)))
                .isTrue();
        assertThat(MapRenderer.partInView(split, new Envelope(-100, -90, 30, 40)))
                .isTrue();
    }

    @Test
    void the_legend_and_labels_say_what_the_areas_mean() {
        List<MapRenderer.Area> both = List.of(
                new MapRenderer.Area(STEPPE, null, Map.of(), new int[] {2}, "somewhere in Steppeland"),
                new MapRenderer.Area(HILLS, null, Map.of(), new int[] {1}, "in Hills region"));
        assertThat(MapRenderer.areaRow(both)).isEqualTo("known only by country / region  (3)");
        assertThat(MapRenderer.areaRow(both.subList(1, 2))).isEqualTo("known only by region  (1)");
        assertThat(MapRenderer.areaRow(List.of())).isNull();
    }

    @Test
    void the_png_export_draws_kazakhstan_as_an_area_from_the_gazetteer_boundaries() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Briefings.write(Briefings.Format.PNG, SampleEvents.kazakhstan(), SampleEvents.context(), out);
        BufferedImage img = ImageIO.read(new ByteArrayInputStream(out.toByteArray()));

        Color civilians = EventStyle.color(EventType.VIOLENCE_AGAINST_CIVILIANS);
        // e6 is known only by country: Kazakhstan's outline in its colour, hatch across the steppe
        assertThat(count(img, civilians)).isGreaterThan(300);
        int hatched = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                if (close(new Color(img.getRGB(x, y)), hatchOver(civilians, MapRenderer.LAND))) hatched++;
            }
        }
        assertThat(hatched).isGreaterThan(2000);
    }

    /** The colour of a hatch line of {@code c} over {@code under}. */
    static Color hatchOver(Color c, Color under) {
        double a = MapRenderer.HATCH_ALPHA / 255.0;
        return new Color(
                (int) Math.round(c.getRed() * a + under.getRed() * (1 - a)),
                (int) Math.round(c.getGreen() * a + under.getGreen() * (1 - a)),
                (int) Math.round(c.getBlue() * a + under.getBlue() * (1 - a)));
    }

    static boolean close(Color a, Color b) {
        return Math.abs(a.getRed() - b.getRed()) <= 3
                && Math.abs(a.getGreen() - b.getGreen()) <= 3
                && Math.abs(a.getBlue() - b.getBlue()) <= 3;
    }

    static int countIn(BufferedImage img, WebMercator proj, Envelope box, Color c) {
        int n = 0;
        for (int y = (int) proj.y(box.getMaxY()); y <= (int) proj.y(box.getMinY()); y++) {
            for (int x = (int) proj.x(box.getMinX()); x <= (int) proj.x(box.getMaxX()); x++) {
                if (close(new Color(img.getRGB(x, y)), c)) n++;
            }
        }
        return n;
    }

    static int countNear(BufferedImage img, WebMercator proj, GeoPoint p, int r, Color c) {
        int n = 0, cx = (int) proj.x(p.lon()), cy = (int) proj.y(p.lat());
        for (int y = cy - r; y <= cy + r; y++) {
            for (int x = cx - r; x <= cx + r; x++) {
                if ((img.getRGB(x, y) & 0xFFFFFF) == (c.getRGB() & 0xFFFFFF)) n++;
            }
        }
        return n;
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
