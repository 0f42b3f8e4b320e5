package org.geobrief.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.geobrief.geoparse.GeoParser;
import org.geobrief.geoparse.TestPlaces;
import org.geobrief.ingest.ArticlePipeline;
import org.geobrief.ingest.ArticleReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParseEventsTest {

    @TempDir
    Path dir;

    private JsonNode parse(String text, String... args) throws Exception {
        Path f = Files.writeString(dir.resolve("news.txt"), text);
        ArticlePipeline pipeline = new ArticlePipeline(new GeoParser(new TestPlaces()));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String[] all = new String[args.length + 1];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = f.toString();
        int rc = new ParseCommand(ArticleReader.withDefaults(), () -> pipeline)
                .run(all, new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
        assertThat(rc).isZero();
        return new ObjectMapper().readTree(out.toByteArray());
    }

    @Test
    void events_carry_type_date_place_and_the_sentence_in_file_code_points() throws Exception {
        String text = "Unrest 😀 in Kazakhstan\n\nProtesters stormed the mayor's office in Almaty on Wednesday.";
        JsonNode events = parse(text, "--published", "2022-01-06").at("/documents/0/articles/0/events");
        assertThat(events).hasSize(1);
        JsonNode e = events.get(0);
        assertThat(e.get("type").asText()).isEqualTo("Riots");
        assertThat(e.get("subtype").asText()).isEqualTo("Violent demonstration");
        assertThat(e.get("date").asText()).isEqualTo("2022-01-05");
        assertThat(e.get("timePrecision").asInt()).isEqualTo(1);
        assertThat(e.get("geoPrecision").asInt()).isEqualTo(1);
        assertThat(e.at("/place/geonameid").asLong()).isEqualTo(TestPlaces.ALMATY.geonameId());
        int start = text.codePointCount(0, text.indexOf("Protesters"));
        assertThat(e.at("/sentence/start").asInt()).isEqualTo(start);
        assertThat(e.at("/sentence/end").asInt()).isEqualTo(text.codePointCount(0, text.length()));
        assertThat(e.get("actors").get(0).asText()).isEqualTo("protesters");
        assertThat(e.get("fatalities").isNull()).isTrue();
        assertThat(e.get("confidence").asDouble()).isBetween(0.0, 1.0);
    }

    @Test
    void a_later_article_of_a_digest_has_its_events_at_file_offsets() throws Exception {
        String first = "First 😀 story about nothing.\n\n---\n\n";
        String text = first + "Police opened fire on protesters in Atyrau on Tuesday, killing two people.";
        int split = text.codePointCount(0, first.length());
        JsonNode articles = parse(text, "--published", "2022-01-05").at("/documents/0/articles");
        assertThat(articles.get(1).get("start").asInt()).isEqualTo(split);
        assertThat(articles.get(0).get("events")).isEmpty();
        JsonNode e = articles.get(1).get("events").get(0);
        assertThat(e.get("subtype").asText()).isEqualTo("Excessive force against protesters");
        assertThat(e.get("date").asText()).isEqualTo("2022-01-04");
        assertThat(e.at("/place/name").asText()).isEqualTo("Atyrau");
        assertThat(e.get("fatalities").asInt()).isEqualTo(2);
        assertThat(e.at("/sentence/start").asInt()).isEqualTo(split);
    }
}
