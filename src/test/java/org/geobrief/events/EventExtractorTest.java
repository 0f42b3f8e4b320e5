package org.geobrief.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.geobrief.events.Places.ALMATY;
import static org.geobrief.events.Places.ATYRAU;
import static org.geobrief.events.Places.KAZAKHSTAN;
import static org.geobrief.events.Places.ZHANAOZEN;

import java.time.LocalDate;
import java.util.List;
import org.geobrief.base.TextSpan;
import org.geobrief.timeline.TimePrecision;
import org.junit.jupiter.api.Test;

class EventExtractorTest {

    @Test
    void an_announced_month_without_its_year_is_the_next_one() {
        LocalDate published = LocalDate.of(2010, 4, 14);
        var october = new org.geobrief.timeline.ResolvedDate(
                LocalDate.of(2009, 10, 1), TimePrecision.MONTH, new TextSpan(30, 40), "in October");
        assertThat(EventExtractor.nextOccurrence(october, published).date()).isEqualTo(LocalDate.of(2010, 10, 1));
        var withYear = new org.geobrief.timeline.ResolvedDate(
                LocalDate.of(2009, 10, 1), TimePrecision.MONTH, new TextSpan(30, 45), "in October 2009");
        assertThat(EventExtractor.nextOccurrence(withYear, published)).isEqualTo(withYear);
        var april = new org.geobrief.timeline.ResolvedDate(
                LocalDate.of(2010, 4, 1), TimePrecision.MONTH, new TextSpan(30, 38), "in April");
        assertThat(EventExtractor.nextOccurrence(april, published)).isEqualTo(april);
    }

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

    @Test
    void a_crime_named_by_a_charge_is_an_event_only_when_the_sentence_dates_the_crime() {
        assertThat(extract("Two men are on trial for murder in Almaty.", WED_2022_01_05))
                .isEmpty();
        GeoEvent e =
                only(extract("A man has been charged with murder in a stabbing in Almaty on Sunday.", WED_2022_01_05));
        assertThat(e.type()).isEqualTo(EventType.HOMICIDE);
        assertThat(e.date()).isEqualTo("2022-01-02");
    }

    @Test
    void a_court_filing_reports_no_agreement() {
        assertThat(extract(
                        "In an order filed on Monday in a court in Almaty, the government signed an agreement.",
                        WED_2022_01_05))
                .isEmpty();
    }

    private GeoEvent only(String text) {
        return only(extract(text, WED_2022_01_05));
    }

    @Test
    void a_march_as_a_noun_is_a_protest() {
        assertThat(only("Supporters set off on Sunday on a march from Almaty.").type())
                .isEqualTo(EventType.PROTESTS);
    }

    @Test
    void killed_by_a_bomb_is_an_explosion() {
        assertThat(only("A soldier was killed by a buried bomb in Almaty on Sunday.")
                        .type())
                .isEqualTo(EventType.EXPLOSIONS_REMOTE_VIOLENCE);
    }

    @Test
    void the_town_fired_on_is_the_scene() {
        GeoEvent e = only("Army units fired on Zhanaozen and other towns on Tuesday, a spokesman in Almaty said.");
        assertThat(e.type()).isEqualTo(EventType.EXPLOSIONS_REMOTE_VIOLENCE);
        assertThat(e.place()).isEqualTo(ZHANAOZEN);
    }

    @Test
    void a_fence_pulled_down_by_youths_is_a_riot() {
        GeoEvent e = only("The school fence in Zhanaozen was pulled down by the youths of the community on Sunday.");
        assertThat(e.type()).isEqualTo(EventType.RIOTS);
        assertThat(e.subtype()).isEqualTo("Mob violence");
    }

    @Test
    void diplomats_being_expelled_is_a_sanction_whoever_is_named() {
        GeoEvent e = only("In Moscow, some of the 60 diplomats being expelled have been seen boarding a bus.");
        assertThat(e.type()).isEqualTo(EventType.SANCTIONS);
        assertThat(e.subtype()).isEqualTo("Diplomatic expulsion");
    }

    @Test
    void a_place_and_a_colon_opening_the_text_is_a_dateline() {
        String text = "Almaty: Kazakh authorities ordered the opposition party to disband on Tuesday.";
        assertThat(EventExtractor.dateline(text)).containsExactly(0, 6);
        assertThat(EventExtractor.datelineEnd(text)).isEqualTo(8);
    }

    @Test
    void a_sentence_about_another_country_than_the_article_falls_back_to_its_dateline() {
        GeoEvent e =
                only("Almaty: Kazakh authorities ordered the opposition party to disband on Tuesday. Russia and Moscow"
                        + " and Russia again, the Russian papers wrote.");
        assertThat(e.type()).isEqualTo(EventType.STRATEGIC_DEVELOPMENTS);
        assertThat(e.place()).isEqualTo(ALMATY);
        assertThat(e.date()).isEqualTo("2022-01-04");
    }

    @Test
    void a_dateline_needs_three_capitals_in_a_row() {
        assertThat(EventExtractor.hasCapitalRun("KYIV –")).isTrue();
        assertThat(EventExtractor.hasCapitalRun("ÉCHO –")).isTrue();
        assertThat(EventExtractor.hasCapitalRun("Kyiv, U.S. – The")).isFalse();
        assertThat(EventExtractor.dateline("Kyiv, U.S. – The army said.")).containsExactly(0, 0);
    }

