package org.geobrief.geoparse.internal.resolve;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.geobrief.base.GeoPoint;
import org.geobrief.gazetteer.Place;

/**
 * Places named together lie together: each candidate is scaled by {@code 1 + 6 x} its mean closeness to the other
 * names (counted once each). Its closeness to a name is the best, over that name's candidates, of closeness (1
 * within 50 km, 0.5 within 200 km, 0.15 within 600 km) times the candidate's probability relative to that name's
 * likeliest; so three small Iowa towns that are each only a fourth choice still find each other, while a far
 * namesake of a famous place adds little. Countries and continents are left out as anchors: their point says little
 * about where in them things are.
 *
 * <p>Linear in the length of a text: a candidate's closeness to the other names is computed once per distinct name
 * (not per mention), and only against the anchors a latitude/longitude grid finds within {@link #FAR_KM} or in the
 * same first-level area; the rest are surely far. A 400 KB report as one text costs about what its articles cost
 * apart (see {@code bench longtext}).
 */
final class ProximityPass implements ResolutionPass {

    static final double WEIGHT = 6;

    /** Closeness of a place to the first-level area that holds it, whose point may lie far off (Ontario). */
    static final double INSIDE = 0.5;

    /** Beyond this distance a place gives no closeness (unless it is the first-level area holding the other). */
    static final double FAR_KM = 600;

    private static final double EARTH_RADIUS_KM = 6371.0;

    @Override
    public void apply(DocumentState doc) {
        List<MentionState> ms = doc.mentions();
        // one anchor list per distinct name (a repeated name's mentions share their candidates)
        Map<String, Integer> nameIndex = new LinkedHashMap<>();
        Anchors anchors = new Anchors();
        for (MentionState o : ms) {
            if (nameIndex.containsKey(o.key) || o.candidates.isEmpty()) {
                continue;
            }
            int name = nameIndex.size();
            nameIndex.put(o.key, name);
            double top = o.best().score;
            for (Candidate a : o.candidates) {
                if (!isVast(a.place) && top > 0) {
                    anchors.add(name, a.place, a.score / top);
                }
            }
        }
        if (nameIndex.size() < 2) {
            return;
        }
        anchors.index();
        // closeness of a candidate to the other names depends only on the name and the place: once per pair
        Map<String, Map<Long, Double>> memo = new HashMap<>();
        double[] best = new double[nameIndex.size()];
        double[][] boost = new double[ms.size()][];
        for (int i = 0; i < ms.size(); i++) {
            MentionState m = ms.get(i);
            if (m.candidates.size() < 2 || m.forced != null) {
                continue;
            }
            Integer own = nameIndex.get(m.key);
            int others = nameIndex.size() - (own != null ? 1 : 0);
            Map<Long, Double> known = memo.computeIfAbsent(m.key, k -> new HashMap<>());
            boost[i] = new double[m.candidates.size()];
            double most = 1;
            for (int k = 0; k < boost[i].length; k++) {
                Place c = m.candidates.get(k).place;
                Double close = known.get(c.geonameId());
                if (close == null) {
                    close = anchors.closeness(c, own == null ? -1 : own, best);
                    known.put(c.geonameId(), close);
                }
                boost[i][k] = 1 + WEIGHT * close / others;
                most = Math.max(most, boost[i][k]);
            }
            for (int k = 0; k < boost[i].length; k++) {
                if (CountryContextPass.isInternationalWater(m.candidates.get(k).place)) {
                    boost[i][k] = most; // an ocean is near every coast; its point says nothing of that
                }
            }
        }
        for (int i = 0; i < ms.size(); i++) {
            MentionState m = ms.get(i);
            if (boost[i] == null) {
                continue;
            }
            for (int k = 0; k < m.candidates.size(); k++) {
                m.candidates.get(k).score *= boost[i][k];
            }
            m.normalise();
        }
    }

    /**
     * The candidates of every name as anchors, found by a coarse latitude/longitude grid (only anchors that may lie
     * within {@link #FAR_KM} are measured) and by first-level area (a place is close to the area that holds it
     * however far apart their points lie). The work per place is the number of anchors near it, not of all anchors.
     * Distances are compared as haversine terms against the thresholds' terms, which orders them exactly as
     * {@link GeoPoint#distanceKm} does without its arcsine.
     */
    private static final class Anchors {
        private static final double CELL_DEG = 2;
        private static final int COLUMNS = (int) (360 / CELL_DEG);
        private static final int ROWS = (int) (180 / CELL_DEG);
        /** Degrees of latitude beyond which two points are surely more than FAR_KM apart, with a margin. */
        private static final double LAT_REACH = Math.toDegrees(FAR_KM / EARTH_RADIUS_KM) + 0.1;

