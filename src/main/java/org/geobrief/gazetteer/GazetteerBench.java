package org.geobrief.gazetteer;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.ToIntFunction;
import org.geobrief.base.GeoPoint;

/**
 * Figures for the bundled gazetteer: load time, retained heap, and lookups per second (median of runs) for
 * {@link Gazetteer#candidates}, {@link Gazetteer#isName}, {@link Names#normalise}, {@link Gazetteer#locate},
 * {@link Gazetteer#search} and {@link Gazetteer#nearestPopulatedPlace} (clicks within about 20 km of a place). Queries are drawn with a fixed seed from the gazetteer's own places, half of the name
 * queries being random words that name nothing. Times are given both by the wall clock and by the CPU time of the
 * measuring thread: the second is steadier on a shared machine (it leaves out JIT and GC threads).
 */
public final class GazetteerBench {

    private static final int RUNS = 7;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private GazetteerBench() {}

    public static void run(PrintStream out) {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long before = usedAfterGc(memory);
        long[] t0 = now();
        Gazetteer gaz = Gazetteer.load(GazetteerBench.class.getClassLoader());
        long[] t1 = now();
        long afterPlaces = usedAfterGc(memory);
        long[] t2 = now();
        gaz.loadBoundaries();
        long[] t3 = now();
        long afterAll = usedAfterGc(memory);
        long[] t4 = now();
        int populated = gaz.loadPopulatedPlaces();
        long[] t5 = now();
        long afterGrid = usedAfterGc(memory);
        out.printf(
                "places: %,d, distinct names: %,d, max name tokens: %d%n",
                gaz.size(), gaz.nameCount(), gaz.maxNameTokens());
        out.printf(
                "load places + names: %,6d ms wall, %,6d ms cpu; heap retained %.0f MB%n",
                ms(t0, t1, 0), ms(t0, t1, 1), (afterPlaces - before) / 1e6);
        out.printf(
                "load boundaries:     %,6d ms wall, %,6d ms cpu; heap retained %.0f MB (total %.0f MB)%n",
                ms(t2, t3, 0), ms(t2, t3, 1), (afterAll - afterPlaces) / 1e6, (afterAll - before) / 1e6);
        out.printf(
                "index towns:         %,6d ms wall, %,6d ms cpu; heap retained %.0f MB (%,d populated places)%n",
                ms(t4, t5, 0), ms(t4, t5, 1), (afterGrid - afterAll) / 1e6, populated);

        Random random = new Random(42);
        List<Place> places = gaz.places();
        List<String> names = new ArrayList<>();
        List<GeoPoint> points = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            Place p = places.get(random.nextInt(places.size()));
            names.add(p.name());
            names.add(nonName(random));
            points.add(p.point());
        }
        Random jitter = new Random(43); // its own seed, so that the other queries stay those of earlier runs
        List<GeoPoint> clicks = points.stream().map(p -> near(p, jitter)).toList();
        List<String> normalised = names.stream().map(Names::normalise).toList();
        List<String> prefixes = names.subList(0, 2_000).stream()
                .map(n -> n.substring(0, Math.min(3, n.length())))
                .toList();
        report(out, "candidates(name)", names, n -> gaz.candidates(n).size());
        report(out, "isName(normalised)", normalised, n -> gaz.isName(n) ? 1 : 0);
        report(out, "Names.normalise", names, n -> Names.normalise(n).length());
        report(out, "locate(point)", points, p -> gaz.locate(p).isPresent() ? 1 : 0);
        report(out, "search(3 letters,10)", prefixes, n -> gaz.search(n, 10).size());
        report(
                out,
                "nearestTown(25 km)",
                clicks,
                p -> gaz.nearestPopulatedPlace(p, 25).isPresent() ? 1 : 0);
    }

    private static long[] now() {
        return new long[] {System.nanoTime(), THREADS.getCurrentThreadCpuTime()};
    }

    private static long ms(long[] from, long[] to, int clock) {
        return (to[clock] - from[clock]) / 1_000_000;
    }

    /** A click somewhere within about 20 km of {@code p}, as an analyst's click near a place. */
    private static GeoPoint near(GeoPoint p, Random random) {
        double lat = Math.max(-90, Math.min(90, p.lat() + (random.nextDouble() - 0.5) * 0.36));
        double lon = Math.max(-180, Math.min(180, p.lon() + (random.nextDouble() - 0.5) * 0.36));
        return new GeoPoint(lat, lon);
    }

    private static String nonName(Random random) {
        char[] c = new char[5 + random.nextInt(6)];
        for (int i = 0; i < c.length; i++) {
            c[i] = (char) ('a' + random.nextInt(26));
        }
        c[0] = Character.toUpperCase(c[0]);
        return new String(c);
    }

    private static <T> void report(PrintStream out, String what, List<T> queries, ToIntFunction<T> op) {
        double[] wall = new double[RUNS];
        double[] cpu = new double[RUNS];
        long sink = 0;
        for (T q : queries) { // warm-up
            sink += op.applyAsInt(q);
        }
        for (int r = 0; r < RUNS; r++) {
            long[] t = now();
            for (T q : queries) {
                sink += op.applyAsInt(q);
            }
            long[] u = now();
            wall[r] = queries.size() / (Math.max(1, u[0] - t[0]) / 1e9);
            cpu[r] = queries.size() / (Math.max(1, u[1] - t[1]) / 1e9);
        }
        Arrays.sort(wall);
        Arrays.sort(cpu);
        out.printf(
                "%-20s %,11.0f /s wall, %,11.0f /s cpu (medians of %d runs of %,d; wall min %,.0f max %,.0f) [%d]%n",
                what, wall[RUNS / 2], cpu[RUNS / 2], RUNS, queries.size(), wall[0], wall[RUNS - 1], sink % 10);
    }

    private static long usedAfterGc(MemoryMXBean memory) {
        for (int i = 0; i < 4; i++) {
            System.gc();
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return memory.getHeapMemoryUsage().getUsed();
    }
}
