package org.geobrief.events.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.geobrief.timeline.TimePrecision;
import org.junit.jupiter.api.Test;

class DurationsTest {

    private static Durations.Span spanBefore(String sentence, String trigger) {
        return Durations.before(sentence, sentence.indexOf(trigger)).orElse(null);
    }

    @Test
    void two_weeks_of_protests_sparked_by_a_dated_killing_start_at_that_date() {
        Durations.Span s = spanBefore(
                "The police killing of a man on March 18 in Sacramento sparked two weeks of protests.", "protests");
        assertThat(s.days()).isEqualTo(14);
        assertThat(s.startsAtStatedDate()).isTrue();
        assertThat(s.middleFrom(LocalDate.parse("2018-03-18"))).isEqualTo(LocalDate.parse("2018-03-25"));
        assertThat(s.precision()).isEqualTo(TimePrecision.WEEK);
    }

    @Test
    void an_ongoing_span_ends_at_publication() {
        Durations.Span s = spanBefore("After three days of heavy clashes, the town fell.", "clashes");
        assertThat(s.days()).isEqualTo(3);
        assertThat(s.startsAtStatedDate()).isFalse();
        assertThat(s.middleTo(LocalDate.parse("2018-04-05"))).isEqualTo(LocalDate.parse("2018-04-04"));
    }

    @Test
    void months_give_month_precision_and_no_span_gives_nothing() {
        assertThat(spanBefore("Two months of strikes have closed the port.", "strikes")
                        .precision())
                .isEqualTo(TimePrecision.MONTH);
        assertThat(Durations.before("Protests broke out on Friday.", 0)).isEmpty();
        assertThat(spanBefore("Thousands joined protests on Friday.", "protests"))
                .isNull();
    }
}
