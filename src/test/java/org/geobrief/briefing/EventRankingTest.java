package org.geobrief.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.geobrief.briefing.internal.EventText;
import org.geobrief.events.GeoEvent;
import org.junit.jupiter.api.Test;

class EventRankingTest {

    @Test
    void key_events_rank_by_sources_then_confidence_then_fatalities() {
        List<GeoEvent> ranked = EventText.keyEvents(SampleEvents.kazakhstan(), 4);

        // e2: 3 articles; e1: 2; then single-article events by confidence: e5 0.8, e3 0.7
        assertThat(ranked).extracting(GeoEvent::id).containsExactly("e2", "e1", "e5", "e3");
    }

    @Test
    void one_article_quoted_three_times_ranks_below_two_articles() {
        GeoEvent e = SampleEvents.kazakhstan().get(4); // one source, confidence 0.8
        GeoEvent echo = new GeoEvent(
                "echo",
                e.type(),
                e.subtype(),
                e.date(),
                e.timePrecision(),
                e.geoPrecision(),
                e.place(),
                e.actors(),
                e.fatalities(),
                0.99,
                List.of(
                        SampleEvents.source("a3", 1, "One."),
                        SampleEvents.source("a3", 9, "Two."),
                        SampleEvents.source("a3", 20, "Three.")));

        List<GeoEvent> ranked =
                EventText.keyEvents(List.of(echo, SampleEvents.kazakhstan().get(0)), 2);

        assertThat(ranked).extracting(GeoEvent::id).containsExactly("e1", "echo");
    }

    @Test
    void citations_count_the_events_each_article_reports() {
        List<EventText.Citation> cs = EventText.citations(SampleEvents.kazakhstan(), SampleEvents.context());

        assertThat(cs).extracting(EventText.Citation::articleId).containsExactly("a1", "a2", "a3");
        assertThat(cs).extracting(EventText.Citation::events).containsExactly(4, 4, 2);
    }

    @Test
    void an_article_quoted_twice_for_one_event_counts_once() {
        GeoEvent e = SampleEvents.kazakhstan().get(0);
        GeoEvent twice = new GeoEvent(
                e.id(),
                e.type(),
                e.subtype(),
                e.date(),
                e.timePrecision(),
                e.geoPrecision(),
                e.place(),
                e.actors(),
                e.fatalities(),
                e.confidence(),
                List.of(e.sources().get(0), SampleEvents.source("a1", 999, "Again.")));

        assertThat(EventText.citations(List.of(twice), SampleEvents.context()))
                .extracting(EventText.Citation::events)
                .containsExactly(1);
    }

    @Test
    void a_map_fitted_to_one_event_still_shows_its_region() {
        MapExtent e = MapExtent.around(List.of(SampleEvents.ALMATY.point()));

        assertThat(e.widthDeg()).isEqualTo(2.0);
        assertThat(e.contains(SampleEvents.ALMATY.point())).isTrue();
        assertThat(MapExtent.parse("50, 40, 80, 55")).isEqualTo(new MapExtent(50, 40, 80, 55));
    }
}
