package org.geobrief.briefing.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;

/**
 * Decodes a TopoJSON topology (the format of the world-atlas package) into JTS geometries: arcs are
 * delta-decoded when the topology is quantized, and rings are stitched from arcs (a negative index {@code ~i}
 * walks arc {@code i} backwards, and each arc after the first drops its shared first point).
 */
final class TopoJson {

    private final double[][][] arcs; // arc -> point -> {lon, lat}
    private final GeometryFactory factory;

    TopoJson(JsonNode topology, GeometryFactory factory) {
        this.factory = factory;
        JsonNode transform = topology.get("transform");
        double sx = 1, sy = 1, tx = 0, ty = 0;
        boolean quantized = transform != null;
        if (quantized) {
            sx = transform.get("scale").get(0).asDouble();
            sy = transform.get("scale").get(1).asDouble();
            tx = transform.get("translate").get(0).asDouble();
            ty = transform.get("translate").get(1).asDouble();
        }
        JsonNode arcsNode = topology.get("arcs");
        arcs = new double[arcsNode.size()][][];
        for (int a = 0; a < arcsNode.size(); a++) {
            JsonNode arc = arcsNode.get(a);
            double[][] pts = new double[arc.size()][];
            double x = 0, y = 0;
            for (int i = 0; i < arc.size(); i++) {
                JsonNode p = arc.get(i);
                if (quantized) {
                    x += p.get(0).asDouble();
                    y += p.get(1).asDouble();
                    pts[i] = new double[] {x * sx + tx, y * sy + ty};
                } else {
                    pts[i] = new double[] {p.get(0).asDouble(), p.get(1).asDouble()};
                }
            }
            arcs[a] = pts;
        }
    }

    /** Each geometry of {@code object} (a GeometryCollection or a single geometry) with its "name" property. */
    List<Basemap.Feature> features(JsonNode object) {
        List<Basemap.Feature> out = new ArrayList<>();
        if ("GeometryCollection".equals(object.path("type").asText())) {
            for (JsonNode g : object.get("geometries")) {
                Geometry geom = geometry(g);
                if (geom != null && !geom.isEmpty()) {
                    out.add(new Basemap.Feature(geom, Basemap.nameOf(g.path("properties"))));
                }
            }
        } else {
            Geometry geom = geometry(object);
            if (geom != null && !geom.isEmpty()) {
                out.add(new Basemap.Feature(geom, Basemap.nameOf(object.path("properties"))));
            }
        }
        return out;
    }

    private Geometry geometry(JsonNode g) {
        String type = g.path("type").asText();
        JsonNode a = g.get("arcs");
        return switch (type) {
            case "Polygon" -> polygon(a);
            case "MultiPolygon" -> {
                Polygon[] ps = new Polygon[a.size()];
                for (int i = 0; i < a.size(); i++) {
                    ps[i] = polygon(a.get(i));
                }
                yield factory.createMultiPolygon(ps);
            }
            case "LineString" -> line(a);
            case "MultiLineString" -> {
                LineString[] ls = new LineString[a.size()];
                for (int i = 0; i < a.size(); i++) {
                    ls[i] = line(a.get(i));
                }
                yield factory.createMultiLineString(ls);
            }
            case "Point" -> factory.createPoint(new Coordinate(
                    g.get("coordinates").get(0).asDouble(),
                    g.get("coordinates").get(1).asDouble()));
            default -> null; // null geometries and types a basemap does not use
        };
    }

    private Polygon polygon(JsonNode rings) {
        LinearRing shell = ring(rings.get(0));
        LinearRing[] holes = new LinearRing[rings.size() - 1];
        for (int i = 1; i < rings.size(); i++) {
            holes[i - 1] = ring(rings.get(i));
        }
        return factory.createPolygon(shell, holes);
    }

    private LinearRing ring(JsonNode arcIndexes) {
        List<Coordinate> cs = stitch(arcIndexes);
        if (!cs.get(0).equals2D(cs.get(cs.size() - 1))) {
            cs.add(new Coordinate(cs.get(0)));
        }
        while (cs.size() < 4) {
            cs.add(new Coordinate(cs.get(0)));
        }
        return factory.createLinearRing(cs.toArray(Coordinate[]::new));
    }

    private LineString line(JsonNode arcIndexes) {
        List<Coordinate> cs = stitch(arcIndexes);
        if (cs.size() < 2) {
            cs.add(new Coordinate(cs.get(0)));
        }
        return factory.createLineString(cs.toArray(Coordinate[]::new));
    }

    private List<Coordinate> stitch(JsonNode arcIndexes) {
        List<Coordinate> cs = new ArrayList<>();
        for (JsonNode idx : arcIndexes) {
            int i = idx.asInt();
            double[][] arc = arcs[i >= 0 ? i : ~i];
            int n = arc.length;
            for (int k = 0; k < n; k++) {
                double[] p = i >= 0 ? arc[k] : arc[n - 1 - k];
                if (k == 0 && !cs.isEmpty()) {
                    continue;
                }
                cs.add(new Coordinate(p[0], p[1]));
            }
        }
        return cs;
    }
}
