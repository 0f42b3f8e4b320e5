package org.geobrief.geoparse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.geobrief.gazetteer.Gazetteer;
import org.junit.jupiter.api.Test;

/** The project's seed articles: the Kazakh places of January 2022 resolve; people and organisations do not. */
class SeedArticlesTest {

    private static final GeoParser PARSER = new GeoParser(Gazetteer.bundled());

    private static List<ResolvedMention> parseSeeds() throws IOException {
        List<ResolvedMention> all = new ArrayList<>();
        for (String f : List.of("kazakhstan-csto-2022-01-05.txt", "central-asia-digest-2022-01-07.txt")) {
            all.addAll(PARSER.parse(Files.readString(Path.of("src/test/resources/seeds", f), StandardCharsets.UTF_8)));
        }
        return all;
    }

    @Test
    void kazakh_places_resolve_to_kazakhstan() throws IOException {
        List<ResolvedMention> ms = parseSeeds();
        for (String name : List.of("Almaty", "Zhanaozen", "Aktau", "Atyrau", "Nur-Sultan")) {
            assertThat(ms)
                    .as(name)
                    .filteredOn(m -> m.mention().text().equals(name))
                    .isNotEmpty()
                    .allSatisfy(m -> assertThat(m.place().countryCode()).isEqualTo("KZ"));
        }
        assertThat(ms)
                .filteredOn(m -> m.mention().text().equals("Nur-Sultan"))
                .allSatisfy(m -> assertThat(m.place().featureCode()).isEqualTo("PPLC"));
    }

    @Test
    void the_caspian_sea_is_the_sea() throws IOException {
        assertThat(parseSeeds())
                .filteredOn(m -> m.mention().text().equals("Caspian Sea"))
                .isNotEmpty()
                .allSatisfy(m -> assertThat(m.place().featureCode()).isEqualTo("SEA"));
    }

    @Test
    void people_and_organisations_are_not_places() throws IOException {
        assertThat(parseSeeds())
                .extracting(m -> m.mention().text())
                .doesNotContain("Tokayev", "Toqaev", "Nur Otan", "Nur", "Otan", "CSTO", "Chevron", "Nazarbaev");
    }

    @Test
    void kazakh_is_a_demonym_of_kazakhstan() throws IOException {
        assertThat(parseSeeds())
                .filteredOn(m -> m.mention().text().equals("Kazakh"))
                .isNotEmpty()
                .allSatisfy(m -> {
                    assertThat(m.mention().kind()).isEqualTo(MentionKind.DEMONYM);
                    assertThat(m.place().countryCode()).isEqualTo("KZ");
                });
    }
}
