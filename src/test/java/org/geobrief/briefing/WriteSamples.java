package org.geobrief.briefing;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes every format of the sample events to a folder, for looking at: {@code WriteSamples DIR}. */
public final class WriteSamples {
    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "target/samples");
        Files.createDirectories(dir);
        for (Briefings.Format f : Briefings.Format.values()) {
            long t0 = System.nanoTime();
            try (OutputStream out = Files.newOutputStream(dir.resolve("kazakhstan." + f.extension()))) {
                Briefings.write(f, SampleEvents.kazakhstan(), SampleEvents.context(), out);
            }
            System.out.printf("%s %d ms%n", f, (System.nanoTime() - t0) / 1_000_000);
        }
    }
}
