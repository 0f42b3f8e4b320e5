package org.geobrief.briefing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Polygon;

class TopoJsonTest {

    /**
     * Two squares sharing the edge x = 1, quantized with scale 1 and translate (10, 20); arc 0 is the shared
     * edge, which the right square walks backwards as ~0 = -1.
     */
    private static final String TOPOLOGY =
            """
            {"type":"Topology","transform":{"scale":[1,1],"translate":[10,20]},
             "objects":{"countries":{"type":"GeometryCollection","geometries":[
               {"type":"Polygon","arcs":[[0,1]],"properties":{"name":"West"}},
               {"type":"Polygon","arcs":[[-1,2]],"properties":{"name":"East"}}]},
              "land":{"type":"GeometryCollection","geometries":[]}},
             "arcs":[[[1,0],[0,1]],[[1,1],[-1,0],[0,-1],[1,0]],[[1,0],[1,0],[0,1],[-1,0]]]}""";

    @Test
    void arcs_are_delta_decoded_and_reversed_arcs_stitch_into_closed_rings() throws Exception {
        List<Basemap.Feature> features = Basemap.read(
                Basemap.Layer.COUNTRIES, new ByteArrayInputStream(TOPOLOGY.getBytes(StandardCharsets.UTF_8)));

        assertThat(features).extracting(Basemap.Feature::name).containsExactly("West", "East");
        Polygon west = (Polygon) features.get(0).geometry();
        assertThat(west.getExteriorRing().getCoordinates())
                .containsExactly(c(11, 20), c(11, 21), c(10, 21), c(10, 20), c(11, 20));
        Polygon east = (Polygon) features.get(1).geometry();
        assertThat(east.getExteriorRing().getCoordinates())
                .containsExactly(c(11, 21), c(11, 20), c(12, 20), c(12, 21), c(11, 21));
        assertThat(west.getArea()).isEqualTo(1.0);
        assertThat(east.getArea()).isEqualTo(1.0);
    }

    private static Coordinate c(double x, double y) {
        return new Coordinate(x, y);
    }
}
