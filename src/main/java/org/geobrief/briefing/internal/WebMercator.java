package org.geobrief.briefing.internal;

import java.awt.geom.Point2D;
import org.geobrief.briefing.MapExtent;

/**
 * Spherical Web Mercator (EPSG:3857, the projection of OpenLayers and web tiles, so the picture matches the
 * web map) fitted into a picture of {@code width} x {@code height} pixels: the extent is centred and scaled to
 * fit whole, so the picture shows a bit more than the extent on one axis. Latitudes are clamped to
 * +-85.05 degrees, where Web Mercator ends.
 */
public final class WebMercator {

    static final double MAX_LAT = 85.05112878;

    private final double scale; // pixels per radian of projected x
    private final double x0;
    private final double y0;
    private final int width;
    private final int height;

    public WebMercator(MapExtent extent, int width, int height) {
        this.width = width;
        this.height = height;
        double mx0 = mx(extent.minLon()), mx1 = mx(extent.maxLon());
        double my0 = my(extent.minLat()), my1 = my(extent.maxLat());
        scale = Math.min(width / (mx1 - mx0), height / (my1 - my0));
        x0 = (mx0 + mx1) / 2 - width / 2.0 / scale;
        y0 = (my0 + my1) / 2 + height / 2.0 / scale;
    }

    static double mx(double lon) {
        return Math.toRadians(lon);
    }

    static double my(double lat) {
        double l = Math.toRadians(Math.max(-MAX_LAT, Math.min(MAX_LAT, lat)));
        return Math.log(Math.tan(Math.PI / 4 + l / 2));
    }

    public double x(double lon) {
        return (mx(lon) - x0) * scale;
    }

    public double y(double lat) {
        return (y0 - my(lat)) * scale;
    }

    /** The longitude at picture column {@code x}: the inverse of {@link #x}. */
    public double lon(double x) {
        return Math.toDegrees(x / scale + x0);
    }

    /** The latitude at picture row {@code y}: the inverse of {@link #y}. */
    public double lat(double y) {
        return Math.toDegrees(2 * Math.atan(Math.exp(y0 - y / scale)) - Math.PI / 2);
    }

    public Point2D point(double lon, double lat) {
        return new Point2D.Double(x(lon), y(lat));
    }

    /** The lon/lat area the picture shows, which holds the extent it was made for. */
    public MapExtent visible() {
        double minLon = Math.max(-180, Math.toDegrees(x0));
        double maxLon = Math.min(180, Math.toDegrees(x0 + width / scale));
        double maxLat = Math.toDegrees(2 * Math.atan(Math.exp(y0)) - Math.PI / 2);
        double minLat = Math.toDegrees(2 * Math.atan(Math.exp(y0 - height / scale)) - Math.PI / 2);
        return new MapExtent(minLon, Math.max(-90, minLat), maxLon, Math.min(90, maxLat));
    }

    /** Ground kilometres per pixel at {@code lat} (sphere of radius 6371 km). */
    public double kmPerPixel(double lat) {
        return 6371.0 * Math.cos(Math.toRadians(lat)) / scale;
    }
}
