package org.geobrief.briefing;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes every format of the sample events to a folder, for looking at and timing:
 * {@code WriteSamples DIR [N]} writes N generated events (seed 1) instead of the seven hand-built ones.
 */
public final class WriteSamples {
    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "target/samples");
        Files.createDirectories(dir);
        var events = args.length > 1 ? SampleEvents.bulk(Integer.parseInt(args[1]), 1) : SampleEvents.kazakhstan();
        String stem = args.length > 1 ? "bulk" + args[1] : "kazakhstan";
        for (Briefings.Format f : Briefings.Format.values()) {
            long t0 = System.nanoTime();
            try (OutputStream out = Files.newOutputStream(dir.resolve(stem + "." + f.extension()))) {
                Briefings.write(f, events, SampleEvents.context(), out);
            }
            System.out.printf(
                    "%-8s %6d ms %9d bytes%n",
                    f, (System.nanoTime() - t0) / 1_000_000, Files.size(dir.resolve(stem + "." + f.extension())));
        }
    }
}
