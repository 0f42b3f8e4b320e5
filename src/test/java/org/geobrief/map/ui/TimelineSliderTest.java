package org.geobrief.map.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class TimelineSliderTest {

    private final TimelineSlider timeline = new TimelineSlider();

    @Test
    void a_view_holding_fewer_events_keeps_the_whole_span_and_draws_its_counts_inside() {
        timeline.setDayCounts(days("2021-01-01", 2, "2021-03-31", 1), days(), null, null);

        timeline.setDayCounts(days("2021-02-10", 1), days("2021-02-10", 1), null, null);

        assertThat(timeline.getElement().getProperty("start")).isEqualTo("2021-01-01");
        assertThat(totals()).hasSize(90);
        assertThat(totals()[40]).isEqualTo("1"); // 10 February
        assertThat(totals()[0]).isEqualTo("0");
        assertThat(timeline.from()).isEqualTo(LocalDate.of(2021, 1, 1));
        assertThat(timeline.to()).isEqualTo(LocalDate.of(2021, 3, 31));
    }

    @Test
    void an_empty_view_keeps_the_span_rather_than_showing_today() {
        timeline.setDayCounts(days("2021-01-01", 1, "2021-01-10", 1), days(), null, null);

        timeline.setDayCounts(days(), days(), null, null);

        assertThat(timeline.getElement().getProperty("start")).isEqualTo("2021-01-01");
        assertThat(totals()).hasSize(10);
    }

    @Test
    void events_beyond_the_span_widen_it() {
        timeline.setDayCounts(days("2021-01-01", 1, "2021-01-10", 1), days(), null, null);

        timeline.setDayCounts(days("2021-01-05", 1, "2021-01-20", 1), days(), null, null);

        assertThat(timeline.getElement().getProperty("start")).isEqualTo("2021-01-01");
        assertThat(totals()).hasSize(20);
    }

    @Test
    void a_store_without_events_shows_today_until_events_come() {
        timeline.setDayCounts(days(), days(), null, null);
        assertThat(timeline.getElement().getProperty("start"))
                .isEqualTo(LocalDate.now().toString());

        timeline.setDayCounts(days("2021-01-01", 1, "2021-01-03", 1), days(), null, null);

        assertThat(timeline.getElement().getProperty("start")).isEqualTo("2021-01-01");
        assertThat(totals()).hasSize(3);
    }

    private String[] totals() {
        String json = timeline.getElement().getPropertyRaw("totals").toString();
        return json.replaceAll("[\\[\\]\\s]", "").split(",");
    }

    /** Day counts from pairs: "2021-01-01", 2, … */
    private static SortedMap<LocalDate, Integer> days(Object... dayAndCount) {
        SortedMap<LocalDate, Integer> m = new TreeMap<>();
        for (int i = 0; i < dayAndCount.length; i += 2)
            m.put(LocalDate.parse((String) dayAndCount[i]), (Integer) dayAndCount[i + 1]);
        return m;
    }
}
