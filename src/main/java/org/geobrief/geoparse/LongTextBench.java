package org.geobrief.geoparse;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.geobrief.gazetteer.Gazetteer;

/**
 * Geoparsing cost against document length: the first 25, 50, 100 and 200 texts of the bench corpus (see
 * {@link ParseBench}) joined into one paragraph (a long report is one text), next to the same texts parsed one by
 * one. Prints thread CPU seconds per MB (median of runs): flat rows mean linear in length.
 */
public final class LongTextBench {

    private static final int[] SIZES = {25, 50, 100, 200};

    private LongTextBench() {}

    public static void run(PrintStream out) throws IOException {
        List<String> texts = ParseBench.texts();
        if (texts.isEmpty()) {
            out.println("no texts found: set -Dgeobrief.bench.corpus=FILE.xml|DIR");
            return;
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        GeoParser parser = new GeoParser(Gazetteer.bundled());
        for (String t : texts.subList(0, Math.min(50, texts.size()))) {
            parser.parse(t); // warm-up
        }
        out.printf(
                "%9s %8s %10s %14s %14s %7s%n", "articles", "KB", "mentions", "one text s/MB", "apart s/MB", "ratio");
        for (int n : SIZES) {
            List<String> part = texts.subList(0, Math.min(n, texts.size()));
            String joined = String.join(" ", part).replaceAll("\\s*\\n\\s*", " ");
            double mb = joined.getBytes(StandardCharsets.UTF_8).length / 1e6;
            int runs = n <= 50 ? 7 : n <= 100 ? 5 : 3;
            double[] one = new double[runs];
            double[] apart = new double[runs];
            int mentions = 0;
            for (int r = 0; r < runs; r++) {
                long c0 = threads.getCurrentThreadCpuTime();
                mentions = parser.parse(joined).size();
                long c1 = threads.getCurrentThreadCpuTime();
                for (String t : part) {
                    parser.parse(t);
                }
                long c2 = threads.getCurrentThreadCpuTime();
                one[r] = (c1 - c0) / 1e9 / mb;
                apart[r] = (c2 - c1) / 1e9 / mb;
            }
            Arrays.sort(one);
            Arrays.sort(apart);
            double o = one[runs / 2];
            double a = apart[runs / 2];
            out.printf("%9d %8.0f %10d %14.3f %14.3f %7.1f%n", part.size(), mb * 1000, mentions, o, a, o / a);
        }
        out.println("(thread CPU seconds per MB of UTF-8, medians of 7/7/5/3 runs)");
    }
}
