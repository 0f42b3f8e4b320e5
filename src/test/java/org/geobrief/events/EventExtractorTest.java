package org.geobrief.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.geobrief.events.Places.ALMATY;
import static org.geobrief.events.Places.ATYRAU;
import static org.geobrief.events.Places.ZHANAOZEN;

import java.time.LocalDate;
import java.util.List;
import org.geobrief.base.TextSpan;
import org.geobrief.timeline.TimePrecision;
import org.junit.jupiter.api.Test;

class EventExtractorTest {

    private static final LocalDate WED_2022_01_05 = LocalDate.of(2022, 1, 5);
    private final EventExtractor extractor = new EventExtractor();

    private List<GeoEvent> extract(String text, LocalDate published) {
        return extractor.extract("a1", text, 0, published, Places.mentions(text, 0));
    }

    private static List<GeoEvent> riots(List<GeoEvent> events) {
        return events.stream().filter(e -> e.type() == EventType.RIOTS).toList();
    }

    private static GeoEvent only(List<GeoEvent> events) {
        assertThat(events).hasSize(1);
        return events.get(0);
    }

    @Test
    void protest_on_a_weekday_in_a_town() {
        GeoEvent e = only(extract("Protests began peacefully in the oil town of Zhanaozen on Sunday.", WED_2022_01_05));
        assertThat(e.type()).isEqualTo(EventType.PROTESTS);
        assertThat(e.subtype()).isEqualTo("Peaceful protest");
        assertThat(e.date()).isEqualTo("2022-01-02");
        assertThat(e.timePrecision()).isEqualTo(TimePrecision.DAY);
        assertThat(e.place()).isEqualTo(ZHANAOZEN);
        assertThat(e.geoPrecision()).isEqualTo(1);
    }

    @Test
    void fire_on_protesters_with_a_death_toll() {
        GeoEvent e = only(extract(
                "Local media reported that police opened fire on protesters in the oil town of Atyrau, killing at least"
                        + " one person.",
                WED_2022_01_05));
        assertThat(e.subtype()).isEqualTo("Excessive force against protesters");
        assertThat(e.place()).isEqualTo(ATYRAU);
        assertThat(e.fatalities()).isEqualTo(1);
        assertThat(e.actors()).containsExactly("police", "protesters");
        assertThat(e.date()).isEqualTo(WED_2022_01_05);
        assertThat(e.timePrecision()).isEqualTo(TimePrecision.WEEK);
    }

    @Test
    void troops_arriving_are_placed_where_they_arrived_not_where_they_came_from() {
        GeoEvent e = only(extract(
                "The first flights carrying Russian troops to Kazakhstan arrived in Almaty early in the morning on"
                        + " January 6.",
                LocalDate.of(2022, 1, 7)));
        assertThat(e.subtype()).isEqualTo("Deployment of troops");
        assertThat(e.place()).isEqualTo(ALMATY);
        assertThat(e.date()).isEqualTo("2022-01-06");
        assertThat(e.actors()).contains("Russian troops");
    }

    @Test
    void fighting_that_spreads_to_the_outskirts_of_a_town_happens_there_not_where_people_fled() {
        // the flight toward Aktau is an event of its own (Humanitarian / Displacement)
        GeoEvent e = only(riots(extract(
                "Clashes between police and protesters spread on Tuesday to the outskirts of Atyrau, as thousands"
                        + " fled toward the border at Aktau.",
                WED_2022_01_05)));
        assertThat(e.place()).isEqualTo(Places.ATYRAU);
    }

    @Test
    void one_sentence_can_report_a_riot_and_arrests() {
        List<GeoEvent> events = extract(
                "Almaty police said protesters torched 120 cars and more than 200 were arrested.", WED_2022_01_05);
        assertThat(events)
                .extracting(e -> e.type().label() + "/" + e.subtype())
                .containsExactly("Riots/Violent demonstration", "Strategic developments/Arrests");
        assertThat(events).allMatch(e -> e.fatalities() == null);
    }

