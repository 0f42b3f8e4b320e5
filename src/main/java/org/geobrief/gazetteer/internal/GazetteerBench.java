package org.geobrief.gazetteer.internal;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.ToIntFunction;
import org.geobrief.base.GeoPoint;
import org.geobrief.gazetteer.Gazetteer;
import org.geobrief.gazetteer.Names;
import org.geobrief.gazetteer.Place;

/**
 * Figures for the bundled gazetteer: load time, retained heap, and lookups per second (median of runs) for
 * {@link Gazetteer#candidates}, {@link Gazetteer#isName} and {@link Gazetteer#locate}. Queries are drawn with a
 * fixed seed from the gazetteer's own places, half of the name queries being words that name nothing.
 */
public final class GazetteerBench {

    private static final int RUNS = 7;

    private GazetteerBench() {}

    public static void run(PrintStream out) {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long before = usedAfterGc(memory);
        long t0 = System.nanoTime();
        Gazetteer gaz = Gazetteer.load(GazetteerBench.class.getClassLoader());
        long t1 = System.nanoTime();
        long afterPlaces = usedAfterGc(memory);
        long t2 = System.nanoTime();
        gaz.loadBoundaries();
        long t3 = System.nanoTime();
        long afterAll = usedAfterGc(memory);
        out.printf(
                "places: %,d, distinct names: %,d, max name tokens: %d%n",
                gaz.size(), gaz.nameCount(), gaz.maxNameTokens());
        out.printf(
                "load places + names: %,d ms; heap retained: %.0f MB%n",
                (t1 - t0) / 1_000_000, (afterPlaces - before) / 1e6);
        out.printf(
                "load boundaries:     %,d ms; heap retained: %.0f MB (total %.0f MB)%n",
                (t3 - t2) / 1_000_000, (afterAll - afterPlaces) / 1e6, (afterAll - before) / 1e6);

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
        List<String> normalised = names.stream().map(Names::normalise).toList();
        report(out, "candidates(name)", names, n -> gaz.candidates(n).size());
        report(out, "isName(normalised)", normalised, n -> gaz.isName(n) ? 1 : 0);
        report(out, "Names.normalise", names, n -> Names.normalise(n).length());
        report(out, "locate(point)", points, p -> gaz.locate(p).isPresent() ? 1 : 0);
        report(out, "search(prefix, 10)", names.subList(0, 2_000), n -> gaz.search(
                        n.substring(0, Math.min(3, n.length())), 10)
                .size());
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
        double[] rates = new double[RUNS];
        long sink = 0;
        for (T q : queries) { // warm-up
            sink += op.applyAsInt(q);
        }
        for (int r = 0; r < RUNS; r++) {
            long t = System.nanoTime();
            for (T q : queries) {
                sink += op.applyAsInt(q);
            }
            rates[r] = queries.size() / ((System.nanoTime() - t) / 1e9);
        }
        Arrays.sort(rates);
        out.printf(
                "%-22s %,12.0f /s (median of %d runs of %,d; min %,.0f, max %,.0f) [%d]%n",
                what, rates[RUNS / 2], RUNS, queries.size(), rates[0], rates[RUNS - 1], sink % 10);
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
