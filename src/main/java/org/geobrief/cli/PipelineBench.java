package org.geobrief.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.geobrief.geoparse.eval.Corpora;
import org.geobrief.geoparse.eval.EvalDocument;
import org.geobrief.ingest.ArticleDatabase;
import org.geobrief.ingest.ArticleImport;
import org.geobrief.ingest.ArticlePipeline;
import org.geobrief.ingest.ArticleReader;
import org.geobrief.ingest.DigestSplitter;
import org.geobrief.ingest.ImportOptions;
import org.geobrief.ingest.ImportResult;

/**
 * End-to-end throughput on the LGL articles (or {@code -Dgeobrief.bench.corpus=FILE.xml}), each written as a text
 * file: {@code import} (file → articles → mentions → events → stored rows, into an empty H2 database in a fresh
 * temporary folder per run) and {@code parse} (file → JSON, output discarded). MB of UTF-8 per second of CPU time:
 * of the measuring thread, and of the whole process (JIT compiler, GC, H2's and the analysis threads included).
 * Figures only.
 *
 * <p>Each measurement prints its first (cold) run on its own, then the median of {@code geobrief.bench.runs} runs
 * (default 3) after {@code geobrief.bench.warmups} further warm-up runs (default 1; more approach the JIT's steady
 * state). On Linux the process CPU of each run is split by thread: JIT compiler threads, GC threads and the rest
 * (the application's threads, H2's, and any thread that ended during the run). Creating and migrating the empty
 * database is done before each import run and reported apart: an app imports into a database that exists.
 * {@code -Dgeobrief.bench.only=import} (or {@code parse}) runs one of the two measurements.
 */
final class PipelineBench {

    private PipelineBench() {}

