package org.geobrief.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.geobrief.base.AnalysisProgress;
import org.geobrief.geoparse.GeoParser;
import org.geobrief.geoparse.OutletRegions;
import org.geobrief.geoparse.ResolvedMention;
import org.geobrief.geoparse.eval.Corpora;
import org.geobrief.geoparse.eval.EvalDocument;
import org.geobrief.geoparse.eval.GeoScorer;
import org.geobrief.geoparse.eval.Scores;
import org.geobrief.geoparse.eval.Toponym;
import org.geobrief.ingest.ArticlePipeline;

/**
 * {@code eval CORPUS.xml [--no-systems] [--eupeg DIR] [--details FILE]}: geoparses every document of an LGL or
 * GeoWebNews corpus and prints the published metrics, next to the EUPEG outputs of nine published systems rescored
 * with the same code. Throughput counts only the time spent parsing (not loading the gazetteer).
 */
final class EvalCommand implements Cli.Command {

    private static final String[] SYSTEMS = {
        "CLAVIN", "CamCoder", "DBpedia", "Edinburgh", "GeoTxt", "SpaCyNER", "StanfordNER", "TopoCluster", "Yahoo"
    };

    private final Supplier<GeoParser> parser;

    EvalCommand() {
        this(() -> ArticlePipeline.bundled().parser());
    }

    EvalCommand(Supplier<GeoParser> parser) {
        this.parser = parser;
    }

    @Override
    public String summary() {
        return "CORPUS.xml [--no-systems] [--eupeg DIR] [--details FILE]  score GeoBrief on LGL or GeoWebNews";
    }

