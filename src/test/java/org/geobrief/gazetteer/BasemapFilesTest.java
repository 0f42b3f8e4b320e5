package org.geobrief.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.geojson.GeoJsonReader;

/** The basemap files other modules draw from: present on the classpath, valid GeoJSON, the documented properties. */
class BasemapFilesTest {

    private static JsonNode read(String name) throws Exception {
        try (InputStream in = BasemapFilesTest.class.getClassLoader().getResourceAsStream("geodata/basemap/" + name)) {
            assertNotNull(in, name);
            return new ObjectMapper().readTree(in);
        }
    }

    @Test
    void countries_carry_iso2_and_parse_as_polygons() throws Exception {
        JsonNode fc = read("countries.geojson");
        Set<String> iso2 = new HashSet<>();
        GeoJsonReader reader = new GeoJsonReader();
        for (JsonNode f : fc.get("features")) {
            iso2.add(f.get("properties").get("iso2").asText());
            Geometry g = reader.read(f.get("geometry").toString());
            assertThat(g.getGeometryType()).isIn("Polygon", "MultiPolygon");
        }
        assertThat(iso2).contains("KZ", "GE", "US", "FR", "XK");
        assertThat(fc.get("features").size()).isBetween(200, 260);
    }

    @Test
    void cities_are_the_largest_places_with_ids() throws Exception {
        JsonNode features = read("cities.geojson").get("features");
        assertEquals(3000, features.size());
        long almaty = 0;
        for (JsonNode f : features) {
            if (f.get("properties").get("id").asLong() == 1526384) {
                almaty++;
                assertEquals("Almaty", f.get("properties").get("name").asText());
                assertEquals("KZ", f.get("properties").get("cc").asText());
            }
        }
        assertEquals(1, almaty);
    }

    @Test
    void land_and_admin1_lines_are_there() throws Exception {
        assertEquals(1, read("land.geojson").get("features").size());
        JsonNode lines = read("admin1-lines.geojson").get("features");
        assertThat(lines.size()).isGreaterThan(2000);
        assertEquals("MultiLineString", lines.get(0).get("geometry").get("type").asText());
    }
}
