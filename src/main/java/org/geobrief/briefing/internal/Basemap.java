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
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.geojson.GeoJsonReader;

/**
 * The offline background of server-side maps: land, country and admin-1 areas or lines, and labelled points,
 * each read from a GeoJSON FeatureCollection or a TopoJSON topology in lon/lat.
 *
 * <p>{@link #bundled()} reads {@code geodata/basemap/LAYER.(topojson|geojson|json)[.gz]} from the classpath
 * (LAYER one of land, countries, admin1, labels); a layer without a file is empty. The system property
 * {@code geobrief.basemap.dir} points at a folder with the same file names instead (for trying other data).
 */
public final class Basemap {

    public enum Layer {
        LAND,
        COUNTRIES,
        ADMIN1,
        LABELS;

        String fileStem() {
            return name().toLowerCase(java.util.Locale.ROOT);
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
            for (String suffix : SUFFIXES) {
                String name = layer.fileStem() + suffix;
                try (InputStream in = dir != null
                        ? open(Path.of(dir, name))
                        : Basemap.class.getResourceAsStream("/geodata/basemap/" + name)) {
                    if (in != null) {
                        layers.put(layer, read(layer, suffix.endsWith(".gz") ? new GZIPInputStream(in) : in));
                        break;
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
        GeoJsonReader reader = new GeoJsonReader(factory);
        List<Feature> out = new ArrayList<>();
        JsonNode features = "FeatureCollection".equals(root.path("type").asText())
                ? root.path("features")
                : JSON.createArrayNode().add(root);
        for (JsonNode f : features) {
            JsonNode g = "Feature".equals(f.path("type").asText()) ? f.get("geometry") : f;
            if (g == null || g.isNull()) {
                continue;
            }
            try {
                Geometry geometry = reader.read(JSON.writeValueAsString(g));
                JsonNode props = f.path("properties");
                out.add(new Feature(geometry, nameOf(props), weightOf(props)));
            } catch (ParseException ex) {
                throw new IOException("bad GeoJSON geometry in basemap layer " + layer, ex);
            }
        }
        return out;
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
