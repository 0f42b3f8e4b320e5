package org.geobrief.cli;

import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.geobrief.geoparse.eval.Corpora;
import org.geobrief.geoparse.eval.EvalDocument;
import org.geobrief.ingest.ArticleAnalyser;
import org.geobrief.ingest.ArticleDatabase;
import org.geobrief.ingest.ArticleImport;
import org.geobrief.ingest.ArticlePipeline;
import org.geobrief.ingest.ArticleReader;
import org.geobrief.ingest.DigestSplitter;
import org.geobrief.ingest.ImportOptions;
import org.geobrief.ingest.ImportResult;

/**
 * End-to-end throughput on the LGL articles (or {@code -Dgeobrief.bench.corpus=FILE.xml}), each written as a text
 * file: {@code import} (file → articles → mentions → events → stored rows, in an H2 database in a fresh temporary
 * folder per run) and {@code parse} (file → JSON, output discarded). MB of UTF-8 per second of the measuring thread's
 * CPU time and of the whole process's CPU time (JIT, GC and H2's threads included); medians of runs after one
 * warm-up run. Figures only.
 */
final class PipelineBench {

    private static final int RUNS = 3;

    private PipelineBench() {}

    static void run(PrintStream out) throws Exception {
        Path corpus = Path.of(System.getProperty("geobrief.bench.corpus", "../shared/eval/lgl/lgl.xml"));
        if (!Files.isRegularFile(corpus)) {
            out.println("no corpus at " + corpus + ": set -Dgeobrief.bench.corpus=FILE.xml");
            return;
        }
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
            out.printf("files: %,d, %.2f MB%n", files.size(), bytes / 1e6);
            ArticleAnalyser analyser = ArticlePipeline.bundled();
            ArticleReader reader = new ArticleReader(ArticleReader.Limits.defaults());
            if (org.slf4j.LoggerFactory.getLogger("org.flywaydb") instanceof ch.qos.logback.classic.Logger flyway) {
                flyway.setLevel(ch.qos.logback.classic.Level.WARN); // one migration per run is no news
            }
            String[] parseArgs = files.stream().map(Path::toString).toArray(String[]::new);
            PrintStream sink = new PrintStream(OutputStream.nullOutputStream(), false, StandardCharsets.UTF_8);
            ImportOptions options = ImportOptions.defaults().withMode(DigestSplitter.Mode.SINGLE);
            final long total = bytes;
            int[] stored = new int[1];
            measure(out, "import (file → stored rows)", total, run -> {
                Path data = Files.createDirectory(dir.resolve("data" + run));
                ArticleDatabase db = ArticleDatabase.openH2(data);
                try (ArticleImport importer =
                        db.importer(analyser, reader, Duration.ofSeconds(ArticleImport.DEFAULT_ANALYSIS_SECONDS))) {
                    ImportResult r = importer.importFiles(files, options);
                    stored[0] = r.events();
                }
            });
            out.printf("  stored events per run: %,d%n", stored[0]);
            measure(out, "parse (file → JSON)", total, run -> new ParseCommand().run(parseArgs, sink, sink));
        } finally {
            try (Stream<Path> all = Files.walk(dir)) {
                all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private interface Run {
        void run(int index) throws Exception;
    }

    private static void measure(PrintStream out, String what, long bytes, Run body) throws Exception {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        double[] thread = new double[RUNS];
        double[] process = new double[RUNS];
        double[] wall = new double[RUNS];
        for (int r = -1; r < RUNS; r++) { // run -1 warms up
            long w0 = System.nanoTime();
            long t0 = threads.getCurrentThreadCpuTime();
            long p0 = os.getProcessCpuTime();
            body.run(r + 1);
            if (r >= 0) {
                double mb = bytes / 1e6;
                thread[r] = mb / ((threads.getCurrentThreadCpuTime() - t0) / 1e9);
                process[r] = mb / ((os.getProcessCpuTime() - p0) / 1e9);
                wall[r] = mb / ((System.nanoTime() - w0) / 1e9);
            }
        }
        Arrays.sort(thread);
        Arrays.sort(process);
        Arrays.sort(wall);
        out.printf(
                "%-28s %6.3f MB/s thread CPU, %6.3f MB/s process CPU, %6.3f MB/s wall (medians of %d runs)%n",
                what, thread[RUNS / 2], process[RUNS / 2], wall[RUNS / 2], RUNS);
    }
}
