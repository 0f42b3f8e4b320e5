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

class ParseCommandTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) throws Exception {
        ArticlePipeline pipeline = new ArticlePipeline(new GeoParser(new TestPlaces()));
        return new ParseCommand(ArticleReader.withDefaults(), () -> pipeline)
                .run(
                        args,
                        new PrintStream(out, true, StandardCharsets.UTF_8),
                        new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void prints_mentions_with_places_and_skips_bad_files() throws Exception {
        Path good =
                Files.writeString(dir.resolve("a.txt"), "Unrest in Kazakhstan\n\nTroops reached Almaty on Thursday.");
        Path empty = Files.writeString(dir.resolve("empty.txt"), "  \n");
        Path binary = Files.write(dir.resolve("b.bin"), new byte[] {1, 0, 2, 0});
        int rc = run("--published", "2022-01-06", good.toString(), "missing.txt", empty.toString(), binary.toString());
        assertThat(rc).isZero();
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains(
                        "parse: missing.txt: no such file or directory.",
                        "parse: empty.txt contains no text.",
                        "parse: b.bin looks like binary data");
        JsonNode docs = new ObjectMapper().readTree(out.toByteArray()).get("documents");
        assertThat(docs).hasSize(1);
        JsonNode article = docs.get(0).get("articles").get(0);
        assertThat(article.get("title").asText()).isEqualTo("Unrest in Kazakhstan");
        assertThat(article.get("published").asText()).isEqualTo("2022-01-06");
        assertThat(article.get("events").isArray()).isTrue();
        JsonNode almaty = article.get("mentions").get(1);
        assertThat(almaty.get("text").asText()).isEqualTo("Almaty");
        assertThat(almaty.get("start").asInt()).isEqualTo(37);
        assertThat(almaty.get("kind").asText()).isEqualTo("toponym");
        assertThat(almaty.get("place").get("geonameid").asLong()).isEqualTo(TestPlaces.ALMATY.geonameId());
        assertThat(almaty.get("place").get("country").asText()).isEqualTo("KZ");
        assertThat(almaty.get("candidates")).isNotEmpty();
    }

    @Test
    void offsets_are_code_points_into_the_whole_file_even_for_later_articles() throws Exception {
        String text = "First 😀 story.\n\n---\n\nSecond story: riots in Almaty.";
        Path f = Files.writeString(dir.resolve("digest.txt"), text);
        int split = text.codePointCount(0, text.indexOf("Second"));
        assertThat(run(f.toString())).isZero();
        JsonNode second = new ObjectMapper().readTree(out.toByteArray()).at("/documents/0/articles/1");
        assertThat(second.get("start").asInt()).isEqualTo(split);
        JsonNode m = second.get("mentions").get(0);
        int cpStart = text.codePointCount(0, text.indexOf("Almaty"));
        assertThat(m.get("start").asInt()).isEqualTo(cpStart);
        assertThat(m.get("end").asInt()).isEqualTo(cpStart + 6);
    }

    @Test
    void fails_only_when_nothing_could_be_parsed() throws Exception {
        assertThat(run("nope.txt")).isNotZero();
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("nope.txt: no such file");
    }

    @Test
    void a_digest_splits_into_articles_whose_spans_index_the_whole_file() throws Exception {
        Path digest = Path.of("src/test/resources/seeds/central-asia-digest-2022-01-07.txt");
        String text = Files.readString(digest, StandardCharsets.UTF_8);
        assertThat(run(digest.toString())).isZero();
        JsonNode articles = new ObjectMapper().readTree(out.toByteArray()).at("/documents/0/articles");
        assertThat(articles.size()).isGreaterThan(1);
        for (JsonNode a : articles) {
            for (JsonNode m : a.get("mentions")) {
                int s = text.offsetByCodePoints(0, m.get("start").asInt());
                int e = text.offsetByCodePoints(0, m.get("end").asInt());
                assertThat(text.substring(s, e)).isEqualTo(m.get("text").asText());
                assertThat(m.get("start").asInt())
                        .isBetween(a.get("start").asInt(), a.get("end").asInt());
            }
        }
    }
}
