package org.geobrief.briefing;

import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.geobrief.events.GeoEvent;

/**
 * Writes every format of the sample events to a folder, for looking at and timing:
 * {@code WriteSamples DIR [N [RUNS]]} writes N generated events (seed 1) instead of the seven hand-built ones,
 * RUNS times per format (default 1), and prints the last run's wall time, the CPU time of the writing thread
 * (less disturbed by other processes on a busy machine) and the file size.
 */
public final class WriteSamples {
    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "target/samples");
        Files.createDirectories(dir);
        List<GeoEvent> events =
                args.length > 1 ? SampleEvents.bulk(Integer.parseInt(args[1]), 1) : SampleEvents.kazakhstan();
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 1;
        String stem = args.length > 1 ? "bulk" + args[1] : "kazakhstan";
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        for (Briefings.Format f : Briefings.Format.values()) {
            Path file = dir.resolve(stem + "." + f.extension());
            long wall = 0, cpu = 0;
            for (int i = 0; i < runs; i++) {
                long t0 = System.nanoTime(), c0 = mx.getCurrentThreadCpuTime();
                try (OutputStream out = Files.newOutputStream(file)) {
                    Briefings.write(f, events, SampleEvents.context(), out);
                }
                wall = System.nanoTime() - t0;
                cpu = mx.getCurrentThreadCpuTime() - c0;
            }
            System.out.printf(
                    "%-8s %6d ms wall %6d ms cpu %,11d bytes%n",
                    f, wall / 1_000_000, cpu / 1_000_000, Files.size(file));
        }
    }
}
