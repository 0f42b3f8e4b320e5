package org.geobrief.cli;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.Map;
import org.geobrief.gazetteer.GazetteerBench;
import org.geobrief.geoparse.LongTextBench;
import org.geobrief.geoparse.ParseBench;

/**
 * {@code bench [SUITE...]}: prints throughput figures of the plain-Java core. Without arguments it runs every
 * suite. Figures only: nothing here fails on a timing.
 */
final class BenchCommand implements Cli.Command {

    /** One group of measurements; prints its own figures. */
    interface Suite {
        void run(PrintStream out) throws Exception;
    }

    private static final Map<String, Suite> SUITES = new LinkedHashMap<>();

    static {
        // Suites register here, one line each.
        SUITES.put("gazetteer", GazetteerBench::run);
        SUITES.put("parse", ParseBench::run);
        SUITES.put("longtext", LongTextBench::run);
        SUITES.put("pipeline", PipelineBench::run);
        SUITES.put("postgis", PostgisBench::run);
    }

    @Override
    public String summary() {
        return "print load time, heap and throughput figures [" + String.join("|", SUITES.keySet()) + "]";
    }

    @Override
    public int run(String[] args, PrintStream out, PrintStream err) throws Exception {
        for (String name : args) {
            if (!SUITES.containsKey(name)) {
                err.println("unknown suite " + name + "; suites: " + String.join(", ", SUITES.keySet()));
                return 2;
            }
        }
        for (Map.Entry<String, Suite> e : SUITES.entrySet()) {
            if (args.length == 0 || java.util.Arrays.asList(args).contains(e.getKey())) {
                out.println("== " + e.getKey());
                e.getValue().run(out);
            }
        }
        return 0;
    }
}
