package org.geobrief.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every row of the date accuracy set resolves as expected. */
class DatedSentencesTest {

    private static final DateResolver RESOLVER = new DateResolver();

    static List<DatedSentences.Row> rows() throws Exception {
        return DatedSentences.read(Path.of("src/test/resources/dates/dated-sentences.tsv"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void resolves_as_expected(DatedSentences.Row row) {
        DatedSentences.Outcome o = DatedSentences.evaluate(row, RESOLVER);
        assertThat(o.correct())
                .as(
                        "%s -> %s %s (expected %s %s)",
                        row.sentence(), o.date(), o.precision(), row.expected(), row.precision())
                .isTrue();
    }
}
