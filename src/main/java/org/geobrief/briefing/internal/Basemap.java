package org.geobrief.briefing.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;

/**
 * The offline background of server-side maps: land, country and admin-1 areas or lines, and labelled points,
 * each read from a GeoJSON FeatureCollection or a TopoJSON topology in lon/lat.
 *
 * <p>{@link #bundled()} reads {@code geodata/basemap/NAME.(topojson|geojson|json)[.gz]} from the classpath, NAME
 * being land, countries, admin1 or admin1-lines, labels or cities (the gazetteer's derive script writes
 * land, countries, admin1-lines and cities); a layer without a file is empty. The system property
 * {@code geobrief.basemap.dir} points at a folder with the same file names instead (for trying other data).
 */
public final class Basemap {

    public enum Layer {
        LAND("land"),
        COUNTRIES("countries"),
        /** admin-1 areas, or their outlines as (closed) lines */
        ADMIN1("admin1", "admin1-lines"),
        /** named points, most populous first when they have a "population" */
        LABELS("labels", "cities");

        private final List<String> stems;

        Layer(String... stems) {
            this.stems = List.of(stems);
        }

        String fileStem() {
            return stems.get(0);
        }
    }

    /** One shape with its name ("" if none) and weight (population for labelled points, else 0). */
    public record Feature(Geometry geometry, String name, double weight) {
        Feature(Geometry geometry, String name) {
            this(geometry, name, 0);
        }
    }

    private static final String[] SUFFIXES = {
        ".topojson", ".geojson", ".json", ".topojson.gz", ".geojson.gz", ".json.gz"
    };
    private static final ObjectMapper JSON = new ObjectMapper();
    private static volatile Basemap bundled;

    private final Map<Layer, List<Feature>> layers;

    private Basemap(Map<Layer, List<Feature>> layers) {
        this.layers = layers;
    }

    public static Basemap empty() {
        return new Basemap(new EnumMap<>(Layer.class));
    }

    /** The basemap shipped with the app, read once. */
    public static Basemap bundled() {
        Basemap b = bundled;
        if (b == null) {
            synchronized (Basemap.class) {
                if (bundled == null) {
                    bundled = loadBundled();
                }
                b = bundled;
            }
        }
        return b;
    }

    private static Basemap loadBundled() {
        String dir = System.getProperty("geobrief.basemap.dir");
        Map<Layer, List<Feature>> layers = new EnumMap<>(Layer.class);
        for (Layer layer : Layer.values()) {
            search:
            for (String stem : layer.stems)
                for (String suffix : SUFFIXES) {
                    String name = stem + suffix;
                    try (InputStream in = dir != null
                            ? open(Path.of(dir, name))
                            : Basemap.class.getResourceAsStream("/geodata/basemap/" + name)) {
                        if (in != null) {
                            layers.put(layer, read(layer, suffix.endsWith(".gz") ? new GZIPInputStream(in) : in));
                            break search;
                        }
                    } catch (IOException e) {
                        throw new UncheckedIOException("cannot read basemap " + name, e);
                    }
                }
        }
        return new Basemap(layers);
    }

    private static InputStream open(Path p) throws IOException {
        return Files.isRegularFile(p) ? Files.newInputStream(p) : null;
    }

    /** A basemap of the given layers, each a GeoJSON or TopoJSON document. Closes nothing. */
    public static Basemap of(Map<Layer, InputStream> sources) throws IOException {
        Map<Layer, List<Feature>> layers = new EnumMap<>(Layer.class);
        for (Map.Entry<Layer, InputStream> e : sources.entrySet()) {
            layers.put(e.getKey(), read(e.getKey(), e.getValue()));
        }
        return new Basemap(layers);
    }

    public List<Feature> layer(Layer layer) {
        return layers.getOrDefault(layer, List.of());
    }

