package org.geobrief.gazetteer.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.geobrief.base.GeoPoint;

/**
 * GeoNames gives some quarters of a town the whole town's population: East Hampton, a neighbourhood of Hampton,
 * Virginia, counts 147,993 people (Hampton itself 136,454), so it outweighed East Hampton, Connecticut (2,691) in
 * every story from Connecticut; North Peoria, West Albany and East Norwalk are the same. A populated place named
 * with a compass word before another populated place's name ("East" + "Hampton"), in the same country, within
 * {@link #NEAR_KM}, whose population is within {@link #LOW} to {@link #HIGH} times that place's, carries the
 * other's population: its own is unknown (0). A real town of its own named after its neighbour is almost never the
 * same size as it (East Orange, New Jersey has twice Orange's people).
 *
 * <p>Works on the rows of {@code places.tsv.gz} (column 1 name, 2 class, 4 country, 6 lat, 7 lon, 8 population),
 * before they become {@code Place}s, so the table and the image built from it agree.
 */
final class BorrowedPopulations {

    static final double NEAR_KM = 6;
    static final double LOW = 0.8;
    static final double HIGH = 1.25;

    private static final Set<String> COMPASS =
            Set.of("North", "South", "East", "West", "Northeast", "Northwest", "Southeast", "Southwest");

    private BorrowedPopulations() {}

    /** Sets the population of every quarter that carries its town's population to 0; returns how many. */
    static int clear(List<String[]> rows) {
        Map<String, List<String[]>> towns = new HashMap<>();
        List<String[]> quarters = new ArrayList<>();
        for (String[] r : rows) {
            if (!r[2].equals("P")) {
                continue;
            }
            towns.computeIfAbsent(r[1], k -> new ArrayList<>(1)).add(r);
            int space = r[1].indexOf(' ');
            if (space > 0 && COMPASS.contains(r[1].substring(0, space)) && !r[8].equals("0")) {
                quarters.add(r);
            }
        }
        List<String[]> borrowing = new ArrayList<>();
        for (String[] q : quarters) {
            for (String[] town : towns.getOrDefault(q[1].substring(q[1].indexOf(' ') + 1), List.of())) {
                if (borrows(q, town)) {
                    borrowing.add(q);
                    break;
                }
            }
        }
        borrowing.forEach(q -> q[8] = "0"); // after the scan: a cleared town must still explain its own quarters
        return borrowing.size();
    }

    /** Whether {@code quarter}'s population is {@code town}'s: same country, near, about as many people. */
    static boolean borrows(String[] quarter, String[] town) {
        if (!quarter[4].equals(town[4])) {
            return false;
        }
        double own = Long.parseLong(quarter[8]);
        double theirs = Long.parseLong(town[8]);
        if (theirs <= 0 || own < LOW * theirs || own > HIGH * theirs) {
            return false;
        }
        return point(quarter).distanceKm(point(town)) <= NEAR_KM;
    }

    private static GeoPoint point(String[] r) {
        return new GeoPoint(Double.parseDouble(r[6]), Double.parseDouble(r[7]));
    }
}