    @Override
    public int run(String[] args, PrintStream out, PrintStream err) throws IOException {
        Path corpus = null, eupeg = null, details = null;
        boolean systems = true;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--systems" -> systems = true;
                case "--no-systems" -> systems = false;
                case "--eupeg" -> eupeg = Path.of(args[++i]);
                case "--details" -> details = Path.of(args[++i]);
                default -> corpus = Path.of(args[i]);
            }
        }
        if (corpus == null) {
            err.println("Usage: eval CORPUS.xml [--no-systems] [--eupeg DIR] [--details FILE]");
            return 2;
        }
        List<EvalDocument> docs = Corpora.read(corpus);
        boolean lgl = docs.stream().anyMatch(d -> d.published() != null)
                || corpus.getFileName().toString().toLowerCase(Locale.ROOT).contains("lgl");
        String name = lgl ? "LGL" : "GeoWebNews";
        int gold = docs.stream().mapToInt(d -> d.gold().size()).sum();
        out.printf("%s: %d documents, %d gold toponyms with coordinates%n", name, docs.size(), gold);

        GeoParser geoParser = parser.get();
        List<List<Toponym>> predictions = new ArrayList<>();
        long bytes = 0;
        long t0 = System.nanoTime();
        // LGL's articles name their outlet: each learns its home regions from the outlet's articles before it
        OutletRegions outlets = new OutletRegions();
        for (EvalDocument d : docs) {
            String outlet = OutletRegions.key(null, d.domain() == null ? null : "https://" + d.domain() + "/");
            List<ResolvedMention> mentions =
                    geoParser.parse(d.text(), Map.of(), outlets.prior(outlet), AnalysisProgress.NONE);
            outlets.learn(outlet, mentions);
            predictions.add(toponyms(mentions));
            bytes += d.text().getBytes(StandardCharsets.UTF_8).length;
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        GeoScorer ours = new GeoScorer();
        for (int i = 0; i < docs.size(); i++) {
            ours.add(docs.get(i).gold(), predictions.get(i));
        }
        out.printf(
                "%-22s %5s %5s %5s %7s %8s %9s %5s %7s %7s%n",
                "system", "P", "R", "F1", "acc@161", "mean km", "median km", "AUC", "R×acc", "MB/s");
        Scores mine = ours.scores();
        row(out, "GeoBrief", mine, String.format(Locale.ROOT, "%7.2f", bytes / 1e6 / seconds));
        if (systems) {
            Path dir =
                    eupeg != null ? eupeg : corpus.toAbsolutePath().getParent().resolveSibling("eupeg");
            List<List<Toponym>> eupegGold = Corpora.readEupeg(dir.resolve(name + "_gold.txt"));
            for (String s : SYSTEMS) {
                Path f = dir.resolve(name + "_" + s + ".txt");
                if (!Files.exists(f)) {
                    continue;
                }
                List<List<Toponym>> sys = Corpora.readEupeg(f);
                GeoScorer scorer = new GeoScorer();
                for (int i = 0; i < eupegGold.size() && i < sys.size(); i++) {
                    scorer.add(eupegGold.get(i), sys.get(i));
                }
                row(out, s + " (EUPEG)", scorer.scores(), "");
            }
        }
        out.printf(
                Locale.ROOT,
                "GeoBrief: acc@161 counting the gold's own GeoNames entry as right %.3f (R × that %.3f); "
                        + "parsing %.2f MB took %.1f s wall (one pass, JIT warm-up included)%n",
                mine.acc161OrSameEntry(),
                mine.recall() * mine.acc161OrSameEntry(),
                bytes / 1e6,
                seconds);
        if (details != null) {
            writeDetails(details, docs, predictions);
        }
        return 0;
    }

    /** What GeoBrief predicts, as the scorer takes it: every resolved mention with its place's point. */
    static List<Toponym> toponyms(List<ResolvedMention> mentions) {
        List<Toponym> out = new ArrayList<>(mentions.size());
        for (ResolvedMention m : mentions) {
            if (m.isResolved()) {
                out.add(new Toponym(
                        m.mention().text(),
                        m.mention().span().start(),
                        m.mention().span().end(),
                        m.place().point().lat(),
                        m.place().point().lon(),
                        m.place().geonameId()));
            }
        }
        return out;
    }

    private static void row(PrintStream out, String name, Scores s, String speed) {
        out.printf(
                Locale.ROOT,
                "%-22s %5.3f %5.3f %5.3f %7.3f %8.0f %9.1f %5.3f %7.3f %7s%n",
                name,
                s.precision(),
                s.recall(),
                s.f1(),
                s.acc161(),
                s.meanKm(),
                s.medianKm(),
                s.auc(),
                s.recallTimesAcc161(),
                speed);
    }

    /** Per document: missed gold toponyms (FN), spurious predictions (FP) and matches over 161 km (FAR). */
    private static void writeDetails(Path file, List<EvalDocument> docs, List<List<Toponym>> predictions)
            throws IOException {
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8))) {
            for (int i = 0; i < docs.size(); i++) {
                EvalDocument d = docs.get(i);
                List<Toponym> gold = d.gold();
                boolean[] taken = new boolean[gold.size()];
                for (Toponym p : predictions.get(i)) {
                    int hit = -1;
                    for (int g = 0; g < gold.size(); g++) {
                        if (!taken[g] && GeoScorer.matches(p, gold.get(g))) {
                            hit = g;
                            break;
                        }
                    }
                    if (hit < 0) {
                        w.printf("%s\tFP\t%s\t%s%n", d.id(), p.text(), context(d.text(), p));
                    } else {
                        taken[hit] = true;
                        double km = GeoScorer.distanceKm(p, gold.get(hit));
                        if (km >= 161) {
                            w.printf(
                                    Locale.ROOT,
                                    "%s\tFAR\t%s\t%.0f km\t%d (%.2f,%.2f) gold %d (%.2f,%.2f)%n",
                                    d.id(),
                                    p.text(),
                                    km,
                                    p.geonameId(),
                                    p.lat(),
                                    p.lon(),
                                    gold.get(hit).geonameId(),
                                    gold.get(hit).lat(),
                                    gold.get(hit).lon());
                        }
                    }
                }
                for (int g = 0; g < gold.size(); g++) {
                    if (!taken[g]) {
                        w.printf("%s\tFN\t%s\t%s%n", d.id(), gold.get(g).text(), context(d.text(), gold.get(g)));
                    }
                }
            }
        }
    }

    private static String context(String text, Toponym t) {
        int len = text.codePointCount(0, text.length());
        int s = Math.max(0, t.start() - 40), e = Math.min(len, t.end() + 40);
        if (t.start() > len || t.end() > len) {
            return "";
        }
        int cs = text.offsetByCodePoints(0, s);
        return text.substring(cs, text.offsetByCodePoints(cs, e - s)).replace('\n', ' ');
    }
}
