package org.geobrief.map.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.geobrief.base.TextSpan;
import org.geobrief.events.EventSource;
import org.geobrief.events.EventType;
import org.geobrief.events.GeoEvent;
import org.geobrief.events.SourceLink;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class EventPanelTest {

    @BeforeEach
    void setUp() {
        MockVaadin.setup();
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    @Test
    void an_event_with_thousands_of_source_sentences_lists_fifty_and_counts_the_rest() {
        GeoEvent e = FakeDashboardData.event(
                "e1", EventType.PROTESTS, "Peaceful protest", LocalDate.of(2022, 1, 2), FakeDashboardData.ALMATY, "x");
        String sentence = "Protesters gathered in Almaty on Monday.";
        List<EventSource> many = IntStream.range(0, 3_000)
                .mapToObj(i -> new EventSource(new SourceLink("a1", new TextSpan(i * 41, i * 41 + 40)), sentence))
                .toList();
        EventPanel panel = new EventPanel();
        UI.getCurrent().add(panel);

        panel.show(List.of(new GeoEvent(
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
                many,
                false)));

        assertThat(LocatorJ._find(panel, Span.class, spec -> spec.withText("3000 source sentences:")))
                .hasSize(1);
        assertThat(LocatorJ._get(panel, Span.class, spec -> spec.withId("more-sources"))
                        .getText())
                .isEqualTo("… and 2950 more source sentences.");
    }
}
