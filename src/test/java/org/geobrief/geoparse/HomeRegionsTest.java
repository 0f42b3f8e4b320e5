package org.geobrief.geoparse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.geobrief.base.AnalysisProgress;
import org.geobrief.gazetteer.Gazetteer;
import org.junit.jupiter.api.Test;

/**
 * The outlet home-region prior on the bundled gazetteer: articles of one outlet in, the tally's prior and the reading
 * of a later article's namesake out.
 */
class HomeRegionsTest {

    private static final GeoParser PARSER = new GeoParser(Gazetteer.bundled());

    static final String CONNECTICUT_1 =
            "Voters in Old Saybrook, Conn., and Madison, Conn., approved the school budget on Tuesday.";
    static final String CONNECTICUT_2 =
            "Flooding closed roads in Guilford, Conn., on Friday. Crews in Branford, Conn.," + " cleared trees.";
    static final String CLINTON = "CLINTON — A network of Shoreline customers lost power on Tuesday, the utility said"
            + " from its office in New Haven.";

    private static List<ResolvedMention> parse(String text, HomeRegions home) {
        return PARSER.parse(text, Map.of(), home, AnalysisProgress.NONE);
    }

    private static String reading(List<ResolvedMention> mentions, String name) {
        return mentions.stream()
                .filter(m -> m.mention().text().equalsIgnoreCase(name))
                .map(m -> m.place().name() + ", " + m.place().admin1Name() + " ("
                        + m.place().countryCode() + ")")
                .findFirst()
                .orElseThrow();
    }

    /** Learns the outlet's two Connecticut articles in turn, then reads the third with what they taught. */
    private static List<ResolvedMention> thirdArticleOf(String outlet, String text) {
        OutletRegions outlets = new OutletRegions();
        for (String earlier : List.of(CONNECTICUT_1, CONNECTICUT_2)) {
            outlets.learn("middletown press", parse(earlier, outlets.prior("middletown press")));
        }
        return parse(text, outlets.prior(outlet));
    }

    @Test
    void two_connecticut_articles_teach_their_outlet_connecticut() {
        OutletRegions outlets = new OutletRegions();
        outlets.learn("middletown press", parse(CONNECTICUT_1, HomeRegions.NONE));
        outlets.learn("middletown press", parse(CONNECTICUT_2, HomeRegions.NONE));

        assertThat(outlets.prior("middletown press").shares()).isEqualTo(Map.of("US.CT", 1.0));
        assertThat(outlets.prior("hartford courant")).isEqualTo(HomeRegions.NONE);
        assertThat(outlets.prior(null)).isEqualTo(HomeRegions.NONE);
    }

    @Test
    void clinton_in_a_third_article_of_that_outlet_is_clinton_connecticut() {
        assertThat(reading(thirdArticleOf("middletown press", CLINTON), "CLINTON"))
                .isEqualTo("Clinton, Connecticut (US)");
    }

    @Test
    void the_same_text_without_an_outlet_keeps_its_reading() {
        assertThat(reading(thirdArticleOf(null, CLINTON), "CLINTON"))
                .isEqualTo(reading(parse(CLINTON, HomeRegions.NONE), "CLINTON"))
                .isEqualTo("Clinton, Washington (US)");
    }

    @Test
    void a_state_or_a_country_is_never_moved_by_the_prior() {
        // towns named California (Pennsylvania) and Jordan (Minnesota) in a paper whose every place is there
        HomeRegions pennsylvania = new HomeRegions(Map.of("US.PA", 1.0));
        HomeRegions minnesota = new HomeRegions(Map.of("US.MN", 1.0));

        assertThat(reading(parse("Wildfires burned across California.", pennsylvania), "California"))
                .isEqualTo("California, California (US)");
        assertThat(reading(parse("Talks in Jordan stalled on Monday.", minnesota), "Jordan"))
                .isEqualTo("Jordan,  (JO)");
    }

    @Test
    void the_outlet_key_is_its_name_else_its_host() {
        assertThat(OutletRegions.key("The  Middletown Press", "https://www.middletownpress.com/news/1"))
                .isEqualTo("middletown press");
        assertThat(OutletRegions.key("", "https://www.middletownpress.com/news/1"))
                .isEqualTo("middletownpress.com");
        assertThat(OutletRegions.key(null, "pasted")).isNull();
        assertThat(OutletRegions.key(null, null)).isNull();
    }
}