    static void run(PrintStream out) throws Exception {
        Path corpus = Path.of(System.getProperty("geobrief.bench.corpus", "../shared/eval/lgl/lgl.xml"));
        if (!Files.isRegularFile(corpus)) {
            out.println("no corpus at " + corpus + ": set -Dgeobrief.bench.corpus=FILE.xml");
            return;
        }
        int warmups = Integer.getInteger("geobrief.bench.warmups", 1);
        int runs = Math.max(1, Integer.getInteger("geobrief.bench.runs", 3));
        List<EvalDocument> docs = Corpora.read(corpus);
        Path dir = Files.createTempDirectory("geobrief-bench");
        try {
            Path texts = Files.createDirectory(dir.resolve("texts"));
            List<Path> files = new ArrayList<>();
            long bytes = 0;
            for (int i = 0; i < docs.size(); i++) {
                Path f = texts.resolve(String.format("%04d.txt", i));
                byte[] b = docs.get(i).text().getBytes(StandardCharsets.UTF_8);
                Files.write(f, b);
                files.add(f);
                bytes += b.length;
            }
            out.printf(
                    "files: %,d, %.2f MB; per measurement: 1 cold run, %d warm-up run(s), median of %d runs%n",
                    files.size(), bytes / 1e6, warmups, runs);
            if (dynamicCompilerThreads()) {
                out.println("note: compiler threads that end during a run count as \"other\", not JIT;"
                        + " -XX:-UseDynamicNumberOfCompilerThreads keeps them all (the quick tier's cold run"
                        + " showed JIT 0.02 s instead of 1.1 s)");
            }
            ArticlePipeline analyser = ArticlePipeline.bundled();
            long g0 = Cpu.process();
            analyser.parser(); // the gazetteer loads once per JVM, before any run
            out.printf(
                    "gazetteer and parser loaded (not counted below): %.2f s process CPU%n",
                    (Cpu.process() - g0) / 1e9);
            ArticleReader reader = new ArticleReader(ArticleReader.Limits.defaults());
            if (org.slf4j.LoggerFactory.getLogger("org.flywaydb") instanceof ch.qos.logback.classic.Logger flyway) {
                flyway.setLevel(ch.qos.logback.classic.Level.WARN); // one migration per run is no news
            }
            String[] parseArgs = files.stream().map(Path::toString).toArray(String[]::new);
            PrintStream sink = new PrintStream(OutputStream.nullOutputStream(), false, StandardCharsets.UTF_8);
            ImportOptions options = ImportOptions.defaults().withMode(DigestSplitter.Mode.SINGLE);
            int[] stored = new int[1];
            ArticleDatabase[] db = new ArticleDatabase[1];
            double[] setup = new double[1];
            String only = System.getProperty("geobrief.bench.only", "");
            Measure importing = new Measure("import (file → stored rows)", bytes);
            if (!only.equals("parse")) {
                importing.run(
                        warmups,
                        runs,
                        run -> {
                            long p0 = Cpu.process();
                            db[0] = ArticleDatabase.openH2(Files.createDirectory(dir.resolve("data" + run)));
                            setup[0] += (Cpu.process() - p0) / 1e9;
                        },
                        run -> {
                            try (ArticleImport importer = db[0].importer(
                                    analyser, reader, Duration.ofSeconds(ArticleImport.DEFAULT_ANALYSIS_SECONDS))) {
                                ImportResult r = importer.importFiles(files, options);
                                stored[0] = r.events();
                            }
                        },
                        run -> db[0].close());
                importing.print(out);
                out.printf(
                        "  stored events per run: %,d; creating and migrating the empty database (not counted above):"
                                + " %.2f s process CPU per run%n",
                        stored[0], setup[0] / (1 + warmups + runs));
            }
            if (only.equals("import")) {
                return;
            }
            Measure parsing = new Measure("parse (file → JSON)", bytes);
            parsing.run(warmups, runs, run -> {}, run -> new ParseCommand().run(parseArgs, sink, sink), run -> {});
            parsing.print(out);
        } finally {
            try (Stream<Path> all = Files.walk(dir)) {
                all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** Whether the JVM starts and stops JIT compiler threads as their queue needs (HotSpot's default). */
    private static boolean dynamicCompilerThreads() {
        try {
            return ManagementFactory.getPlatformMXBean(com.sun.management.HotSpotDiagnosticMXBean.class)
                    .getVMOption("UseDynamicNumberOfCompilerThreads")
                    .getValue()
                    .equals("true");
        } catch (IllegalArgumentException | UnsupportedOperationException e) {
            return false; // not HotSpot, or no such option
        }
    }

    private interface Step {
        void run(int index) throws Exception;
    }

    /** One measurement: its cold run and the runs after warm-up, each as MB per CPU-second and its CPU split. */
    private static final class Measure {
        private final String what;
        private final double mb;
        private Sample cold;
        private final List<Sample> warm = new ArrayList<>();

        Measure(String what, long bytes) {
            this.what = what;
            this.mb = bytes / 1e6;
        }

        void run(int warmups, int runs, Step before, Step body, Step after) throws Exception {
            for (int r = 0; r < 1 + warmups + runs; r++) {
                before.run(r);
                Sample s;
                try {
                    Sample start = Sample.now();
                    body.run(r);
                    s = Sample.now().minus(start);
                } finally {
                    after.run(r);
                }
                if (r == 0) {
                    cold = s;
                } else if (r > warmups) {
                    warm.add(s);
                }
            }
        }

        void print(PrintStream out) {
            out.printf("%s%n", what);
            line(out, "cold (first run)", List.of(cold));
            line(out, "steady (median of " + warm.size() + ")", warm);
        }

        private void line(PrintStream out, String label, List<Sample> samples) {
            double thread = median(samples, s -> mb / s.thread);
            double process = median(samples, s -> mb / s.process);
            double wall = median(samples, s -> mb / s.wall);
            out.printf(
                    "  %-22s %6.3f MB/s thread CPU, %6.3f MB/s process CPU, %6.3f MB/s wall%n",
                    label, thread, process, wall);
            if (samples.get(0).jit >= 0) {
                out.printf(
                        "  %-22s process CPU s per run: %.2f = JIT %.2f + GC/VM %.2f + other %.2f"
                                + " (app, H2, ended threads); %.3f MB/s of the non-JIT CPU%n",
                        "",
                        median(samples, s -> s.process),
                        median(samples, s -> s.jit),
                        median(samples, s -> s.gc),
                        median(samples, s -> s.process - s.jit - s.gc),
                        median(samples, s -> mb / (s.process - s.jit)));
            }
        }

        private static double median(List<Sample> samples, java.util.function.ToDoubleFunction<Sample> f) {
            double[] v = samples.stream().mapToDouble(f).sorted().toArray();
            return v[v.length / 2];
        }
    }

    /** CPU times in s: the measuring thread, the process, and (Linux only, else -1) its JIT and GC threads. */
    private record Sample(double thread, double process, double wall, double jit, double gc) {
        static Sample now() {
            double[] split = Cpu.byThreadKind();
            return new Sample(
                    ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() / 1e9,
                    Cpu.process() / 1e9,
                    System.nanoTime() / 1e9,
                    split[0],
                    split[1]);
        }

        /** The CPU used from {@code o} to this one. */
        Sample minus(Sample o) {
            return new Sample(
                    thread - o.thread,
                    process - o.process,
                    wall - o.wall,
                    jit < 0 || o.jit < 0 ? -1 : jit - o.jit,
                    gc < 0 || o.gc < 0 ? -1 : gc - o.gc);
        }
    }

    static final class Cpu {
        private static final Path TASKS = Path.of("/proc/self/task");

        private Cpu() {}

        static long process() {
            return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                    .getProcessCpuTime();
        }

        /**
         * CPU s of the JIT compiler threads and of the GC threads, summed over the live threads of this process as
         * {@code /proc/self/task/N/stat} reports them (clock ticks); {-1, -1} where there is no such file.
         */
        static double[] byThreadKind() {
            if (!Files.isDirectory(TASKS)) {
                return new double[] {-1, -1};
            }
            long jit = 0;
            long gc = 0;
            try (DirectoryStream<Path> tasks = Files.newDirectoryStream(TASKS)) {
                for (Path t : tasks) {
                    String stat;
                    try {
                        stat = Files.readString(t.resolve("stat"));
                    } catch (IOException ended) {
                        continue;
                    }
                    String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
                    String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    long ticks = Long.parseLong(f[11]) + Long.parseLong(f[12]); // utime + stime
                    if (name.startsWith("C1 Compiler") || name.startsWith("C2 Compiler")) {
                        jit += ticks;
                    } else if (name.startsWith("GC Thread") || name.startsWith("G1 ") || name.equals("VM Thread")) {
                        gc += ticks;
                    }
                }
            } catch (IOException e) {
                return new double[] {-1, -1};
            }
            double secondsPerTick = 1 / 100.0; // USER_HZ is 100 on every Linux the JDK runs on
            return new double[] {jit * secondsPerTick, gc * secondsPerTick};
        }
    }
}
