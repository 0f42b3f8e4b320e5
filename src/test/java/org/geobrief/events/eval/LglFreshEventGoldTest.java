package org.geobrief.events.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.geobrief.geoparse.eval.Corpora;
import org.geobrief.geoparse.eval.EvalDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The fresh LGL event sets (coded blind: CODING.md) against the corpus they code, LGL, read from {@code ../shared/eval}
 * beside the clone: {@code lgl-fresh.tsv} the first 15 articles in corpus order, {@code lgl-fresh2.tsv} the next 30,
 * {@code lgl-fresh3.tsv} the 40 after those, {@code lgl-fresh4.tsv} the 40 after those (positions 86-125),
 * {@code lgl-fresh5.tsv} the 40 after those (positions 126-165), {@code lgl-fresh6.tsv} the 40 after those (positions
 * 166-205), {@code lgl-fresh7.tsv} the 40 after those (positions 206-245), {@code lgl-fresh8.tsv} the 40 after those
 * (positions 246-285), {@code lgl-fresh9.tsv} the 40 after those (positions 286-325); quotes at their offsets, events
 * recent or planned.
 */
class LglFreshEventGoldTest {

    private static final Path LGL = Path.of("../shared/eval/lgl/lgl.xml");

    private static EventGoldSet gold;
    private static EventGoldSet gold2;
    private static EventGoldSet gold3;
    private static EventGoldSet gold4;
    private static EventGoldSet gold5;
    private static EventGoldSet gold6;
    private static EventGoldSet gold7;
    private static EventGoldSet gold8;
    private static EventGoldSet gold9;
    private static Map<String, EvalDocument> corpus;
    private static java.util.List<String> corpusOrder;

    @BeforeAll
    static void read() throws Exception {
        assertThat(Files.isRegularFile(LGL))
                .as("LGL is needed at %s (the shared eval folder beside the clone)", LGL.toAbsolutePath())
                .isTrue();
        gold = readGold("lgl-fresh.tsv");
        gold2 = readGold("lgl-fresh2.tsv");
        gold3 = readGold("lgl-fresh3.tsv");
        gold4 = readGold("lgl-fresh4.tsv");
        gold5 = readGold("lgl-fresh5.tsv");
        gold6 = readGold("lgl-fresh6.tsv");
        gold7 = readGold("lgl-fresh7.tsv");
        gold8 = readGold("lgl-fresh8.tsv");
        gold9 = readGold("lgl-fresh9.tsv");
        var docs = Corpora.read(LGL);
        corpus = docs.stream().collect(Collectors.toMap(EvalDocument::id, Function.identity()));
        corpusOrder = docs.stream().map(EvalDocument::id).toList();
    }

    private static EventGoldSet readGold(String name) throws Exception {
        try (InputStream in = LglFreshEventGoldTest.class.getResourceAsStream("/events-gold/" + name)) {
            assertThat(in).as("events-gold/%s on the test classpath", name).isNotNull();
            return EventGoldSet.parse(
                    new String(in.readAllBytes(), StandardCharsets.UTF_8)
                            .lines()
                            .toList(),
                    name);
        }
    }

    @Test
    void the_second_set_codes_the_next_thirty_articles_in_order() {
        assertThat(gold2.articles().stream().map(GoldArticle::id).toList()).isEqualTo(corpusOrder.subList(15, 45));
    }

    @Test
    void the_third_set_codes_the_forty_articles_after_those() {
        assertThat(gold3.articles().stream().map(GoldArticle::id).toList()).isEqualTo(corpusOrder.subList(45, 85));
    }

    @Test
    void the_fourth_set_codes_the_forty_articles_after_the_third() {
        assertThat(gold4.articles().stream().map(GoldArticle::id).toList()).isEqualTo(corpusOrder.subList(85, 125));
    }

    @Test
    void the_fifth_set_codes_the_forty_articles_after_the_fourth() {
        assertThat(gold5.articles().stream().map(GoldArticle::id).toList()).isEqualTo(corpusOrder.subList(125, 165));
        assertThat(gold5.articles().get(0).id()).isEqualTo(corpusOrder.get(corpusOrder.indexOf("41205656") + 1));
    }

    @Test
    void the_sixth_set_codes_the_forty_articles_after_the_fifth() {
        assertThat(gold6.articles().stream().map(GoldArticle::id).toList()).isEqualTo(corpusOrder.subList(165, 205));
        assertThat(gold6.articles().get(0).id()).isEqualTo(corpusOrder.get(corpusOrder.indexOf("41542417") + 1));
        assertThat(gold6.articles().get(0).id()).isEqualTo("41542421");
        assertThat(gold6.articles().get(39).id()).isEqualTo("44220000");
    }

