package org.geobrief.events.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.geobrief.timeline.DateResolver;
import org.geobrief.timeline.ResolvedDate;
import org.junit.jupiter.api.Test;

class WeekMiddlesTest {

    private static final LocalDate SUN_2009_03_15 = LocalDate.of(2009, 3, 15);
    private static final LocalDate WED_2009_03_25 = LocalDate.of(2009, 3, 25);

    private static String middle(String sentence, LocalDate published) {
        ResolvedDate d = new DateResolver().dateOf(sentence, published, null).orElseThrow();
        return WeekMiddles.day(d, published).toString();
    }

    @Test
    void last_week_is_dated_at_its_thursday() {
        assertThat(middle("75 civilians were killed last week.", SUN_2009_03_15))
                .isEqualTo("2009-03-05");
        assertThat(middle("Last week's flood destroyed homes.", WED_2009_03_25)).isEqualTo("2009-03-19");
    }

    @Test
    void this_week_is_dated_at_the_middle_of_its_days_up_to_publication() {
        assertThat(middle("Protesters marched this week.", WED_2009_03_25)).isEqualTo("2009-03-24");
        assertThat(middle("Protesters marched earlier this week.", LocalDate.of(2009, 3, 23)))
                .isEqualTo("2009-03-23");
    }

    @Test
    void a_past_weekend_is_dated_at_its_saturday() {
        assertThat(middle("Protesters marched over the weekend.", WED_2009_03_25))
                .isEqualTo("2009-03-21");
        assertThat(middle("Protesters marched last weekend.", WED_2009_03_25)).isEqualTo("2009-03-21");
    }

    @Test
    void a_day_or_a_week_to_come_keeps_its_date() {
        assertThat(middle("Protesters marched on Monday.", WED_2009_03_25)).isEqualTo("2009-03-23");
        assertThat(middle("They will march next week.", WED_2009_03_25)).isEqualTo("2009-03-30");
    }
}