        private static final double NEAR_50 = term(50);
        private static final double NEAR_200 = term(200);
        private static final double NEAR_FAR = term(FAR_KM);

        private int size;
        private int[] names = new int[64];
        private Place[] places = new Place[64];
        private double[] relative = new double[64];
        /** Per anchor: sin and cos of half its latitude and of half its longitude, and cos of its latitude. */
        private double[] trig = new double[64 * 5];

        /**
         * The cells holding anchors, ascending, and the anchors of each: a row's cells in a range of columns are found
         * by one binary search (a text's anchors fill few of the cells, and a map of boxed keys looked up cell by cell
         * or an array of all cells cost more per text).
         */
        private int[] cellIds = new int[0];

        private int[][] cellAnchors = new int[0][];
        /** Per anchor: whether it is a first-level area (asked of every anchor visited). */
        private boolean[] admin1 = new boolean[64];

        private final Map<String, int[]> areas = new HashMap<>(); // admin-1 anchors by "CC.code"
        private final Map<String, int[]> inAreas = new HashMap<>(); // other anchors by their admin-1
        private final List<Integer> touched = new ArrayList<>();
        private final double[] query = new double[5];

        /** {@code sin^2(km / 2R)}: the haversine term of a distance of {@code km}. */
        private static double term(double km) {
            double s = Math.sin(km / EARTH_RADIUS_KM / 2);
            return s * s;
        }

        private static void trig(GeoPoint p, double[] into, int at) {
            double halfLat = Math.toRadians(p.lat()) / 2;
            double halfLon = Math.toRadians(p.lon()) / 2;
            into[at] = Math.sin(halfLat);
            into[at + 1] = Math.cos(halfLat);
            into[at + 2] = Math.sin(halfLon);
            into[at + 3] = Math.cos(halfLon);
            into[at + 4] = Math.cos(Math.toRadians(p.lat()));
        }

        void add(int name, Place place, double rel) {
            if (size == names.length) {
                names = Arrays.copyOf(names, size * 2);
                places = Arrays.copyOf(places, size * 2);
                relative = Arrays.copyOf(relative, size * 2);
                admin1 = Arrays.copyOf(admin1, size * 2);
                trig = Arrays.copyOf(trig, size * 2 * 5);
            }
            names[size] = name;
            places[size] = place;
            relative[size] = rel;
            admin1[size] = place.isAdmin1();
            trig(place.point(), trig, size * 5);
            size++;
        }

        void index() {
            long[] byCell = new long[size]; // cell in the high half, anchor in the low: sorted, grouped by cell
            Map<String, List<Integer>> byArea = new HashMap<>();
            Map<String, List<Integer>> byInArea = new HashMap<>();
            for (int a = 0; a < size; a++) {
                Place p = places[a];
                byCell[a] = (long) cell(row(p.point().lat()), column(p.point().lon())) << 32 | a;
                if (!p.countryCode().isEmpty()) {
                    String area = p.countryCode() + "." + p.admin1Code();
                    (p.isAdmin1() ? byArea : byInArea)
                            .computeIfAbsent(area, k -> new ArrayList<>())
                            .add(a);
                }
            }
            Arrays.sort(byCell);
            List<Integer> ids = new ArrayList<>();
            List<int[]> anchorsOf = new ArrayList<>();
            for (int from = 0; from < size; ) {
                int cell = (int) (byCell[from] >>> 32);
                int to = from;
                while (to < size && (int) (byCell[to] >>> 32) == cell) {
                    to++;
                }
                int[] anchors = new int[to - from];
                for (int k = from; k < to; k++) {
                    anchors[k - from] = (int) byCell[k];
                }
                ids.add(cell);
                anchorsOf.add(anchors);
                from = to;
            }
            cellIds = ints(ids);
            cellAnchors = anchorsOf.toArray(new int[0][]);
            byArea.forEach((k, v) -> areas.put(k, ints(v)));
            byInArea.forEach((k, v) -> inAreas.put(k, ints(v)));
        }

        private static int[] ints(List<Integer> list) {
            return list.stream().mapToInt(Integer::intValue).toArray();
        }