    @Test
    void a_place_in_capitals_opening_the_text_is_a_dateline() {
        String text = "ALMATY The Latest on teachers rallying for higher pay.";
        assertThat(EventExtractor.dateline(text)).containsExactly(0, 6);
        assertThat(EventExtractor.dateline("THIS is the first picture of the soldier."))
                .containsExactly(0, 0);
    }

    @Test
    void an_investigated_allegation_needs_its_own_date() {
        assertThat(extract("Prosecutors in Almaty are investigating allegations of embezzlement.", WED_2022_01_05))
                .isEmpty();
    }

    @Test
    void a_paragraph_without_a_date_goes_on_at_the_day_the_story_last_gave() {
        List<GeoEvent> events = extract(
                "The soldier who died on Monday was named by the ministry.\n\nHe was on patrol in Zhanaozen when a"
                        + " roadside bomb exploded.",
                WED_2022_01_05);
        GeoEvent e = only(events);
        assertThat(e.place()).isEqualTo(ZHANAOZEN);
        assertThat(e.date()).isEqualTo("2022-01-03");
        assertThat(e.timePrecision()).isEqualTo(TimePrecision.DAY);
    }

    @Test
    void a_background_date_starts_no_narrative() {
        GeoEvent e = only(extract(
                "The party was founded on 3 March 2015.\n\nA roadside bomb exploded in Zhanaozen.", WED_2022_01_05));
        assertThat(e.date()).isEqualTo(WED_2022_01_05);
        assertThat(e.timePrecision()).isEqualTo(TimePrecision.WEEK);
    }

    @Test
    void a_visit_to_a_country_is_where_and_when_the_visitor_speaks_in_the_paragraph() {
        GeoEvent e = only(extract(
                "The minister praised the partnership, the speaker said Tuesday in Almaty. Speaking with his host, the"
                        + " Russian minister, who is on a visit to Kazakhstan at the head of a delegation, praised the"
                        + " ties.",
                WED_2022_01_05));
        assertThat(e.type()).isEqualTo(EventType.OFFICIAL_VISIT);
        assertThat(e.place()).isEqualTo(ALMATY);
        assertThat(e.date()).isEqualTo("2022-01-04");
    }

    @Test
    void two_weeks_of_protests_after_a_dated_killing_are_dated_at_their_middle() {
        GeoEvent e = only(
                extract("The killing of a man on December 20 in Almaty sparked two weeks of protests.", WED_2022_01_05)
                        .stream()
                        .filter(x -> x.type() == EventType.PROTESTS)
                        .toList());
        assertThat(e.date()).isEqualTo("2021-12-27");
        assertThat(e.timePrecision()).isEqualTo(TimePrecision.WEEK);
    }

    @Test
    void a_theft_named_in_passing_is_dated_where_the_article_narrates_it() {
        List<GeoEvent> thefts = extract(
                        "Nurbank, which was hit by a large theft in Almaty, has agreed to be sold.\n\n"
                                + "Shares climbed after the announcement. It was on December 28 that Nurbank was robbed"
                                + " of its reserves.",
                        WED_2022_01_05)
                .stream()
                .filter(x -> x.type() == EventType.THEFT)
                .toList();
        assertThat(thefts).extracting(GeoEvent::date).containsOnly(LocalDate.of(2021, 12, 28));
    }

    @Test
    void a_crowd_outside_a_court_is_an_event_and_a_background_date_in_a_trailing_clause_does_not_date_it() {
        GeoEvent e = only(extract(
                "The former mayor was found guilty of charges related to a case that removed him from office last"
                        + " year. Outside the court in Almaty, hundreds of supporters had gathered to watch the verdict.",
                WED_2022_01_05));
        assertThat(e.type()).isEqualTo(EventType.PROTESTS);
        assertThat(e.place()).isEqualTo(ALMATY);
        assertThat(e.date()).isEqualTo("2022-01-05");
    }

    @Test
    void an_ongoing_visit_is_not_dated_by_last_years_visit_told_before_it() {
        GeoEvent e = only(extract(
                "When the president visited Moscow last year he signed a gas deal. The Russian prime minister is"
                        + " coming to the end of a three-day tour of Kazakhstan.",
                WED_2022_01_05));
        assertThat(e.type()).isEqualTo(EventType.OFFICIAL_VISIT);
        assertThat(e.place()).isEqualTo(KAZAKHSTAN);
        assertThat(e.date()).isEqualTo("2022-01-05");
        assertThat(e.timePrecision()).isEqualTo(TimePrecision.WEEK);
    }

    @Test
    void two_states_acting_in_one_sentence_are_two_acts_each_at_its_seat_or_country() {
        List<GeoEvent> events = extract(
                "MOSCOW (Reuters) - Russia on Tuesday said it would impose import duties on Kazakh goods, and"
                        + " Kazakhstan quickly retaliated by listing goods that it could hit with its own tariffs.",
                WED_2022_01_05);
        assertThat(events)
                .extracting(e -> e.type().label() + " @ " + e.place().name())
                .containsExactlyInAnyOrder("Sanctions @ Moscow", "Sanctions @ Kazakhstan");
    }
}
