package org.geobrief.geoparse;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.geobrief.gazetteer.Gazetteer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The golden set: each {@code articles/NAME.txt} parses to exactly the mentions of {@code NAME.expected.json}
 * (text, code-point span, kind, GeoNames id), with the bundled gazetteer.
 */
class GoldenArticlesTest {

    private static final Path DIR = Path.of("src/test/resources/articles");
    private static final GeoParser PARSER = new GeoParser(Gazetteer.bundled());

    static Stream<String> articles() throws IOException {
        try (Stream<Path> files = Files.list(DIR)) {
            return files
                    .map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".txt"))
                    .sorted()
                    .toList()
                    .stream();
        }
    }

    @ParameterizedTest
    @MethodSource("articles")
    void article_parses_to_its_expected_mentions(String name) throws IOException {
        String text = Files.readString(DIR.resolve(name), StandardCharsets.UTF_8);
        JsonNode expected = new ObjectMapper()
                .readTree(DIR.resolve(name.replace(".txt", ".expected.json")).toFile())
                .get("mentions");
        List<String> want = new ArrayList<>();
        expected.forEach(m -> want.add(row(
                m.get("text").asText(),
                m.get("start").asInt(),
                m.get("end").asInt(),
                m.get("kind").asText(),
                m.get("geonameid").asLong())));
        List<String> got = PARSER.parse(text).stream()
                .map(m -> row(
                        m.mention().text(),
                        m.mention().span().start(),
                        m.mention().span().end(),
                        m.mention().kind().json(),
                        m.place().geonameId()))
                .toList();
        assertThat(got).as(name).containsExactlyElementsOf(want);
    }

    private static String row(String text, int start, int end, String kind, long id) {
        return text + " [" + start + "," + end + ") " + kind + " " + id;
    }
}