    @Test
    void deaths_in_clashes_after_a_protest_sentence_are_a_riot() {
        GeoEvent e = only(extract(
                "Protesters stormed the mayor's office in Almaty on Wednesday. The interior ministry said eight law"
                        + " enforcement officials died in the clashes.",
                WED_2022_01_05));
        assertThat(e.type()).isEqualTo(EventType.RIOTS);
        assertThat(e.fatalities()).isEqualTo(8);
        assertThat(e.sources()).hasSize(2);
        assertThat(e.date()).isEqualTo(WED_2022_01_05);
        assertThat(e.timePrecision()).isEqualTo(TimePrecision.DAY);
    }

    @Test
    void intentions_generic_statements_and_history_are_no_events() {
        assertThat(extract(
                        "The alliance said it will send peacekeepers to Kazakhstan. The protests are a warning signal"
                                + " for Russia. Russia intervened in Ukraine in 2014 after protests erupted there.",
                        WED_2022_01_05))
                .isEmpty();
    }

    @Test
    void headlines_yield_no_events() {
        assertThat(extract("Troops Open Fire On Protesters In Almaty\n\nThe weather was fine.", WED_2022_01_05))
                .isEmpty();
    }

    @Test
    void a_dateline_places_unlocated_events_near_its_town() {
        GeoEvent e = only(extract(
                "ALMATY (Reuters) - Police detained dozens of opposition activists on Tuesday, officials said.",
                WED_2022_01_05));
        assertThat(e.subtype()).isEqualTo("Arrests");
        assertThat(e.place()).isEqualTo(ALMATY);
        assertThat(e.geoPrecision()).isEqualTo(2);
        assertThat(e.date()).isEqualTo("2022-01-04");
    }

    @Test
    void a_government_resigning_is_the_nations_event_not_the_dateline_towns() {
        GeoEvent e = only(extract(
                "ALMATY (Reuters) - The prime minister resigned on Wednesday, officials said.\n\n"
                        + "Kazakhstan is the largest landlocked country.",
                WED_2022_01_05));
        assertThat(e.type()).isEqualTo(EventType.CHANGE_OF_GOVERNMENT);
        assertThat(e.place()).isEqualTo(Places.KAZAKHSTAN);
    }

    @Test
    void spans_are_document_code_points_and_mentions_document_relative() {
        String article = "\uD83D\uDCF0 Intro.\nProtesters rallied in Almaty on Sunday.";
        int offset = 1000;
        GeoEvent e = only(extractor.extract("a1", article, offset, WED_2022_01_05, Places.mentions(article, offset)));
        assertThat(e.place()).isEqualTo(ALMATY);
        TextSpan span = e.sources().get(0).link().sentence();
        assertThat(span).isEqualTo(new TextSpan(offset + 9, offset + 9 + 39));
        assertThat(e.sources().get(0).sentence()).isEqualTo("Protesters rallied in Almaty on Sunday.");
        // mentions given relative to the article instead are outside it, so the event has no place
        assertThat(extractor.extract("a1", article, offset, WED_2022_01_05, Places.mentions(article, 0)))
                .isEmpty();
    }

    @Test
    void without_a_publication_date_relative_dates_stay_unknown() {
        GeoEvent e = only(extract("Protesters rallied in Almaty on Sunday.", null));
        assertThat(e.date()).isNull();
        assertThat(e.timePrecision()).isEqualTo(TimePrecision.MONTH);
    }

    @Test
    void ids_are_stable_and_depend_on_type_date_and_place() {
        String text = "Protesters rallied in Almaty on Sunday.";
        String id = only(extract(text, WED_2022_01_05)).id();
        assertThat(only(extract(text, WED_2022_01_05)).id()).isEqualTo(id);
        assertThat(only(extract(text, LocalDate.of(2022, 1, 12))).id()).isNotEqualTo(id);
        assertThat(only(extract("Protesters rallied in Atyrau on Sunday.", WED_2022_01_05))
                        .id())
                .isNotEqualTo(id);
    }
}
