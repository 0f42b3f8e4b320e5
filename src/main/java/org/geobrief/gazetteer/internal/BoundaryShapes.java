package org.geobrief.gazetteer.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

/**
 * The outlines of {@code geodata/boundaries.tsv.gz} one area at a time, for drawing a few areas without {@link
 * BoundaryIndex}'s whole parse and trees: the file's WKT kept as text by geonameid, an area's parsed on its first
 * request. The shapes equal {@link BoundaryIndex#shape}'s (same reader, same coordinate factory).
 */
public final class BoundaryShapes {

    private final Map<Long, String> wkt;
    private final Map<Long, Optional<Geometry>> parsed = new ConcurrentHashMap<>();

    private BoundaryShapes(Map<Long, String> wkt) {
        this.wkt = wkt;
    }

    public static BoundaryShapes read(InputStream gzipped) throws IOException {
        Map<Long, String> wkt = new HashMap<>();
        BoundaryIndex.rows(gzipped, (level, id, text) -> wkt.put(id, text));
        return new BoundaryShapes(wkt);
    }

    /** The polygon or multipolygon of the area with this geonameid (lon/lat degrees), or null when the file has none. */
    public Geometry shape(long geonameId) {
        return parsed.computeIfAbsent(geonameId, this::parse).orElse(null);
    }

    private Optional<Geometry> parse(long geonameId) {
        String text = wkt.get(geonameId);
        if (text == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(new WKTReader(BoundaryIndex.FACTORY).read(text));
        } catch (ParseException e) {
            throw new IllegalStateException("bad WKT for " + geonameId + " in boundaries.tsv.gz", e);
        }
    }
}
