package org.geobrief.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.geobrief.base.GeoPoint;
import org.geobrief.events.EventType;
import org.geobrief.events.GeoEvent;
import org.geobrief.events.eval.EventGoldSet;
import org.geobrief.gazetteer.Place;
import org.geobrief.ingest.ArticleAnalyser;
import org.geobrief.timeline.TimePrecision;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command's wiring: corpus text and coded publication date in, the analyser's events scored against the gold. */
class EventsEvalCommandTest {

    @TempDir
    Path dir;

    private static final Place ALMATY =
            new Place(1526384, "Almaty", "P", "PPLA", "KZ", "02", "Almaty", 2000900, new GeoPoint(43.25, 76.92));

    @Test
    void scores_what_the_analyser_finds_in_each_coded_article_on_its_publication_date() throws Exception {
        Path corpus = dir.resolve("gwn.xml");
        Files.writeString(
                corpus,
                """
                <articles>
                <article file="7"><title>T</title><link>x</link><text>Police dispersed a rally in Almaty on Monday.</text></article>
                <article file="8"><title>U</title><link>y</link><text>A quiet day.</text></article>
                </articles>""");
        Path gold = dir.resolve("gold.tsv");
        Files.write(
                gold,
                List.of(
                        String.join("\t", EventGoldSet.HEADER),
                        row("article", "7", "2022-01-05", "text"),
                        row(
                                "event",
                                "7",
                                "",
                                "",
                                "2022-01-03",
                                "day",
                                "Almaty",
                                "1526384",
                                "43.25",
                                "76.92",
                                "Demonstrations",
                                "Protests",
                                "Peaceful protest",
                                "false",
                                "19",
                                "rally"),
                        row("article", "8", "2022-01-05", "text")));
        List<String> seen = new ArrayList<>();
        ArticleAnalyser analyser = (article, overrides) -> {
            seen.add(article.id() + " " + article.published() + " "
                    + article.text().length());
            List<GeoEvent> events = article.id().equals("7")
                    ? List.of(
                            event(EventType.PROTESTS, LocalDate.of(2022, 1, 3)),
                            event(EventType.RIOTS, LocalDate.of(2022, 1, 5)))
                    : List.of();
            return new ArticleAnalyser.Analysis(List.of(), events);
        };
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int rc = new EventsEvalCommand(analyser)
                .run(
                        new String[] {"--gold", gold.toString(), corpus.toString()},
                        new PrintStream(out, true, StandardCharsets.UTF_8),
                        new PrintStream(err, true, StandardCharsets.UTF_8));

        assertThat(rc).as(err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(seen).containsExactly("7 2022-01-05 45", "8 2022-01-05 12");
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("2 articles (1 without events), 1 gold events (0 planned), 2 found")
                .contains("matched 1  precision 0.500  recall 1.000  F1 0.667  type accuracy 1.000")
                .contains("missed 0: ");

        ByteArrayOutputStream split = new ByteArrayOutputStream();
        int rc2 = new EventsEvalCommand(analyser)
                .run(
                        new String[] {"--gold", gold.toString(), "--holdout", "1", corpus.toString()},
                        new PrintStream(split, true, StandardCharsets.UTF_8),
                        new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(rc2).isZero();
        assertThat(split.toString(StandardCharsets.UTF_8))
                .contains(
                        "dev (first 1)          gold   1  found   2  matched   1  precision 0.500  recall 1.000  F1 0.667")
                .contains("held out (last 1)      gold   0  found   0  matched   0");
    }

    @Test
    void fresh_scores_the_articles_from_its_id_to_the_end_apart_from_dev_and_held_out() throws Exception {
        Path corpus = dir.resolve("gwn.xml");
        Files.writeString(
                corpus,
                """
                <articles>
                <article file="7"><title>T</title><link>x</link><text>Police dispersed a rally in Almaty on Monday.</text></article>
                <article file="8"><title>U</title><link>y</link><text>A quiet day.</text></article>
                <article file="9"><title>V</title><link>z</link><text>A rally in Almaty on Monday.</text></article>
                </articles>""");
        Path gold = dir.resolve("gold.tsv");
        Files.write(
                gold,
                List.of(
                        String.join("\t", EventGoldSet.HEADER),
                        row("article", "7", "2022-01-05", "text"),
                        rally("7", 19),
                        row("article", "8", "2022-01-05", "text"),
                        row("article", "9", "2022-01-05", "text"),
                        rally("9", 2)));
        ArticleAnalyser analyser = (article, overrides) -> new ArticleAnalyser.Analysis(
                List.of(),
                switch (article.id()) {
                    case "7" -> List.of(event(EventType.PROTESTS, LocalDate.of(2022, 1, 3)));
                    case "8" -> List.of(event(EventType.RIOTS, LocalDate.of(2022, 1, 5)));
                    default -> List.of(event(EventType.RIOTS, LocalDate.of(2022, 1, 3)));
                });

        String split = run(analyser, "--gold", gold.toString(), "--holdout", "1", "--fresh", "9", corpus.toString());

        assertThat(split)
                .contains("matched 2  precision 0.667  recall 1.000  F1 0.800  type accuracy 0.500")
                .contains(
                        "dev (first 1)          gold   1  found   1  matched   1  precision 1.000  recall 1.000  F1 1.000")
                .contains("held out (next 1)      gold   0  found   1  matched   0  precision 0.000")
                .contains(
                        "fresh (last 1)         gold   1  found   1  matched   1  precision 1.000  recall 1.000  F1 1.000"
                                + "  type accuracy 0.000")
                .contains("fresh missed 0: place off 0, date off 0, not found 0");
        assertThat(run(analyser, "--gold", gold.toString(), "--fresh", "8", corpus.toString()))
                .contains("tuned (first 1)        gold   1  found   1  matched   1")
                .contains("fresh (last 2)         gold   1  found   2  matched   1  precision 0.500");
    }

    @Test
    void fresh_naming_an_article_the_gold_does_not_code_is_a_usage_error() throws Exception {
        Path corpus = dir.resolve("gwn.xml");
        Files.writeString(corpus, "<articles><article file=\"7\"><text>x</text></article></articles>");
        Path gold = dir.resolve("gold.tsv");
        Files.write(gold, List.of(String.join("\t", EventGoldSet.HEADER), row("article", "7", "2022-01-05", "text")));
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int rc = new EventsEvalCommand((a, o) -> new ArticleAnalyser.Analysis(List.of(), List.of()))
                .run(
                        new String[] {"--gold", gold.toString(), "--fresh", "70", corpus.toString()},
                        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                        new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(rc).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--fresh 70");
    }

    @Test
    void a_missing_corpus_is_reported_with_its_path() throws Exception {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int rc = new EventsEvalCommand((a, o) -> new ArticleAnalyser.Analysis(List.of(), List.of()))
                .run(
                        new String[] {dir.resolve("none.xml").toString()},
                        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                        new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(rc).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("none.xml");
    }

    private static String run(ArticleAnalyser analyser, String... args) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int rc = new EventsEvalCommand(analyser)
                .run(
                        args,
                        new PrintStream(out, true, StandardCharsets.UTF_8),
                        new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(rc).as(err.toString(StandardCharsets.UTF_8)).isZero();
        return out.toString(StandardCharsets.UTF_8);
    }

    private static String rally(String article, int start) {
        return row(
                "event",
                article,
                "",
                "",
                "2022-01-03",
                "day",
                "Almaty",
                "1526384",
                "43.25",
                "76.92",
                "Demonstrations",
                "Protests",
                "Peaceful protest",
                "false",
                String.valueOf(start),
                "rally");
    }

    private static String row(String... fields) {
        String[] all = new String[EventGoldSet.HEADER.size()];
        java.util.Arrays.fill(all, "");
        System.arraycopy(fields, 0, all, 0, fields.length);
        return String.join("\t", all);
    }

    private static GeoEvent event(EventType type, LocalDate day) {
        return new GeoEvent("e" + type, type, "", day, TimePrecision.DAY, 1, ALMATY, List.of(), null, 0.9, List.of());
    }
}
