package org.geobrief.geoparse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.geobrief.gazetteer.Gazetteer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Single news sentences on the bundled gazetteer: sentence in, "name -> place, admin-1" of every mention out.
 * Written for the general mechanisms (common-word place names, AP abbreviations, named areas, regions), not for
 * any corpus.
 */
class NewsSentencesTest {

    private static final GeoParser PARSER = new GeoParser(Gazetteer.bundled());

    private static List<String> parse(String text) {
        return PARSER.parse(text).stream()
                .map(m -> m.mention().text() + " -> " + m.place().name()
                        + (m.place().admin1Name().isEmpty()
                                ? ""
                                : ", " + m.place().admin1Name()))
                .toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "Rain fell on Mount Pleasant, S.C., today. | Mount Pleasant -> Mount Pleasant, South Carolina;"
                        + "S.C. -> South Carolina, South Carolina",
                "He lives in Louisville, Ky., with his wife. | Louisville -> Louisville, Kentucky;"
                        + "Ky. -> Kentucky, Kentucky",
                "Tensions rose across Central Asia and the Middle East. | Central Asia -> Central Asia;"
                        + "Middle East -> Middle East",
                "Central Asian leaders met in Tashkent. | Central Asian -> Central Asia;Tashkent -> Tashkent, Tashkent",
                "A Paris man appeared in Henry County General Sessions Court in Tennessee. | Paris -> Paris, Tennessee;"
                        + "Henry County -> Henry County, Tennessee;Tennessee -> Tennessee, Tennessee",
                "A hurricane formed over the Atlantic on Monday. | Atlantic -> Atlantic Ocean",
                "Settlements in the West Bank grew. | West Bank -> West Bank, West Bank",
                "Aid reached the Gaza Strip. | Gaza Strip -> Gaza Strip, Gaza Strip",
                "Talks in New York and Mexico stalled. | New York -> New York, New York;Mexico -> Mexico",
                "Stocks fell sharply in New York on Monday. | New York -> New York City, New York",
                "Thousands rallied in front of the White House in Washington. | Washington -> Washington, "
                        + "District of Columbia",
                "Fighting continued around Bakhmut and Avdiivka. | Bakhmut -> Bakhmut, Donetsk;"
                        + "Avdiivka -> Avdiyivka, Donetsk",
                "Shelling resumed across Donbas and in Darfur. | Donbas -> Donbas;Darfur -> Darfur",
                "Welsh farmers drove tractors into Cardiff. | Welsh -> Wales, Wales;Cardiff -> Cardiff, Wales",
                "An English-language daily in Almaty closed. | Almaty -> Almaty, Almaty",
                "The Russian-backed offensive went on. | Russian -> Russia",
                "Militants ambushed a convoy between Sevare and Douentza. | Douentza -> Douentza, Mopti",
                "Roads closed between First and Herman streets. | ",
                "Protesters gathered in The Hague on Monday. | The Hague -> The Hague, South Holland",
                "The talks went on. | ",
                "The crisis in the Great Lakes region deepened. | ",
                "Kazakh police patrolled the Mangystau region. | Kazakh -> Kazakhstan;"
                        + "Mangystau region -> Mangghystaū, Mangghystaū",
                "Kyrgyz and Tajik border guards exchanged fire. | Kyrgyz -> Kyrgyzstan;Tajik -> Tajikistan",
                "They spoke French and German at home. | ",
                "Osh and Jalal-Abad remained calm. | Osh -> Osh, Osh Region;Jalal-Abad -> Jalal-Abad, Jalal-Abad Region",
                "The ship sank in the Red Sea on Monday. | Red Sea -> Red Sea",
                "Protests spread from Zhanaozen to Aktau. | Zhanaozen -> Zhanaozen, Mangghystaū;"
                        + "Aktau -> Aktau, Mangghystaū",
            })
    void sentence_gives_its_places(String sentence, String expected) {
        assertThat(parse(sentence)).containsExactly(expected == null ? new String[0] : expected.split(";"));
    }

    @Test
    void each_name_of_a_pair_before_a_plural_area_word_is_that_area() {
        assertThat(PARSER.parse("A curfew was extended in the Mopti and Segou regions.").stream()
                        .map(m -> m.mention().text() + " -> " + m.place().name() + " "
                                + m.place().featureCode()))
                .containsExactly("Mopti -> Mopti ADM1", "Segou -> Ségou ADM1"); // not the towns of those names
    }

    @Test
    void a_shouted_dateline_of_common_words_is_still_the_town() {
        assertThat(parse("Tornado hits Iowa\n\nCEDAR RAPIDS, Iowa — A tornado touched down."))
                .containsExactly("Iowa -> Iowa, Iowa", "CEDAR RAPIDS -> Cedar Rapids, Iowa", "Iowa -> Iowa, Iowa");
        assertThat(parse("The cedar rapids in spring.")).isEmpty();
    }

    @Test
    void a_quarter_that_borrowed_its_citys_population_does_not_outweigh_a_town() {
        // GeoNames counts 147,993 people in East Hampton, a neighbourhood of Hampton, Virginia (BorrowedPopulations)
        assertThat(parse("Crash kills driver\n\nEAST HAMPTON — Police are investigating a crash."))
                .containsExactly("EAST HAMPTON -> East Hampton, Connecticut");
        assertThat(parse("Police in West Albany closed a road."))
                .containsExactly("West Albany -> West Albany, New York");
    }

    @Test
    void a_dateline_after_a_headline_is_the_town_filed_from() {
        assertThat(parse("Storms hit Georgia and the Carolinas\n\nATLANTA (AP) — Power failed."))
                .containsExactly("Georgia -> Georgia, Georgia", "ATLANTA -> Atlanta, Georgia");
    }
}
