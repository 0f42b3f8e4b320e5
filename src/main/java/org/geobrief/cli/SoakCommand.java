package org.geobrief.cli;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.geobrief.events.EventQuery;
import org.geobrief.ingest.ArticleAnalyser;
import org.geobrief.ingest.ArticleDatabase;
import org.geobrief.ingest.ArticleImport;
import org.geobrief.ingest.ArticleReader;
import org.geobrief.ingest.ImportOptions;

/**
 * {@code soak [--cycles N] [--seed S] [--data-dir DIR]}: kill -9 at random points of the storage's life and count lost
 * commits. Each cycle starts a child JVM that loops open → import one article → read every article and event back →
 * backup every tenth round → close, printing {@code COMMITTED title} after each import's commit; the parent kills it
 * ({@code SIGKILL}) after 0 to 2 reported commits and a random 0 to 1.5 s more, reopens the database and checks that every article ever reported committed
 * is still there. Exit code 1 if one is missing. The articles are analysed by nothing (no gazetteer), so that a cycle
 * costs a JVM start and not a geoparse: this tests the storage, not the analysis.
 */
final class SoakCommand implements Cli.Command {

    /** The soak tests the storage, not the analysis: every article is stored with no mentions and no events. */
    private static final ArticleAnalyser NOTHING =
            (article, overrides) -> new ArticleAnalyser.Analysis(List.of(), List.of());

    @Override
    public String summary() {
        return "[--cycles N] [--seed S] [--data-dir DIR]  kill -9 a child in a loop; count lost commits";
    }

    /** The child's command line: the same jar ({@code java -jar geobrief.jar soak --worker …}) or class path. */
    private static List<String> workerCommand(Path dataDir, String id) {
        String classPath = System.getProperty("java.class.path");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx128m",
                "-XX:TieredStopAtLevel=1"));
        if (classPath.endsWith(".jar") && !classPath.contains(java.io.File.pathSeparator)) {
            command.addAll(List.of("-jar", classPath, "soak"));
        } else {
            command.addAll(List.of("-cp", classPath, "org.geobrief.GeoBriefApplication", "soak"));
        }
        command.addAll(List.of("--worker", dataDir.toString(), id));
        return command;
    }

    @Override
    public int run(String[] args, PrintStream out, PrintStream err) throws Exception {
        if (args.length == 3 && args[0].equals("--worker")) {
            Worker.main(new String[] {args[1], args[2]});
            return 0;
        }
        int cycles = 20;
        long seed = System.nanoTime();
        Path dataDir = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--cycles" -> cycles = Integer.parseInt(args[++i]);
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--data-dir" -> dataDir = Path.of(args[++i]);
                default -> {
                    err.println("soak: unknown argument " + args[i]);
                    return 2;
                }
            }
        }
        if (dataDir == null) {
            dataDir = Files.createTempDirectory("geobrief-soak");
        }
        try (ArticleDatabase db = ArticleDatabase.openH2(dataDir)) {
            // created and migrated once, so that the children's kills land in their rounds
        }
        Random random = new Random(seed);
        Set<String> committed = new HashSet<>();
        int kills = 0;
        int lost = 0;
        long t0 = System.nanoTime();
        out.printf("soak: %d cycles, seed %d, data dir %s%n", cycles, seed, dataDir);
        for (int cycle = 0; cycle < cycles; cycle++) {
            Process child = new ProcessBuilder(workerCommand(dataDir, "c" + cycle))
                    .redirectErrorStream(true)
                    .start();
            int commitsFirst = random.nextInt(3); // kill after this many reported commits (0: maybe before any) …
            long killAfter = random.nextInt(1500); // … and a random time more: anywhere in open/import/read/close
            List<String> reported = new ArrayList<>();
            java.util.concurrent.CountDownLatch started = new java.util.concurrent.CountDownLatch(1);
            Thread reader = new Thread(() -> {
                try (BufferedReader lines =
                        new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                    String line;
                    while ((line = lines.readLine()) != null) {
                        if (line.equals("STARTED")) {
                            started.countDown();
                        }
                        if (line.startsWith("COMMITTED ")) {
                            synchronized (reported) {
                                reported.add(line.substring(10));
                            }
                        }
                    }
                } catch (java.io.IOException e) {
                    // the child was killed
                }
            });
            reader.start();
            while (started.getCount() > 0 && child.isAlive()) {
                started.await(100, TimeUnit.MILLISECONDS);
            }
            while (child.isAlive() && reportedCount(reported) < commitsFirst) {
                Thread.sleep(20);
            }
            if (!child.waitFor(killAfter, TimeUnit.MILLISECONDS)) {
                child.destroyForcibly(); // SIGKILL: no shutdown hook, no close
                kills++;
            }
            child.waitFor();
            reader.join();
            synchronized (reported) {
                committed.addAll(reported);
            }
            Set<String> stored = storedTitles(dataDir);
            for (String title : committed) {
                if (!stored.contains(title)) {
                    lost++;
                    err.println("soak: LOST " + title + " (cycle " + cycle + ")");
                }
            }
            committed.retainAll(stored); // count each loss once
            if ((cycle + 1) % 10 == 0) {
                out.printf(
                        "soak: %d cycles, %d kill -9, %d committed, %d lost%n",
                        cycle + 1, kills, committed.size() + lost, lost);
            }
        }
        out.printf(
                "soak: %d cycles, %d kill -9, %d committed articles, %d lost, %.0f s%n",
                cycles, kills, committed.size() + lost, lost, (System.nanoTime() - t0) / 1e9);
        return lost == 0 ? 0 : 1;
    }

    private static int reportedCount(List<String> reported) {
        synchronized (reported) {
            return reported.size();
        }
    }

    private static Set<String> storedTitles(Path dataDir) throws Exception {
        Set<String> titles = new HashSet<>();
        if (!Files.exists(dataDir.resolve("geobrief.mv.db"))) {
            return titles;
        }
        try (ArticleDatabase db = ArticleDatabase.openH2(dataDir)) {
            db.library(NOTHING).articles().forEach(a -> titles.add(a.title()));
        }
        return titles;
    }

    /** The child: open, import, read back, sometimes back up, close; until killed (or after 200 rounds). */
    static final class Worker {
        public static void main(String[] args) throws Exception {
            Path dataDir = Path.of(args[0]);
            System.out.println("STARTED");
            System.out.flush();
            for (int round = 0; round < 200; round++) {
                try (ArticleDatabase db = ArticleDatabase.openH2(dataDir)) {
                    try (ArticleImport importer = db.importer(
                            NOTHING,
                            new ArticleReader(ArticleReader.Limits.ofBytes(1 << 20)),
                            Duration.ofSeconds(ArticleImport.DEFAULT_ANALYSIS_SECONDS))) {
                        String title = "Soak " + args[1] + " round " + round;
                        importer.importText(
                                title + "\n\nTroops and protesters met in the square on Tuesday, " + args[1] + " round "
                                        + round + ".\n",
                                ImportOptions.defaults());
                        System.out.println("COMMITTED " + title);
                        System.out.flush();
                    }
                    db.events().find(EventQuery.all());
                    if (round % 10 == 9) {
                        db.backup(dataDir.resolve("soak-backup.zip"));
                    }
                }
            }
        }
    }
}
