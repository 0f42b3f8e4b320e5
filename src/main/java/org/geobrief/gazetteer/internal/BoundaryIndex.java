package org.geobrief.gazetteer.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.locationtech.jts.algorithm.RayCrossingCounter;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.geom.impl.PackedCoordinateSequenceFactory;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

/**
 * Country (level 0) and admin-1 (level 1) polygons of {@code geodata/boundaries.tsv.gz} (columns: level,
 * geonameid, WKT in lon/lat degrees), each polygon part in an STRtree. Polygons are simplified to about 0.01°
 * (~1 km), so points within about a kilometre of a border or coast may fall on the wrong side or outside; {@link
 * #locate} therefore also accepts the nearest polygon within {@link #NEAR_DEGREES}.
 */
public final class BoundaryIndex {

    /** How far outside every polygon a point may lie and still be given the nearest one (about 10 km). */
    public static final double NEAR_DEGREES = 0.1;

    private record Part(Polygon polygon, long geonameId) {}

    private final STRtree countries = new STRtree();
    private final STRtree admin1 = new STRtree();
    /** Each area's whole shape, by geonameid, for drawing it. */
    private final Map<Long, Geometry> shapes = new HashMap<>();

    private final GeometryFactory factory;
    private int partCount;
    private long coordinateCount;

    private BoundaryIndex(GeometryFactory factory) {
        this.factory = factory;
    }

    /** The factory of the shapes read: lon/lat (SRID 4326), packed coordinates. */
    static final GeometryFactory FACTORY =
            new GeometryFactory(new PrecisionModel(), 4326, PackedCoordinateSequenceFactory.DOUBLE_FACTORY);

    /** One row of {@code boundaries.tsv.gz}: the area's level (0 country, 1 admin-1), geonameid and WKT text. */
    interface Row {
        void accept(int level, long geonameId, String wkt) throws IOException;
    }

    /** Reads the rows of {@code boundaries.tsv.gz} (gzipped; '#' lines are comments), in file order. */
    static void rows(InputStream gzipped, Row row) throws IOException {
        try (BufferedReader in = new BufferedReader(
                new InputStreamReader(new GZIPInputStream(gzipped, 1 << 16), StandardCharsets.UTF_8), 1 << 16)) {
            String line;
            while ((line = in.readLine()) != null) {
                if (line.isEmpty() || line.charAt(0) == '#') {
                    continue;
                }
                int t1 = line.indexOf('\t');
                int t2 = line.indexOf('\t', t1 + 1);
                row.accept(
                        Integer.parseInt(line, 0, t1, 10),
                        Long.parseLong(line, t1 + 1, t2, 10),
                        line.substring(t2 + 1));
            }
        }
    }

    public static BoundaryIndex read(InputStream gzipped) throws IOException {
        GeometryFactory factory = FACTORY;
        BoundaryIndex index = new BoundaryIndex(factory);
        WKTReader reader = new WKTReader(factory);
        rows(gzipped, (level, id, text) -> {
            Geometry g;
            try {
                g = reader.read(text);
            } catch (ParseException e) {
                throw new IOException("bad WKT for " + id, e);
            }
            STRtree tree = level == 0 ? index.countries : index.admin1;
            index.shapes.put(id, g);
            for (int i = 0; i < g.getNumGeometries(); i++) {
                Polygon p = (Polygon) g.getGeometryN(i);
                tree.insert(p.getEnvelopeInternal(), new Part(p, id));
                index.partCount++;
                index.coordinateCount += p.getNumPoints();
            }
        });
        index.countries.build();
        index.admin1.build();
        return index;
    }

    public int partCount() {
        return partCount;
    }

    public long coordinateCount() {
        return coordinateCount;
    }

    /**
     * The polygon or multipolygon (lon/lat degrees, simplified to about 0.01°) of the country or admin-1 area with
     * this geonameid, or null when the file has none.
     */
    public Geometry shape(long geonameId) {
        return shapes.get(geonameId);
    }

    /** Geonameid of the admin-1 area containing (lon, lat), or 0. */
    public long admin1At(double lon, double lat) {
        return containing(admin1, lon, lat);
    }

    /** Geonameid of the country containing (lon, lat), or 0. */
    public long countryAt(double lon, double lat) {
        return containing(countries, lon, lat);
    }

    /** Geonameid of the admin-1 area nearest to (lon, lat) within {@link #NEAR_DEGREES}, or 0. */
    public long admin1Near(double lon, double lat) {
        return nearest(admin1, lon, lat);
    }

    /** Geonameid of the country nearest to (lon, lat) within {@link #NEAR_DEGREES}, or 0. */
    public long countryNear(double lon, double lat) {
        return nearest(countries, lon, lat);
    }

    private static long containing(STRtree tree, double lon, double lat) {
        Coordinate c = new Coordinate(lon, lat);
        @SuppressWarnings("unchecked")
        List<Part> hits = tree.query(new Envelope(c));
        for (Part part : hits) {
            if (contains(part.polygon, c)) {
                return part.geonameId;
            }
        }
        return 0;
    }

    private static boolean contains(Polygon p, Coordinate c) {
        if (!p.getEnvelopeInternal().contains(c)) {
            return false;
        }
        if (RayCrossingCounter.locatePointInRing(c, p.getExteriorRing().getCoordinateSequence()) == Location.EXTERIOR) {
            return false;
        }
        for (int i = 0; i < p.getNumInteriorRing(); i++) {
            if (RayCrossingCounter.locatePointInRing(c, p.getInteriorRingN(i).getCoordinateSequence())
                    == Location.INTERIOR) {
                return false;
            }
        }
        return true;
    }

    private long nearest(STRtree tree, double lon, double lat) {
        Envelope around = new Envelope(lon - NEAR_DEGREES, lon + NEAR_DEGREES, lat - NEAR_DEGREES, lat + NEAR_DEGREES);
        @SuppressWarnings("unchecked")
        List<Part> hits = tree.query(around);
        if (hits.isEmpty()) {
            return 0;
        }
        Point pt = factory.createPoint(new Coordinate(lon, lat));
        long best = 0;
        double bestDistance = NEAR_DEGREES;
        for (Part part : hits) {
            double d = part.polygon.distance(pt);
            if (d <= bestDistance) {
                bestDistance = d;
                best = part.geonameId;
            }
        }
        return best;
    }
}
