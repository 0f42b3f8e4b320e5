package org.geobrief.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Sources are outlets: an article is listed by its outlet, else as "Pasted text" or by its file, never its title. */
class ShownSourceTest {

    @Test
    void an_outlet_names_the_source() {
        assertThat(ArticleSummary.shownSource("Reuters", "pasted")).isEqualTo("Reuters");
        assertThat(ArticleSummary.shownSource(" Eurasianet ", "brief.pdf")).isEqualTo("Eurasianet");
    }

    @Test
    void pasted_text_without_an_outlet_is_one_honest_entry() {
        assertThat(ArticleSummary.shownSource(null, "pasted")).isEqualTo("Pasted text");
        assertThat(ArticleSummary.shownSource("  ", "pasted")).isEqualTo("Pasted text");
    }

    @Test
    void a_file_without_an_outlet_is_named_by_its_file() {
        assertThat(ArticleSummary.shownSource(null, "brief-2024-03-01.pdf")).isEqualTo("brief-2024-03-01.pdf");
    }
}
