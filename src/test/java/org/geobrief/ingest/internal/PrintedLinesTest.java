package org.geobrief.ingest.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PrintedLinesTest {

    @Test
    void a_wrapped_sentence_is_one_line_again() {
        String page = "Russia Sends Troops\n"
                + "\n"
                + "Russian paratroopers landed in Almaty on Thursday after the government asked the CSTO\n"
                + "for help, officials said, as protests spread from the west of the country to the\n"
                + "largest city.\n";
        assertThat(PrintedLines.unwrap(page))
                .isEqualTo("Russia Sends Troops\n"
                        + "\n"
                        + "Russian paratroopers landed in Almaty on Thursday after the government asked the CSTO"
                        + " for help, officials said, as protests spread from the west of the country to the"
                        + " largest city.\n");
    }

    @Test
    void headlines_sentence_ends_and_paragraphs_keep_their_breaks() {
        String page = "Clashes in Almaty\n"
                + "Protesters stormed the mayor's office in Almaty on Wednesday, witnesses said.\n"
                + "Police fired tear gas at crowds gathered on the central square of the city on the\n"
                + "\n"
                + "Next paragraph.\n";
        assertThat(PrintedLines.unwrap(page)).isEqualTo(page);
    }

    @Test
    void a_hyphen_at_the_end_of_a_full_line_joins_without_a_space() {
        String page = "Border guards exchanged fire near the town of Isfara on the road towards Jalal-\n"
                + "Abad, officials in Bishkek said on Friday.\n";
        assertThat(PrintedLines.unwrap(page))
                .isEqualTo("Border guards exchanged fire near the town of Isfara on the road towards Jalal-Abad,"
                        + " officials in Bishkek said on Friday.\n");
    }

    @Test
    void short_lines_are_not_prose_to_unwrap() {
        String list = "Almaty\nAstana\nAktau\n";
        assertThat(PrintedLines.unwrap(list)).isEqualTo(list);
    }
}
