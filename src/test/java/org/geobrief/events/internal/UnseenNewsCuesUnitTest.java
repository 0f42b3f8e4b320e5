package org.geobrief.events.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The round-7 cues alone (issue 16, news never seen): input → expected. */
class UnseenNewsCuesUnitTest {

    @Test
    void a_date_before_the_charge_dates_the_proceeding_not_the_crime() {
        String indicted = "On Monday, about three months later, a grand jury indicted Smith on charges of murder.";
        assertThat(LegalFrames.datesTheProceeding(indicted, indicted.indexOf("murder"), indicted.indexOf("Monday")))
                .isTrue();
        String dated = "He was charged with murder in a stabbing last month.";
        assertThat(LegalFrames.datesTheProceeding(dated, dated.indexOf("murder"), dated.indexOf("last month")))
                .isFalse();
    }

    @Test
    void a_charge_frame_ends_at_a_subordinating_conjunction() {
        String s = "Three residents were charged with arson after fires burned more than 260 acres.";
        assertThat(LegalFrames.framed(s, s.indexOf("fires"))).isFalse();
        assertThat(LegalFrames.framed(s, s.indexOf("arson"))).isTrue();
    }

    @Test
    void a_lag_told_with_the_proceeding_is_read_in_days() {
        assertThat(OffenceDates.lagDays("On Monday, about three months later, a grand jury indicted him."))
                .contains(90);
        assertThat(OffenceDates.lagDays("Two years after the fire, he was charged."))
                .contains(730);
        assertThat(OffenceDates.lagDays("A week later police arrested him.")).contains(7);
        assertThat(OffenceDates.lagDays("He was charged on Monday.")).isEqualTo(Optional.empty());
    }

    @Test
    void a_stabbing_is_a_homicide_only_where_someone_died() {
        assertThat(Assaults.withoutDeath(
                        "One girl stabbed another girl in the chest. The wounds were not life-threatening."))
                .isTrue();
        assertThat(Assaults.withoutDeath("Bassett stabbed him in the back. He was pronounced dead at the hospital."))
                .isFalse();
    }

    @Test
    void a_place_name_written_after_a_carmaker_is_a_car() {
        String article = "A red Dodge Durango pulled up. Shots fired from the Durango struck him.";
        assertThat(VehicleNames.model(article, "Durango")).isTrue();
        assertThat(VehicleNames.model("Flights to Durango resumed on Monday.", "Durango"))
                .isFalse();
    }

    @Test
    void an_article_is_scanned_for_carmakers_once_and_every_model_start_is_kept() {
        String article = "A Jeep Cherokee and a Ford  Ranger collided; the Cherokee rolled. Pontiac Montana, 2008.";
        assertThat(VehicleNames.modelStarts(article))
                .containsExactly(article.indexOf("Cherokee"), article.indexOf("Ranger"), article.indexOf("Montana"));
        assertThat(VehicleNames.modelStarts(article)).isSameAs(VehicleNames.modelStarts(article));
        assertThat(VehicleNames.model(article, "Montana")).isTrue();
        assertThat(VehicleNames.model(article, "Ranger")).isTrue();
        assertThat(VehicleNames.model("Ranger Station near Montana.", "Montana"))
                .isFalse();
    }

    @Test
    void new_trigger_forms_are_found() {
        TriggerLexicon lexicon = new TriggerLexicon();
        assertThat(types(lexicon, "She was struck by an SUV driven by a neighbour."))
                .contains("Transport accident");
        assertThat(types(lexicon, "Shots fired from the car struck him in the head."))
                .contains("Homicide");
        assertThat(types(lexicon, "Fires burned more than 260 acres and five structures."))
                .contains("Wildfire");
        assertThat(types(
                        lexicon,
                        "He dispatched Foreign Minister Ahmed Abul-Gheit and General Omar Suleiman to Khartoum."))
                .contains("Official visit");
    }

    private static java.util.List<String> types(TriggerLexicon lexicon, String sentence) {
        return lexicon.find(sentence).stream()
                .map(h -> h.trigger().type().label())
                .toList();
    }
}
