package org.geobrief.geoparse;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.geobrief.gazetteer.Gazetteer;
import org.geobrief.geoparse.eval.Corpora;
import org.geobrief.geoparse.eval.EvalDocument;

/**
 * Geoparsing throughput: MB of UTF-8 text per second on one thread (median of runs, wall clock and thread CPU
 * time) and the heap the parser holds. Texts: the corpus named by system property {@code geobrief.bench.corpus}
 * (an LGL/GeoWebNews XML file or a folder of .txt files), else {@code ../shared/eval/lgl/lgl.xml}, else
 * {@code ../shared/seeds}.
 */
public final class ParseBench {

    private static final int RUNS = 7;

    private ParseBench() {}

    public static void run(PrintStream out) throws IOException {
        List<String> texts = texts();
        if (texts.isEmpty()) {
            out.println("no texts found: set -Dgeobrief.bench.corpus=FILE.xml|DIR");
            return;
        }
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long heap0 = usedAfterGc(memory);
        GeoParser parser = new GeoParser(Gazetteer.bundled());
        long heap1 = usedAfterGc(memory);
        long bytes = texts.stream()
                .mapToLong(t -> t.getBytes(StandardCharsets.UTF_8).length)
                .sum();
        double[] wall = new double[RUNS], cpu = new double[RUNS];
        long mentions = 0;
        for (int r = 0; r < RUNS; r++) {
            long w0 = System.nanoTime(), c0 = threads.getCurrentThreadCpuTime();
            mentions = 0;
            for (String t : texts) {
                mentions += parser.parse(t).size();
            }
            wall[r] = bytes / 1e6 / ((System.nanoTime() - w0) / 1e9);
            cpu[r] = bytes / 1e6 / ((threads.getCurrentThreadCpuTime() - c0) / 1e9);
        }
        Arrays.sort(wall);
        Arrays.sort(cpu);
        out.printf("texts: %,d, %.2f MB, %,d mentions per run%n", texts.size(), bytes / 1e6, mentions);
        out.printf(
                "parse: %.2f MB/s wall, %.2f MB/s of thread CPU time (median of %d runs; slowest %.2f MB/s wall)%n",
                wall[RUNS / 2], cpu[RUNS / 2], RUNS, wall[0]);
        out.printf(
                "heap: gazetteer + parser %.0f MB retained, %.0f MB used now%n",
                (heap1 - heap0) / 1e6, usedAfterGc(memory) / 1e6);
    }

    static List<String> texts() throws IOException {
        String configured = System.getProperty("geobrief.bench.corpus");
        List<Path> tries = configured != null
                ? List.of(Path.of(configured))
                : List.of(Path.of("../shared/eval/lgl/lgl.xml"), Path.of("../shared/seeds"));
        for (Path p : tries) {
            if (Files.isRegularFile(p)) {
                return Corpora.read(p).stream().map(EvalDocument::text).toList();
            }
            if (Files.isDirectory(p)) {
                List<String> out = new ArrayList<>();
                try (Stream<Path> files = Files.list(p)) {
                    for (Path f : files.filter(f -> f.toString().endsWith(".txt"))
                            .sorted()
                            .toList()) {
                        out.add(Files.readString(f));
                    }
                }
                return out;
            }
        }
        return List.of();
    }

    private static long usedAfterGc(MemoryMXBean memory) {
        System.gc();
        return memory.getHeapMemoryUsage().getUsed();
    }
}