        /**
         * The sum over names other than {@code own} of the best {@code relative x closeness} of their anchors to
         * {@code c}, adding names in their order of first mention (as one loop over all names would).
         */
        double closeness(Place c, int own, double[] best) {
            double lat = c.point().lat();
            double lon = c.point().lon();
            trig(c.point(), query, 0);
            int rowFrom = row(Math.max(-90, lat - LAT_REACH));
            int rowTo = row(Math.min(90, lat + LAT_REACH));
            double farthestLat = Math.min(90, Math.abs(lat) + LAT_REACH);
            // haversine: a >= cos(lat1) cos(lat2) sin^2(dLon / 2), so a larger longitude gap is surely far
            double cosProduct = Math.cos(Math.toRadians(Math.abs(lat))) * Math.cos(Math.toRadians(farthestLat));
            double ratio = cosProduct <= 0 ? 2 : Math.sin(FAR_KM / EARTH_RADIUS_KM / 2) / Math.sqrt(cosProduct);
            if (ratio >= 1) {
                for (int r = rowFrom; r <= rowTo; r++) {
                    visitRow(r, 0, COLUMNS - 1, c, own, best);
                }
            } else {
                double lonReach = Math.toDegrees(2 * Math.asin(ratio)) + 0.1;
                int span = (int) Math.ceil(lonReach / CELL_DEG);
                int centre = column(lon);
                int width = Math.min(COLUMNS, 2 * span + 1);
                int first = Math.floorMod(centre - span, COLUMNS);
                int last = first + width - 1; // past the last column: the range wraps round to column 0
                for (int r = rowFrom; r <= rowTo; r++) {
                    visitRow(r, first, Math.min(last, COLUMNS - 1), c, own, best);
                    if (last >= COLUMNS) {
                        visitRow(r, 0, last - COLUMNS, c, own, best);
                    }
                }
            }
            if (!c.countryCode().isEmpty()) {
                String area = c.countryCode() + "." + c.admin1Code();
                visit(c.isAdmin1() ? inAreas.get(area) : areas.get(area), c, own, best);
            }
            touched.sort(null);
            double sum = 0;
            for (int name : touched) {
                sum += best[name];
                best[name] = 0;
            }
            touched.clear();
            return sum;
        }

        /** Visits the anchors in the cells of row {@code r} from column {@code from} to {@code to}, both included. */
        private void visitRow(int r, int from, int to, Place c, int own, double[] best) {
            int i = Arrays.binarySearch(cellIds, cell(r, from));
            for (i = i < 0 ? -i - 1 : i; i < cellIds.length && cellIds[i] <= cell(r, to); i++) {
                visit(cellAnchors[i], c, own, best);
            }
        }

        private void visit(int[] anchors, Place c, int own, double[] best) {
            if (anchors == null) {
                return;
            }
            boolean cAdmin1 = c.isAdmin1();
            double[] q = query;
            for (int a : anchors) {
                int name = names[a];
                double rel = relative[a];
                if (name == own || rel <= best[name]) {
                    continue;
                }
                int t = a * 5;
                double sinHalfDLat = trig[t] * q[1] - trig[t + 1] * q[0];
                double sinHalfDLon = trig[t + 2] * q[3] - trig[t + 3] * q[2];
                double h = sinHalfDLat * sinHalfDLat + trig[t + 4] * q[4] * sinHalfDLon * sinHalfDLon;
                Place p = places[a];
                double near = h < NEAR_50 ? 1 : h < NEAR_200 ? 0.5 : h < NEAR_FAR ? 0.15 : 0;
                if (near < INSIDE && admin1[a] != cAdmin1 && (inside(c, p) || inside(p, c))) {
                    near = INSIDE;
                }
                if (p.geonameId() == c.geonameId()) {
                    near = 0;
                }
                double v = rel * near;
                if (v > best[name]) {
                    if (best[name] == 0) {
                        touched.add(name);
                    }
                    best[name] = v;
                }
            }
        }

        private static int row(double lat) {
            return Math.min(ROWS - 1, (int) Math.floor((lat + 90) / CELL_DEG));
        }

        private static int column(double lon) {
            return Math.floorMod((int) Math.floor((lon + 180) / CELL_DEG), COLUMNS);
        }

        private static int cell(int row, int column) {
            return row * COLUMNS + column;
        }
    }

    static boolean isVast(Place p) {
        return p.isCountry()
                || p.featureClass().equals("L") // continents and macro-regions
                || p.featureCode().equals("CONT")
                || p.featureCode().equals("OCN");
    }

    /** A first-level area holds the places that carry its code, however far they lie from its point. */
    static boolean inside(Place place, Place area) {
        return area.isAdmin1()
                && !place.isAdmin1()
                && !place.countryCode().isEmpty()
                && place.countryCode().equals(area.countryCode())
                && place.admin1Code().equals(area.admin1Code());
    }

    static double closeness(Place a, Place b) {
        if (a.geonameId() == b.geonameId()) {
            return 0;
        }
        double km = a.point().distanceKm(b.point());
        double near = km < 50 ? 1 : km < 200 ? 0.5 : km < FAR_KM ? 0.15 : 0;
        return inside(a, b) || inside(b, a) ? Math.max(near, INSIDE) : near;
    }
}
