package org.geobrief.events;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The events matching a query summed up on a lon/lat grid, for a map view that holds more events than it can draw as
 * pins: per cell how many, where (the mean of their points) and of which type most; and how many of each type in all.
 * The database answers it with one {@code GROUP BY} ({@link EventCatalog#grid}); {@link #of} sums up events in memory
 * with the same cells.
 *
 * @param cellDegrees the cells' side in degrees: cell (i, j) holds the points with {@code floor(lon / cellDegrees) = i}
 *     and {@code floor(lat / cellDegrees) = j}
 * @param cells the cells holding at least one event, westmost first, then southmost
 * @param byType matching events per type (types without any absent)
 */
public record EventGrid(double cellDegrees, List<Cell> cells, Map<EventType, Integer> byType) {

    /**
     * One cell.
     *
     * @param lon mean longitude of its events' places (degrees)
     * @param lat mean latitude
     * @param count its events
     * @param type its most frequent type (ties: the first in {@link EventType} order)
     */
    public record Cell(double lon, double lat, int count, EventType type) {}

    public EventGrid {
        cells = List.copyOf(cells);
        byType = Map.copyOf(byType);
    }

    /** How many events the cells hold. */
    public int total() {
        return byType.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** Sums up {@code events} on a grid of {@code cellDegrees}, as the database does. */
    public static EventGrid of(List<GeoEvent> events, double cellDegrees) {
        Builder b = new Builder(cellDegrees);
        for (GeoEvent e : events) {
            double lon = e.place().point().lon();
            double lat = e.place().point().lat();
            b.add((long) Math.floor(lon / cellDegrees), (long) Math.floor(lat / cellDegrees), e.type(), 1, lon, lat);
        }
        return b.build();
    }

    /** Adds up rows of (cell, type, count, sum of lons, sum of lats) into a grid. */
    public static final class Builder {
        private final double cellDegrees;
        private final Map<List<Long>, Sums> cells = new HashMap<>();

        public Builder(double cellDegrees) {
            if (!(cellDegrees > 0)) throw new IllegalArgumentException("cell side must be > 0: " + cellDegrees);
            this.cellDegrees = cellDegrees;
        }

        public void add(long i, long j, EventType type, int count, double sumLon, double sumLat) {
            Sums s = cells.computeIfAbsent(List.of(i, j), k -> new Sums());
            s.count += count;
            s.lon += sumLon;
            s.lat += sumLat;
            s.byType.merge(type, count, Integer::sum);
        }

        public EventGrid build() {
            Map<EventType, Integer> byType = new EnumMap<>(EventType.class);
            List<Map.Entry<List<Long>, Sums>> sorted = new ArrayList<>(cells.entrySet());
            sorted.sort(Comparator.<Map.Entry<List<Long>, Sums>>comparingLong(
                            e -> e.getKey().get(0))
                    .thenComparingLong(e -> e.getKey().get(1)));
            List<Cell> out = new ArrayList<>(sorted.size());
            for (Map.Entry<List<Long>, Sums> e : sorted) {
                Sums s = e.getValue();
                s.byType.forEach((t, n) -> byType.merge(t, n, Integer::sum));
                EventType top = s.byType.entrySet().stream()
                        .max(Map.Entry.<EventType, Integer>comparingByValue()
                                .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                        .orElseThrow()
                        .getKey();
                out.add(new Cell(s.lon / s.count, s.lat / s.count, s.count, top));
            }
            return new EventGrid(cellDegrees, out, byType);
        }

        private static final class Sums {
            int count;
            double lon;
            double lat;
            final Map<EventType, Integer> byType = new EnumMap<>(EventType.class);
        }
    }
}
