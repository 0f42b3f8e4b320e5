package org.geobrief.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.geobrief.briefing.Briefings.Format;
import org.geobrief.events.EventSource;
import org.geobrief.events.GeoEvent;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.io.geojson.GeoJsonReader;

class GeoJsonExportTest {

    private static String export() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Briefings.write(Format.GEOJSON, SampleEvents.kazakhstan(), SampleEvents.context(), out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void jts_reads_one_point_per_event_in_lon_lat_order() throws Exception {
        Geometry all = new GeoJsonReader().read(export());

        assertThat(all.getNumGeometries()).isEqualTo(7);
        Point zhanaozen = (Point) all.getGeometryN(0);
        assertThat(zhanaozen.getX()).isEqualTo(52.86192); // longitude first (RFC 7946 3.1.1)
        assertThat(zhanaozen.getY()).isEqualTo(43.34116);
    }

    @Test
    void properties_carry_the_event_its_place_and_every_source() throws Exception {
        JsonNode root = new ObjectMapper().readTree(export());

        assertThat(root.get("type").asText()).isEqualTo("FeatureCollection");
        assertThat(root.has("crs")).isFalse();
        JsonNode riot = root.get("features").get(1);
        assertThat(riot.get("id").asText()).isEqualTo("e2");
        JsonNode p = riot.get("properties");
        assertThat(p.get("type").asText()).isEqualTo("Riots");
        assertThat(p.get("subtype").asText()).isEqualTo("Violent demonstration");
        assertThat(p.get("date").asText()).isEqualTo("2022-01-05");
        assertThat(p.get("time_precision").asInt()).isEqualTo(1);
        assertThat(p.get("geo_precision").asInt()).isEqualTo(1);
        assertThat(p.get("confidence").asDouble()).isEqualTo(0.85);
        assertThat(p.get("fatalities").asInt()).isEqualTo(8);
        assertThat(p.get("actors").get(1).asText()).isEqualTo("Police Forces of Kazakhstan");
        assertThat(p.get("place").asText()).isEqualTo("Almaty");
        assertThat(p.get("country").asText()).isEqualTo("KZ");
        assertThat(p.get("admin1").asText()).isEqualTo("Almaty");
        JsonNode first = p.get("sources").get(0);
        assertThat(first.get("article").asText()).isEqualTo("a1");
        assertThat(first.get("outlet").asText()).isEqualTo("Reuters");
        assertThat(first.get("url").asText()).startsWith("https://www.reuters.com/");
        assertThat(first.get("published").asText()).isEqualTo("2022-01-06");
        assertThat(first.get("sentence").asText()).isEqualTo(SampleEvents.TRICKY_SENTENCE);
        assertThat(p.get("sources").get(2).get("url").isNull()).isTrue();
    }

    @Test
    void an_event_with_thousands_of_sentences_lists_fifty_every_article_among_them_and_counts_the_rest()
            throws Exception {
        GeoEvent riot = SampleEvents.kazakhstan().get(1);
        List<EventSource> many = new ArrayList<>();
        for (int i = 0; i < 3_000; i++) many.add(SampleEvents.source("a1", 1000 + i * 50, "Crowds met in Almaty."));
        many.add(SampleEvents.source("a2", 40, "Residents took to the streets."));
        GeoEvent loud = new GeoEvent(
                riot.id(),
                riot.type(),
                riot.subtype(),
                riot.date(),
                riot.timePrecision(),
                riot.geoPrecision(),
                riot.place(),
                riot.actors(),
                riot.fatalities(),
                riot.confidence(),
                many,
                false);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Briefings.write(Format.GEOJSON, List.of(loud), SampleEvents.context(), out);

        JsonNode p = new ObjectMapper()
                .readTree(out.toString(StandardCharsets.UTF_8))
                .get("features")
                .get(0)
                .get("properties");
        assertThat(p.get("sources")).hasSize(50);
        assertThat(p.get("sources_not_listed").asInt()).isEqualTo(2_951);
        assertThat(p.get("sources").get(1).get("article").asText()).isEqualTo("a2"); // every article named
        assertThat(out.size()).isLessThan(50_000);
    }

    @Test
    void unknown_facts_are_json_null() throws Exception {
        JsonNode protest =
                new ObjectMapper().readTree(export()).get("features").get(0).get("properties");

        assertThat(protest.get("fatalities").isNull()).isTrue();
        JsonNode country =
                new ObjectMapper().readTree(export()).get("features").get(5).get("properties");
        assertThat(country.get("admin1").isNull()).isTrue();
        assertThat(country.get("time_precision").asInt()).isEqualTo(3);
    }
}