    static List<Feature> read(Layer layer, InputStream in) throws IOException {
        JsonNode root = JSON.readTree(in);
        GeometryFactory factory = new GeometryFactory();
        if ("Topology".equals(root.path("type").asText())) {
            TopoJson topo = new TopoJson(root, factory);
            JsonNode objects = root.path("objects");
            // A topology may hold several objects (world-atlas: countries and land): take the layer's own.
            JsonNode own = objects.get(layer.fileStem());
            List<Feature> out = new ArrayList<>();
            if (own != null) {
                out.addAll(topo.features(own));
            } else {
                objects.forEach(o -> out.addAll(topo.features(o)));
            }
            return out;
        }
        List<Feature> out = new ArrayList<>();
        JsonNode features = "FeatureCollection".equals(root.path("type").asText())
                ? root.path("features")
                : JSON.createArrayNode().add(root);
        for (JsonNode f : features) {
            JsonNode g = "Feature".equals(f.path("type").asText()) ? f.get("geometry") : f;
            if (g == null || g.isNull()) {
                continue;
            }
            JsonNode props = f.path("properties");
            out.add(new Feature(geometry(g, factory), nameOf(props), weightOf(props)));
        }
        return out;
    }

    /**
     * A GeoJSON geometry built straight from the parsed tree (jts-io's GeoJsonReader would re-parse each
     * feature's text, several times slower on the 3 MB admin-1 layer).
     */
    static Geometry geometry(JsonNode g, GeometryFactory factory) throws IOException {
        JsonNode c = g.path("coordinates");
        return switch (g.path("type").asText()) {
            case "Point" -> factory.createPoint(coordinate(c));
            case "MultiPoint" -> factory.createMultiPointFromCoords(coordinates(c));
            case "LineString" -> factory.createLineString(coordinates(c));
            case "MultiLineString" -> {
                LineString[] lines = new LineString[c.size()];
                for (int i = 0; i < lines.length; i++) {
                    lines[i] = factory.createLineString(coordinates(c.get(i)));
                }
                yield factory.createMultiLineString(lines);
            }
            case "Polygon" -> polygon(c, factory);
            case "MultiPolygon" -> {
                Polygon[] polygons = new Polygon[c.size()];
                for (int i = 0; i < polygons.length; i++) {
                    polygons[i] = polygon(c.get(i), factory);
                }
                yield factory.createMultiPolygon(polygons);
            }
            case "GeometryCollection" -> {
                List<Geometry> parts = new ArrayList<>();
                for (JsonNode part : g.path("geometries")) {
                    parts.add(geometry(part, factory));
                }
                yield factory.buildGeometry(parts);
            }
            default -> throw new IOException(
                    "not a GeoJSON geometry type: " + g.path("type").asText());
        };
    }

    private static Polygon polygon(JsonNode rings, GeometryFactory factory) {
        LinearRing shell = factory.createLinearRing(coordinates(rings.get(0)));
        LinearRing[] holes = new LinearRing[rings.size() - 1];
        for (int i = 1; i < rings.size(); i++) {
            holes[i - 1] = factory.createLinearRing(coordinates(rings.get(i)));
        }
        return factory.createPolygon(shell, holes);
    }

    private static Coordinate[] coordinates(JsonNode positions) {
        Coordinate[] cs = new Coordinate[positions.size()];
        for (int i = 0; i < cs.length; i++) {
            cs[i] = coordinate(positions.get(i));
        }
        return cs;
    }

    private static Coordinate coordinate(JsonNode position) {
        return new Coordinate(position.get(0).asDouble(), position.get(1).asDouble());
    }

    static String nameOf(JsonNode props) {
        for (String key : new String[] {"name", "name_en", "NAME_EN", "NAME", "admin", "ADMIN"}) {
            JsonNode n = props.get(key);
            if (n != null && n.isTextual() && !n.asText().isBlank()) {
                return n.asText();
            }
        }
        return "";
    }

    static double weightOf(JsonNode props) {
        for (String key : new String[] {"population", "pop_max", "POP_MAX"}) {
            JsonNode n = props.get(key);
            if (n != null && n.isNumber()) {
                return n.asDouble();
            }
        }
        return 0;
    }
}
