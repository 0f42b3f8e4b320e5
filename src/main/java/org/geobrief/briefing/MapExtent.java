package org.geobrief.briefing;

import java.util.Collection;
import org.geobrief.base.GeoPoint;

/**
 * A lon/lat rectangle in WGS84 decimal degrees. Extents crossing the antimeridian are not supported:
 * {@code minLon < maxLon} always.
 */
public record MapExtent(double minLon, double minLat, double maxLon, double maxLat) {

    /** The smallest span, in degrees, that {@link #around} gives, so a single event still shows its region. */
    static final double MIN_SPAN_DEG = 2.0;

    public MapExtent {
        if (!(minLon >= -180 && maxLon <= 180 && minLon < maxLon && minLat >= -90 && maxLat <= 90 && minLat < maxLat)) {
            throw new IllegalArgumentException(
                    "not a lon/lat extent: " + minLon + "," + minLat + "," + maxLon + "," + maxLat);
        }
    }

    /** The whole world, as far as Web Mercator goes. */
    public static MapExtent world() {
        return new MapExtent(-180, -85, 180, 85);
    }

    /**
     * The extent holding all {@code points} with a 15% margin each side, at least {@value #MIN_SPAN_DEG}
     * degrees wide and high; the world when there are no points.
     */
    public static MapExtent around(Collection<GeoPoint> points) {
        if (points.isEmpty()) {
            return world();
        }
        double minLon = 180, minLat = 90, maxLon = -180, maxLat = -90;
        for (GeoPoint p : points) {
            minLon = Math.min(minLon, p.lon());
            maxLon = Math.max(maxLon, p.lon());
            minLat = Math.min(minLat, p.lat());
            maxLat = Math.max(maxLat, p.lat());
        }
        double padLon = Math.max((maxLon - minLon) * 0.15, (MIN_SPAN_DEG - (maxLon - minLon)) / 2);
        double padLat = Math.max((maxLat - minLat) * 0.15, (MIN_SPAN_DEG - (maxLat - minLat)) / 2);
        return new MapExtent(
                Math.max(-180, minLon - padLon),
                Math.max(-85, minLat - padLat),
                Math.min(180, maxLon + padLon),
                Math.min(85, maxLat + padLat));
    }

    /** Parses "minLon,minLat,maxLon,maxLat". */
    public static MapExtent parse(String csv) {
        String[] p = csv.split(",");
        if (p.length != 4) {
            throw new IllegalArgumentException("extent must be minLon,minLat,maxLon,maxLat: " + csv);
        }
        return new MapExtent(
                Double.parseDouble(p[0].trim()),
                Double.parseDouble(p[1].trim()),
                Double.parseDouble(p[2].trim()),
                Double.parseDouble(p[3].trim()));
    }

    public boolean contains(GeoPoint p) {
        return p.lon() >= minLon && p.lon() <= maxLon && p.lat() >= minLat && p.lat() <= maxLat;
    }

    public double widthDeg() {
        return maxLon - minLon;
    }

    public double heightDeg() {
        return maxLat - minLat;
    }
}
