package org.geobrief.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.geobrief.base.TextSpan;
import org.geobrief.events.GeoEvent;
import org.geobrief.events.eval.EventGoldSet;
import org.geobrief.events.eval.EventScorer;
import org.geobrief.events.eval.EventScores;
import org.geobrief.events.eval.GoldArticle;
import org.geobrief.events.eval.GoldEvent;
import org.geobrief.events.eval.PredictedEvent;
import org.geobrief.geoparse.OutletRegions;
import org.geobrief.geoparse.eval.Corpora;
import org.geobrief.geoparse.eval.EvalDocument;
import org.geobrief.ingest.Article;
import org.geobrief.ingest.ArticleAnalyser;
import org.geobrief.ingest.ArticlePipeline;

/**
 * {@code events-eval [--gold FILE] [--details] [--holdout N] [--fresh ID] [GWN.xml]}: runs the import's analysis ({@link ArticlePipeline}:
 * geoparser, then event extraction) over every article of a hand-coded event gold set, each with its coded publication date, and prints
 * precision, recall and F1 of events, type and family accuracy on matched events, and a per-family breakdown
 * (matching rules: {@link EventScorer}). The corpus stays outside the repository; the gold set refers to its ids.
 *
 * <p>Splits, by the order of the gold set's article rows: {@code --holdout N} scores the first N articles (tuned on)
 * and the rest apart; {@code --fresh ID} scores the articles from the one coded as ID to the end apart as the fresh
 * set (coded blind, never tuned on; see CODING.md), and the held-out part then ends before it.
 */
final class EventsEvalCommand implements Cli.Command {

    static final String DEFAULT_CORPUS = "../shared/eval/geowebnews/GWN.xml";
    /** The development gold set, a test resource (run from the project folder, as {@code dates-eval} is). */
    static final String DEFAULT_GOLD = "src/test/resources" + EventGoldSet.BUNDLED;

    private static final String USAGE =
            "Usage: events-eval [--gold FILE.tsv] [--details] [--holdout N] [--fresh ARTICLE_ID] [GWN.xml]";

    private final ArticleAnalyser analyser;

    EventsEvalCommand() {
        this(ArticlePipeline.bundled());
    }

    EventsEvalCommand(ArticleAnalyser analyser) {
        this.analyser = analyser;
    }

    @Override
    public String summary() {
        return "[--gold FILE.tsv] [--details] [--holdout N] [--fresh ID] [GWN.xml]  event P/R/F1 and type accuracy on"
                + " the hand-coded GWN events (--holdout N: also the first N articles, for tuning, and the rest, held"
                + " out, apart; --fresh ID: the articles from ID's row on, coded blind, apart)";
    }

