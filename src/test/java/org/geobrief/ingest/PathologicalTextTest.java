package org.geobrief.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.geobrief.timeline.DateResolver;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Pathological text through the whole analysis (digest splitting, geoparser, event extractor, date resolver): every
 * input finishes or is refused with a message. The timeout is only a hang guard for a regular expression that backtracks
 * super-linearly (a line of 50 KB capitals once took 194 s in the sentence splitter, a 64 KB run of "1.1." overflowed
 * the tokenizer's stack); it is far above what a linear pass needs, even on a busy machine. By default most inputs are
 * 64 KB and the long single lines 1.25 MB, already hours for a quadratic pattern; {@code -Dfuzz.mb=1048576} runs them
 * at 256 KB and 5 MB.
 */
class PathologicalTextTest {

    static final int MB = Integer.getInteger("fuzz.mb", 1 << 18);
    /** Most inputs: a quarter of {@link #MB}. */
    static final int N = MB / 4;

    static final ArticlePipeline ANALYSER = ArticlePipeline.bundled();
    static final LocalDate PUBLISHED = LocalDate.of(2024, 3, 6);

    @BeforeAll
    static void loadGazetteer() {
        ANALYSER.analyse(
                new DigestSplitter()
                        .split("Troops fought in Almaty.", "warm-up.txt")
                        .get(0),
                MentionOverrides.NONE);
    }

    static Stream<Arguments> inputs() {
        return Stream.of(
                input("a line of capitals", "A".repeat(N)),
                input("a 5 MB line of capitals", "A".repeat(5 * MB)),
                input("capitalised words", "ABC ".repeat(N / 4)),
                input("capitals and commas", "AB, ".repeat(N / 4)),
                input("capitals and hyphens", "A-".repeat(N / 2)),
                input("capitals then a dash", "KYIV".repeat(N / 4) + " –"),
                input("bylines", "By Abc Def ".repeat(N / 11)),
                input("a dateline without a dash", "MOSCOW (Reuters) ".repeat(N / 17)),
                input("full stops", ".".repeat(N)),
                input("exclamation marks", "!".repeat(N)),
                input("stops and quotes", ".\"".repeat(N / 2)),
                input("stops and spaces", ". ".repeat(N / 2)),
                input("dashes", "-".repeat(N)),
                input("em dashes and spaces", "— ".repeat(N / 2)),
                input("opening parentheses", "(".repeat(N)),
                input("nested parentheses", "(".repeat(N / 2) + ")".repeat(N / 2)),
                input("nested brackets and quotes", "[\"'“(".repeat(N / 5)),
                input("commas", ",".repeat(N)),
                input("a 5 MB line of words", "the troops said in a town near the river ".repeat(5 * MB / 42)),
                input("a 5 MB word", "a".repeat(5 * MB)),
                input("a 5 MB run of spaces", " ".repeat(5 * MB) + "x"),
                input("tabs and newlines", "\t \n".repeat(N / 3)),
                input("initials", "A. ".repeat(N / 3)),
                input("dotted letters", "U.S.".repeat(N / 4)),
                input("abbreviations", "Mr. ".repeat(N / 4)),
                input("many dates", "on 12 March 2024, ".repeat(N / 18)),
                input("many numeric dates", "06/03/2024 ".repeat(N / 11)),
                input("many weekdays", "last Tuesday ".repeat(N / 13)),
                input("many numbers", "1,234 ".repeat(N / 6)),
                input("a long number", "9".repeat(N)),
                input("digits and dots", "1.".repeat(N / 2)),
                input("death tolls", "killed 12 people and ".repeat(N / 21)),
                input("a list of places", "Paris, ".repeat(N / 7)),
                input("places and prepositions", "in Almaty and ".repeat(N / 14)),
                input("between and", "between Sevare and ".repeat(N / 19)),
                input("repeated capitalised names", "New York New ".repeat(N / 13)),
                input("combining marks", "e\u0301".repeat(N / 2)),
                input("surrogate pairs", "\uD83D\uDE00".repeat(N / 2)),
                input("apostrophes", "'’".repeat(N / 2)),
                input("headline lines", "BREAKING NEWS\n".repeat(N / 14)),
                input("mixed separators", "A.-,(B) ".repeat(N / 8)));
    }

    static Arguments input(String name, String text) {
        return Arguments.of(name, text);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("inputs")
    void pathological_text_is_analysed_in_bounded_time(String name, String text) {
        assertTimeoutPreemptively(Duration.ofSeconds(Integer.getInteger("fuzz.guard", 120)), () -> {
            long t0 = System.nanoTime();
            List<Article> articles;
            try {
                articles = new DigestSplitter()
                        .split(text, new DigestSplitter.Options("fuzz.txt", PUBLISHED, DigestSplitter.Mode.AUTO));
            } catch (ImportException refused) { // a clear refusal is an answer too ("The document has no text.")
                assertThat(refused.getMessage()).isNotBlank();
                articles = List.of();
            }
            long t1 = System.nanoTime();
            for (Article a : articles) {
                ArticleAnalyser.Analysis analysis = ANALYSER.analyse(a, MentionOverrides.NONE);
                assertThat(analysis.mentions()).isNotNull();
            }
            long t2 = System.nanoTime();
            new DateResolver().resolveAll(text, PUBLISHED, PUBLISHED);
            long t3 = System.nanoTime();
            System.out.printf(
                    "fuzz %-30s %8d chars: split %5d ms, analyse %5d ms, dates %5d ms%n",
                    name, text.length(), (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, (t3 - t2) / 1_000_000);
        });
    }
}