    @Test
    void the_seventh_set_codes_the_forty_articles_after_the_sixth() {
        assertThat(gold7.articles().stream().map(GoldArticle::id).toList()).isEqualTo(corpusOrder.subList(205, 245));
        assertThat(gold7.articles().get(0).id()).isEqualTo(corpusOrder.get(corpusOrder.indexOf("44220000") + 1));
        assertThat(gold7.articles().get(0).id()).isEqualTo("40617483");
        assertThat(gold7.articles().get(39).id()).isEqualTo("41493263");
    }

    @Test
    void the_eighth_set_codes_the_forty_articles_after_the_seventh() {
        assertThat(gold8.articles().stream().map(GoldArticle::id).toList()).isEqualTo(corpusOrder.subList(245, 285));
        assertThat(gold8.articles().get(0).id()).isEqualTo(corpusOrder.get(corpusOrder.indexOf("41493263") + 1));
        assertThat(gold8.articles().get(0).id()).isEqualTo("38551577");
        assertThat(gold8.articles().get(39).id()).isEqualTo("44028849");
    }

    @Test
    void the_ninth_set_codes_positions_286_to_325() {
        assertThat(gold9.articles().stream().map(GoldArticle::id).toList()).isEqualTo(corpusOrder.subList(285, 325));
        assertThat(gold9.articles().get(0).id()).isEqualTo(corpusOrder.get(corpusOrder.indexOf("44028849") + 1));
        assertThat(gold9.articles().get(0).id()).isEqualTo("44028852");
        assertThat(gold9.articles().get(39).id()).isEqualTo("38551854");
    }

    @Test
    void codes_the_first_fifteen_articles_of_the_corpus_in_order() {
        assertThat(gold.articles().stream().map(GoldArticle::id).toList()).isEqualTo(corpusOrder.subList(0, 15));
    }

    @Test
    void every_trigger_quote_is_the_text_at_its_offset() {
        quotesAreAtTheirOffsets(gold);
        quotesAreAtTheirOffsets(gold2);
        quotesAreAtTheirOffsets(gold3);
        quotesAreAtTheirOffsets(gold4);
        quotesAreAtTheirOffsets(gold5);
        quotesAreAtTheirOffsets(gold6);
        quotesAreAtTheirOffsets(gold7);
        quotesAreAtTheirOffsets(gold8);
        quotesAreAtTheirOffsets(gold9);
    }

    private static void quotesAreAtTheirOffsets(EventGoldSet gold) {
        assertThat(gold.events()).isNotEmpty().allSatisfy(e -> {
            String text = corpus.get(e.article()).text();
            int from = text.offsetByCodePoints(0, e.triggerStart());
            int length = e.triggerQuote().codePointCount(0, e.triggerQuote().length());
            assertThat(text.substring(from, text.offsetByCodePoints(from, length)))
                    .as("text of article %s at %d", e.article(), e.triggerStart())
                    .isEqualTo(e.triggerQuote());
        });
    }

    @Test
    void publication_dates_are_the_corpus_download_dates_and_events_are_recent_or_planned() {
        datesAreConsistent(gold);
        datesAreConsistent(gold2);
        datesAreConsistent(gold3);
        datesAreConsistent(gold4);
        datesAreConsistent(gold5);
        datesAreConsistent(gold6);
        datesAreConsistent(gold7);
        datesAreConsistent(gold8);
        datesAreConsistent(gold9);
    }

    private static void datesAreConsistent(EventGoldSet gold) {
        Map<String, GoldArticle> articles = gold.articlesById();
        assertThat(gold.articles()).allSatisfy(a -> assertThat(a.published())
                .isEqualTo(corpus.get(a.id()).published()));
        assertThat(gold.events().stream().filter(e -> !e.planned())).allSatisfy(e -> assertThat(e.date())
                .as("event of %s", e.article())
                .isBetween(
                        articles.get(e.article()).published().minusDays(90),
                        articles.get(e.article()).published()));
        assertThat(gold.events().stream().filter(GoldEvent::planned)).allSatisfy(e -> assertThat(e.date())
                .as("planned event of %s", e.article())
                .isAfterOrEqualTo(articles.get(e.article()).published()));
    }
}
