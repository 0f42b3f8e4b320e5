package org.geobrief.ingest.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.geobrief.base.GeoPoint;
import org.geobrief.gazetteer.Place;
import org.geobrief.gazetteer.PlaceCandidate;
import org.junit.jupiter.api.Test;

class PlaceJsonTest {

    /** What the mentions table held before: Jackson's default writer. */
    private static final ObjectMapper JACKSON = new ObjectMapper();

    private static final Place ST_PAUL = new Place(
            5045360, "Saint Paul", "P", "PPLA", "US", "MN", "Minnesota", 285068, new GeoPoint(44.94441, -93.09327));

    @Test
    void a_place_is_written_with_its_components_then_its_kind_flags() {
        assertThat(PlaceJson.place(ST_PAUL))
                .isEqualTo("{\"geonameId\":5045360,\"name\":\"Saint Paul\",\"featureClass\":\"P\","
                        + "\"featureCode\":\"PPLA\",\"countryCode\":\"US\",\"admin1Code\":\"MN\","
                        + "\"admin1Name\":\"Minnesota\",\"population\":285068,"
                        + "\"point\":{\"lat\":44.94441,\"lon\":-93.09327},"
                        + "\"country\":false,\"admin1\":false,\"populatedPlace\":true}");
    }

    @Test
    void a_place_written_before_is_written_again_as_its_value_says() throws Exception {
        String first = PlaceJson.place(ST_PAUL);
        Place same = new Place(
                5045360,
                new String("Saint Paul"),
                "P",
                "PPLA",
                "US",
                "MN",
                "Minnesota",
                285068,
                new GeoPoint(44.94441, -93.09327));
        Place grown = new Place(
                5045360, "Saint Paul", "P", "PPLA", "US", "MN", "Minnesota", 300000, new GeoPoint(44.94441, -93.09327));
        Place renamed = new Place(
                5045360, "St. Paul", "P", "PPLA", "US", "MN", "Minnesota", 285068, new GeoPoint(44.94441, -93.09327));
        assertThat(PlaceJson.place(same)).isEqualTo(first);
        assertThat(PlaceJson.place(grown)).contains("\"population\":300000");
        assertThat(PlaceJson.place(renamed)).contains("\"name\":\"St. Paul\"");
        assertThat(PlaceJson.place(ST_PAUL)).isEqualTo(first);
        assertSameAsJackson(PlaceJson.place(grown), grown);
        assertThat(PlaceJson.candidates(List.of(new PlaceCandidate(grown, 0.5), new PlaceCandidate(same, 0.25))))
                .isEqualTo("[{\"place\":" + PlaceJson.place(grown) + ",\"score\":0.5},{\"place\":" + first
                        + ",\"score\":0.25}]");
    }

    @Test
    void candidates_are_an_array_of_place_and_score() {
        Place france = new Place(3017382, "France", "A", "PCLI", "FR", "", "", 66987244, new GeoPoint(46, 2));
        assertThat(PlaceJson.candidates(List.of(new PlaceCandidate(france, 0.75))))
                .isEqualTo("[{\"place\":{\"geonameId\":3017382,\"name\":\"France\",\"featureClass\":\"A\","
                        + "\"featureCode\":\"PCLI\",\"countryCode\":\"FR\",\"admin1Code\":\"\",\"admin1Name\":\"\","
                        + "\"population\":66987244,\"point\":{\"lat\":46.0,\"lon\":2.0},"
                        + "\"country\":true,\"admin1\":false,\"populatedPlace\":false},\"score\":0.75}]");
        assertThat(PlaceJson.candidates(List.of())).isEqualTo("[]");
    }

    @Test
    void every_character_below_0x100_and_beyond_is_escaped_as_jackson_escapes_it() throws Exception {
        StringBuilder all = new StringBuilder();
        for (char ch = 0; ch < 0x100; ch++) {
            all.append(ch);
        }
        all.append("Zürich – “Kraków” \u2028 日本 \uD83C\uDF0D"); // dashes, quotes, a line separator, CJK, an emoji
        Place odd = new Place(-7, all.toString(), "A", "ADM1", "", "0\"1", "a\\b", 0, new GeoPoint(-90, 180));
        String written = PlaceJson.place(odd);
        assertThat(written).contains("\"name\":" + JACKSON.writeValueAsString(odd.name()) + ",");
        assertThat(written).contains("\"admin1Code\":\"0\\\"1\",\"admin1Name\":\"a\\\\b\",");
        assertSameAsJackson(written, odd);
    }

    @Test
    void numbers_are_written_as_jackson_writes_them() throws Exception {
        List<PlaceCandidate> candidates = new ArrayList<>();
        double[] scores = {
            0, -0.0, 1, 0.1, 1.0 / 3, 1e-7, 123456789.5, 1e21, Double.MIN_VALUE, Double.NaN, Double.POSITIVE_INFINITY
        };
        for (double score : scores) {
            candidates.add(new PlaceCandidate(
                    new Place(Long.MAX_VALUE, "x", "H", "SEA", "", "", "", Long.MIN_VALUE, new GeoPoint(1e-5, -0.0)),
                    score));
        }
        String written = PlaceJson.candidates(candidates);
        for (double score : scores) {
            assertThat(written).contains("\"score\":" + JACKSON.writeValueAsString(score) + "}");
        }
        assertThat(written).contains("\"point\":{\"lat\":1.0E-5,\"lon\":-0.0}");
        assertSameAsJackson(written, candidates);
    }

    /**
     * The same keys and values as Jackson writes (its order of the getters' keys is reflection's, which varies from
     * one JVM to the next, so the trees are compared, and the characters of single values above).
     */
    private static void assertSameAsJackson(String written, Object value) throws Exception {
        assertThat(JACKSON.readTree(written)).isEqualTo(JACKSON.readTree(JACKSON.writeValueAsString(value)));
    }

    @Test
    void what_is_written_reads_back_as_the_same_records() throws Exception {
        List<PlaceCandidate> candidates = List.of(new PlaceCandidate(ST_PAUL, 0.6), new PlaceCandidate(ST_PAUL, 0.4));
        ObjectMapper reader = new ObjectMapper()
                .configure(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
        assertThat(reader.readValue(PlaceJson.place(ST_PAUL), Place.class)).isEqualTo(ST_PAUL);
        assertThat(reader.readValue(PlaceJson.candidates(candidates), new TypeReference<List<PlaceCandidate>>() {}))
                .isEqualTo(candidates);
    }
}
