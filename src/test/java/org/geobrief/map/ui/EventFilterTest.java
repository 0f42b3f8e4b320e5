package org.geobrief.map.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.router.QueryParameters;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.geobrief.events.EventType;
import org.junit.jupiter.api.Test;

class EventFilterTest {

    @Test
    void a_filter_survives_the_round_trip_through_the_url() {
        EventFilter f = new EventFilter(
                LocalDate.of(2022, 1, 2),
                LocalDate.of(2022, 1, 6),
                Set.of(EventType.PROTESTS, EventType.RIOTS),
                Set.of("KZ", "1526384"),
                Set.of("Eurasianet"),
                0.5);

        String url = f.toQueryParameters().getQueryString();

        assertThat(QueryParameters.fromString(url).getParameters())
                .isEqualTo(Map.of(
                        "from",
                        List.of("2022-01-02"),
                        "to",
                        List.of("2022-01-06"),
                        "type",
                        List.of("PROTESTS", "RIOTS"),
                        "place",
                        List.of("1526384", "KZ"),
                        "source",
                        List.of("Eurasianet"),
                        "minConfidence",
                        List.of("0.5")));
        assertThat(EventFilter.of(QueryParameters.fromString(url))).isEqualTo(f);
    }

    @Test
    void no_parameters_is_no_filter() {
        assertThat(EventFilter.of(QueryParameters.empty())).isEqualTo(EventFilter.ALL);
        assertThat(EventFilter.ALL.toQueryParameters().getQueryString()).isEmpty();
    }

    @Test
    void values_a_hand_edited_url_got_wrong_are_ignored() {
        EventFilter f = EventFilter.of(new QueryParameters(Map.of(
                "from", List.of("yesterday"), "type", List.of("PICNICS", "RIOTS"), "minConfidence", List.of("7"))));

        assertThat(f.from()).isNull();
        assertThat(f.types()).containsExactly(EventType.RIOTS);
        assertThat(f.minConfidence()).isEqualTo(1.0);
    }
}
