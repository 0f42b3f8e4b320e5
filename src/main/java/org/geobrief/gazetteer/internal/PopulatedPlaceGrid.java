package org.geobrief.gazetteer.internal;

import org.geobrief.base.GeoPoint;
import org.geobrief.gazetteer.Place;

/**
 * The populated places (feature class P) of a {@link PlaceTable} in a grid of {@value #CELL_DEGREES}° cells of
 * latitude and longitude, for nearest-place lookups by great-circle distance. A query reads only the cells that the
 * circle of its radius can reach, wrapping at the antimeridian and taking every longitude near a pole, then measures
 * each place in them with {@link GeoPoint#distanceKm}. Immutable, so thread-safe once built.
 */
public final class PopulatedPlaceGrid {

    /** Cell size in degrees: about 55 km of latitude, so a click radius of tens of km reads a few cells. */
    static final double CELL_DEGREES = 0.5;

    private static final int ROWS = (int) (180 / CELL_DEGREES);
    private static final int COLS = (int) (360 / CELL_DEGREES);
    private static final double EARTH_RADIUS_KM = 6371.0;
    /** Widens each query box a little so that rounding never leaves out a place at exactly the radius. */
    private static final double MARGIN_DEGREES = 1e-6;

    private final PlaceTable table;
    /** Row-major cell c holds the table indices {@code entries[cellStart[c]]} to {@code entries[cellStart[c+1]-1]}. */
    private final int[] cellStart;

    private final int[] entries;
    /** The latitude of each entry, to skip places that cannot be nearer than the best so far without a lookup. */
    private final double[] entryLat;

    private PopulatedPlaceGrid(PlaceTable table, int[] cellStart, int[] entries) {
        this.table = table;
        this.cellStart = cellStart;
        this.entries = entries;
        this.entryLat = new double[entries.length];
        for (int e = 0; e < entries.length; e++) {
            entryLat[e] = table.get(entries[e]).point().lat();
        }
    }

    public static PopulatedPlaceGrid of(PlaceTable table) {
        int[] cellOf = new int[table.size()];
        int[] cellStart = new int[ROWS * COLS + 1];
        int count = 0;
        for (int i = 0; i < table.size(); i++) {
            Place p = table.get(i);
            if (p.isPopulatedPlace()) {
                int c = row(p.point().lat()) * COLS + col(p.point().lon());
                cellOf[i] = c;
                cellStart[c + 1]++;
                count++;
            } else {
                cellOf[i] = -1;
            }
        }
        for (int c = 0; c < ROWS * COLS; c++) {
            cellStart[c + 1] += cellStart[c];
        }
        int[] fill = cellStart.clone();
        int[] entries = new int[count];
        for (int i = 0; i < cellOf.length; i++) {
            if (cellOf[i] >= 0) {
                entries[fill[cellOf[i]]++] = i;
            }
        }
        return new PopulatedPlaceGrid(table, cellStart, entries);
    }

    /** Number of populated places indexed. */
    public int size() {
        return entries.length;
    }

    /**
     * Table index of the populated place nearest to {@code point} within {@code maxKm} (inclusive), the more populous
     * of equally near ones; -1 if there is none.
     */
    public int nearest(GeoPoint point, double maxKm) {
        double lat = point.lat();
        double lon = point.lon();
        double angle = maxKm / EARTH_RADIUS_KM; // radians of arc
        double dLat = Math.toDegrees(angle) + MARGIN_DEGREES;
        int rowFrom = row(Math.max(-90, lat - dLat));
        int rowTo = row(Math.min(90, lat + dLat));
        int colFrom = 0;
        int colTo = COLS - 1;
        double sinOverCos = Math.sin(angle) / Math.cos(Math.toRadians(lat));
        // the widest longitude of a spherical cap is asin(sin(d/R) / cos(lat)); near a pole it is every longitude
        if (lat + dLat < 90 && lat - dLat > -90 && angle < Math.PI / 2 && sinOverCos < 1) {
            double dLon = Math.toDegrees(Math.asin(sinOverCos)) + MARGIN_DEGREES;
            int from = (int) Math.floor((lon - dLon + 180) / CELL_DEGREES);
            int to = (int) Math.floor((lon + dLon + 180) / CELL_DEGREES);
            if (to - from + 1 < COLS) {
                colFrom = from;
                colTo = to;
            }
        }
        int best = -1;
        double bestKm = maxKm;
        long bestPopulation = -1;
        for (int r = rowFrom; r <= rowTo; r++) {
            for (int c = colFrom; c <= colTo; c++) {
                int cell = r * COLS + Math.floorMod(c, COLS);
                for (int e = cellStart[cell]; e < cellStart[cell + 1]; e++) {
                    // no two points are nearer than the meridian arc between their latitudes
                    if (Math.toRadians(Math.abs(entryLat[e] - lat)) * EARTH_RADIUS_KM - bestKm > 1e-9) {
                        continue;
                    }
                    Place p = table.get(entries[e]);
                    double km = point.distanceKm(p.point());
                    if (km < bestKm || (km == bestKm && p.population() > bestPopulation)) {
                        best = entries[e];
                        bestKm = km;
                        bestPopulation = p.population();
                    }
                }
            }
        }
        return best;
    }

    private static int row(double lat) {
        return Math.min(ROWS - 1, (int) Math.floor((lat + 90) / CELL_DEGREES));
    }

    private static int col(double lon) {
        return Math.min(COLS - 1, (int) Math.floor((lon + 180) / CELL_DEGREES));
    }
}
