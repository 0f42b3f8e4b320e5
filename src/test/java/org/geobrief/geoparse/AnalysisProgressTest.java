package org.geobrief.geoparse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.geobrief.base.AnalysisProgress;
import org.geobrief.base.AnalysisProgress.Stage;
import org.geobrief.events.EventExtractor;
import org.junit.jupiter.api.Test;

/** A long article's analysis says how far it is through the text, stage by stage, without changing its result. */
class AnalysisProgressTest {

    record Report(Stage stage, double done) {}

    static final String PARAGRAPH = "Thousands marched in Paris on Saturday. Police watched the crowd near the river."
            + " Officials in Washington said the talks failed.\n\n";

    final GeoParser parser = new GeoParser(new TestPlaces());

    @Test
    void a_long_text_reports_the_share_of_its_words_and_sentences_done_in_stage_order() {
        String text = PARAGRAPH.repeat(2_000); // ~50,000 words, ~6,000 sentences
        List<Report> reports = new ArrayList<>();
        AnalysisProgress progress = (stage, done) -> reports.add(new Report(stage, done));

        List<ResolvedMention> mentions = parser.parse(text, java.util.Map.of(), progress);
        new EventExtractor().extract("a", text, 0, LocalDate.of(2024, 3, 2), mentions, progress);

        assertThat(reports).extracting(Report::stage).first().isEqualTo(Stage.FINDING_NAMES);
        assertThat(reports).extracting(Report::stage).isSortedAccordingTo(Enum::compareTo);
        assertThat(reports)
                .filteredOn(r -> r.stage() == Stage.FINDING_NAMES && r.done() > 0.1 && r.done() < 0.9)
                .as("reports within the text, not only at its ends")
                .isNotEmpty();
        assertThat(reports)
                .filteredOn(r -> r.stage() == Stage.READING_EVENTS && r.done() > 0.1 && r.done() < 0.9)
                .isNotEmpty();
        assertThat(reports)
                .filteredOn(r -> r.stage() == Stage.RESOLVING_PLACES)
                .last()
                .extracting(Report::done)
                .isEqualTo(1.0);
        for (Stage s : Stage.values()) {
            assertThat(reports.stream()
                            .filter(r -> r.stage() == s)
                            .map(Report::done)
                            .toList())
                    .as(s + " only moves forward")
                    .isSorted();
        }
    }

    @Test
    void reporting_progress_does_not_change_what_is_found() {
        String text = PARAGRAPH.repeat(50);
        assertThat(parser.parse(text, java.util.Map.of(), (stage, done) -> {})).isEqualTo(parser.parse(text));
    }

    @Test
    void the_stages_share_the_whole_analysis_in_order() {
        assertThat(Stage.FINDING_NAMES.overall(0)).isEqualTo(0);
        assertThat(Stage.READING_EVENTS.overall(1)).isEqualTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(Stage.RESOLVING_PLACES.overall(0)).isEqualTo(Stage.FINDING_NAMES.overall(1));
        assertThat(Stage.READING_EVENTS.overall(0)).isEqualTo(Stage.RESOLVING_PLACES.overall(1));
    }
}