    @Override
    public int run(String[] args, PrintStream out, PrintStream err) throws Exception {
        Path goldFile = Path.of(DEFAULT_GOLD);
        Path corpus = Path.of(DEFAULT_CORPUS);
        boolean details = false;
        int holdout = -1;
        String freshFrom = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--gold" -> {
                    if (i + 1 >= args.length) {
                        err.println(USAGE);
                        return 2;
                    }
                    goldFile = Path.of(args[++i]);
                }
                case "--details" -> details = true;
                case "--holdout" -> {
                    if (i + 1 >= args.length || !args[i + 1].matches("\\d+")) {
                        err.println(USAGE);
                        return 2;
                    }
                    holdout = Integer.parseInt(args[++i]);
                }
                case "--fresh" -> {
                    if (i + 1 >= args.length) {
                        err.println(USAGE);
                        return 2;
                    }
                    freshFrom = args[++i];
                }
                default -> {
                    if (args[i].startsWith("--")) {
                        err.println("events-eval: unknown option " + args[i]);
                        err.println(USAGE);
                        return 2;
                    }
                    corpus = Path.of(args[i]);
                }
            }
        }
        if (!Files.isRegularFile(corpus)) {
            err.println("events-eval: no corpus at " + corpus.toAbsolutePath().normalize()
                    + " (GeoWebNews' GWN.xml; give its path)");
            return 2;
        }
        if (!Files.isRegularFile(goldFile)) {
            err.println("events-eval: no gold set at "
                    + goldFile.toAbsolutePath().normalize() + " (run from the project folder or give --gold FILE.tsv)");
            return 2;
        }
        EventGoldSet gold = EventGoldSet.read(goldFile);
        int freshStart = gold.articles().size();
        if (freshFrom != null) {
            freshStart = indexOf(gold, freshFrom);
            if (freshStart < 0) {
                err.println("events-eval: --fresh " + freshFrom + ": the gold set codes no such article");
                return 2;
            }
        }
        List<EvalDocument> corpusOrder = Corpora.read(corpus);
        Map<String, EvalDocument> docs =
                corpusOrder.stream().collect(Collectors.toMap(EvalDocument::id, Function.identity()));

        Map<String, ArticleAnalyser.Analysis> analyses = analyseInCorpusOrder(corpusOrder, gold);

        EventScorer scorer = new EventScorer();
        EventScorer dev = new EventScorer();
        EventScorer heldOut = new EventScorer();
        EventScorer fresh = new EventScorer();
        int index = 0;
        for (GoldArticle a : gold.articles()) {
            EvalDocument doc = docs.get(a.id());
            if (doc == null) {
                err.println("events-eval: the gold set codes article " + a.id() + ", which " + corpus + " lacks");
                return 1;
            }
            List<PredictedEvent> found = labels(a, analyses.get(a.id()));
            List<GoldEvent> coded = gold.eventsOf(a.id());
            List<EventScorer.Match> matched = scorer.add(coded, found);
            (index >= freshStart ? fresh : index < holdout ? dev : heldOut).add(coded, found);
            index++;
            if (details) {
                printArticle(out, a, coded, found, matched);
            }
        }
        print(out, gold, scorer.scores());
        int tuned = freshStart;
        if (holdout >= 0) {
            int first = Math.min(holdout, tuned);
            printSplit(out, "dev (first " + first + ")", dev.scores());
            printSplit(
                    out,
                    (freshFrom == null ? "held out (last " : "held out (next ") + (tuned - first) + ")",
                    heldOut.scores());
        } else if (freshFrom != null && tuned > 0) {
            printSplit(out, "tuned (first " + tuned + ")", heldOut.scores());
        }
        if (freshFrom != null) {
            EventScores f = fresh.scores();
            printSplit(out, "fresh (last " + (index - tuned) + ")", f);
            out.printf(
                    "fresh missed %d: place off %d, date off %d, not found %d%n",
                    f.gold() - f.matched(),
                    f.misses().place(),
                    f.misses().date(),
                    f.misses().notFound());
        }
        return 0;
    }

    private static int indexOf(EventGoldSet gold, String articleId) {
        for (int i = 0; i < gold.articles().size(); i++) {
            if (gold.articles().get(i).id().equals(articleId)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The import's analysis of each coded article, made in corpus order so that an article whose outlet the corpus
     * names (LGL's {@code <domain>}) is analysed with the home regions its outlet's earlier articles taught
     * ({@link ArticleAnalyser#analyseInTurn}); the earlier articles of those outlets are analysed to learn them. A
     * corpus without outlets (GeoWebNews) analyses the coded articles only, without a prior.
     */
    Map<String, ArticleAnalyser.Analysis> analyseInCorpusOrder(List<EvalDocument> corpus, EventGoldSet gold) {
        Map<String, GoldArticle> coded = new HashMap<>();
        gold.articles().forEach(a -> coded.putIfAbsent(a.id(), a));
        Set<String> outletsCoded = new HashSet<>();
        for (EvalDocument d : corpus) {
            if (coded.containsKey(d.id()) && d.domain() != null) {
                outletsCoded.add(d.domain());
            }
        }
        OutletRegions outlets = new OutletRegions();
        Map<String, ArticleAnalyser.Analysis> out = new HashMap<>();
        for (EvalDocument d : corpus) {
            GoldArticle a = coded.get(d.id());
            if (a == null && !outletsCoded.contains(d.domain())) {
                continue;
            }
            ArticleAnalyser.Analysis analysis =
                    analyser.analyseInTurn(article(d, a == null ? d.published() : a.published()), outlets);
            if (a != null) {
                out.put(d.id(), analysis);
            }
        }
        return out;
    }

    /** A corpus document as an article: the corpus's outlet, if any, as its URL's host. */
    private static Article article(EvalDocument d, java.time.LocalDate published) {
        String text = d.text();
        return new Article(
                d.id(),
                "GWN " + d.id(),
                new TextSpan(0, text.codePointCount(0, text.length())),
                "",
                "",
                "",
                d.domain() == null ? "" : "https://" + d.domain() + "/",
                published,
                "en",
                text);
    }

    /** An article's events as labels. */
    private static List<PredictedEvent> labels(GoldArticle a, ArticleAnalyser.Analysis analysis) {
        List<PredictedEvent> out = new ArrayList<>();
        for (GeoEvent e : analysis.events()) {
            String sentence = e.sources().isEmpty() ? "" : e.sources().get(0).sentence();
            out.add(new PredictedEvent(
                    a.id(), e.date(), e.place().point(), e.type().label(), sentence, e.confidence()));
        }
        return out;
    }

    private static void printArticle(
            PrintStream out,
            GoldArticle a,
            List<GoldEvent> coded,
            List<PredictedEvent> found,
            List<EventScorer.Match> matched) {
        out.printf(
                "article %s (published %s): %d gold, %d found, %d matched%n",
                a.id(), a.published(), coded.size(), found.size(), matched.size());
        for (GoldEvent g : coded) {
            EventScorer.Match m =
                    matched.stream().filter(x -> x.gold() == g).findFirst().orElse(null);
            out.printf(
                    "  gold  %s %-5s %-22s %-28s %s%n",
                    g.date(),
                    g.precision().name().toLowerCase(),
                    g.place(),
                    g.type(),
                    m == null
                            ? "MISSED"
                            : "matched (%s, %.0f km, confidence %.2f)"
                                    .formatted(
                                            m.predicted().type(),
                                            m.km(),
                                            m.predicted().confidence()));
        }
        for (PredictedEvent p : found) {
            boolean hit = matched.stream().anyMatch(x -> x.predicted() == p);
            if (!hit) {
                out.printf(
                        "  extra %s       %.3f,%.3f %.2f %s: %s%n",
                        p.date(), p.point().lat(), p.point().lon(), p.confidence(), p.type(), abbreviate(p.evidence()));
            }
        }
    }

    private static void printSplit(PrintStream out, String name, EventScores s) {
        out.printf(
                "%-22s gold %3d  found %3d  matched %3d  precision %.3f  recall %.3f  F1 %.3f  type accuracy %.3f%n",
                name, s.gold(), s.predicted(), s.matched(), s.precision(), s.recall(), s.f1(), s.typeAccuracy());
    }

    private static String abbreviate(String sentence) {
        String s = sentence.replaceAll("\\s+", " ").strip();
        return s.length() <= 240 ? s : s.substring(0, 237) + "...";
    }

    private static void print(PrintStream out, EventGoldSet gold, EventScores s) {
        long planned = gold.events().stream().filter(GoldEvent::planned).count();
        long empty = gold.articles().stream()
                .filter(a -> gold.eventsOf(a.id()).isEmpty())
                .count();
        out.printf(
                "events-eval: %d articles (%d without events), %d gold events (%d planned), %d found%n",
                gold.articles().size(), empty, s.gold(), planned, s.predicted());
        out.printf(
                "match: same article, date at the gold's precision (day; week = +-%d days; month), place within %.0f km"
                        + ", one-to-one, closest first%n",
                GoldEvent.WEEK_HALF_WIDTH_DAYS, EventScorer.MAX_KM);
        out.printf(
                "matched %d  precision %.3f  recall %.3f  F1 %.3f  type accuracy %.3f  family accuracy %.3f%n",
                s.matched(), s.precision(), s.recall(), s.f1(), s.typeAccuracy(), s.familyAccuracy());
        out.printf(
                "missed %d: place off (right date, > %.0f km) %d, date off (within reach, other date) %d, not found %d%n",
                s.gold() - s.matched(),
                EventScorer.MAX_KM,
                s.misses().place(),
                s.misses().date(),
                s.misses().notFound());
        out.printf(
                "%-24s %5s %8s %6s %6s %6s %8s%n", "family", "gold", "matched", "recall", "found", "prec.", "type acc");
        s.byFamily()
                .forEach((family, f) -> out.printf(
                        "%-24s %5d %8d %6.3f %6d %6.3f %8s%n",
                        family,
                        f.gold(),
                        f.goldMatched(),
                        f.recall(),
                        f.predicted(),
                        f.precision(),
                        f.goldMatched() == 0 ? "-" : "%.3f".formatted(f.typeAccuracy())));
    }
}
