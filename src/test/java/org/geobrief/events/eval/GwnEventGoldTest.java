package org.geobrief.events.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.geobrief.geoparse.eval.Corpora;
import org.geobrief.geoparse.eval.EvalDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The bundled event gold set against the corpus it codes: GeoWebNews, read from {@code ../shared/eval} beside the
 * clone (as CI has it). The corpus stays out of the repository, so this is where the gold's references are checked.
 */
class GwnEventGoldTest {

    private static final Path GWN = Path.of("../shared/eval/geowebnews/GWN.xml");

    private static EventGoldSet gold;
    private static Map<String, EvalDocument> corpus;

    @BeforeAll
    static void read() throws Exception {
        assertThat(Files.isRegularFile(GWN))
                .as("GeoWebNews is needed at %s (the shared eval folder beside the clone)", GWN.toAbsolutePath())
                .isTrue();
        gold = EventGoldSet.bundled();
        corpus = Corpora.read(GWN).stream().collect(Collectors.toMap(EvalDocument::id, Function.identity()));
    }

    @Test
    void codes_at_least_sixty_articles_of_the_corpus() {
        assertThat(gold.articles()).hasSizeGreaterThanOrEqualTo(60);
        assertThat(gold.articles()).allSatisfy(a -> assertThat(corpus)
                .as("article %s of the gold set", a.id())
                .containsKey(a.id()));
    }

    @Test
    void every_trigger_quote_is_the_text_at_its_offset() {
        assertThat(gold.events()).allSatisfy(e -> {
            String text = corpus.get(e.article()).text();
            int length = e.triggerQuote().codePointCount(0, e.triggerQuote().length());
            int total = text.codePointCount(0, text.length());
            assertThat(e.triggerStart() + length)
                    .as("trigger of article %s ends inside the text", e.article())
                    .isLessThanOrEqualTo(total);
            int from = text.offsetByCodePoints(0, e.triggerStart());
            String at = text.substring(from, text.offsetByCodePoints(from, length));
            assertThat(at)
                    .as("text of article %s at %d", e.article(), e.triggerStart())
                    .isEqualTo(e.triggerQuote());
        });
    }

    @Test
    void events_are_recent_news_or_planned() {
        Map<String, GoldArticle> articles = gold.articlesById();
        assertThat(gold.events()).allSatisfy(e -> {
            GoldArticle a = articles.get(e.article());
            if (e.planned()) {
                assertThat(e.date()).as("planned event of %s", a.id()).isAfterOrEqualTo(a.published());
            } else {
                assertThat(e.date())
                        .as("event of %s (published %s)", a.id(), a.published())
                        .isBetween(a.published().minusDays(90), a.published());
            }
        });
    }

    @Test
    void the_fresh_set_is_the_tail_of_the_file_from_article_10_in_the_order_its_rules_chose() {
        List<String> ids = gold.articles().stream().map(GoldArticle::id).toList();
        List<String> fresh = ids.subList(ids.indexOf("10"), ids.size());
        assertThat(fresh)
                .containsExactly(
                        // batch A: the first 15 uncoded articles in corpus order
                        "10",
                        "101",
                        "103",
                        "104",
                        "106",
                        "108",
                        "110",
                        "111",
                        "116",
                        "118",
                        "119",
                        "12",
                        "120",
                        "122",
                        "132",
                        // batch B: the uncoded articles after 132 whose title names an act
                        "133",
                        "138",
                        "192",
                        "222",
                        "256",
                        "268",
                        "270",
                        "281",
                        "304");
    }

    @Test
    void mixes_families_and_includes_articles_without_events() {
        assertThat(gold.events().stream().map(GoldEvent::family).distinct()).hasSizeGreaterThanOrEqualTo(6);
        assertThat(gold.articles().stream().filter(a -> gold.eventsOf(a.id()).isEmpty()))
                .hasSizeGreaterThanOrEqualTo(5);
    }
}
