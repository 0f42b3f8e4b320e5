package org.geobrief.events.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.geobrief.base.TextSpan;
import org.geobrief.timeline.ResolvedDate;
import org.geobrief.timeline.TimePrecision;
import org.junit.jupiter.api.Test;

/** A resolved date's expression → whether it names a whole year and nothing finer. */
class WholeYearsTest {

    private static boolean yearOnly(String expression) {
        return WholeYears.only(
                new ResolvedDate(LocalDate.of(2009, 1, 1), TimePrecision.MONTH, new TextSpan(0, 1), expression));
    }

    @Test
    void a_bare_year_or_this_year_is_a_whole_year() {
        assertThat(yearOnly("in 2009")).isTrue();
        assertThat(yearOnly("this year")).isTrue();
        assertThat(yearOnly("earlier this year")).isTrue();
        assertThat(yearOnly("last year")).isTrue();
    }

    @Test
    void a_month_a_week_or_a_day_is_finer_than_a_year() {
        assertThat(yearOnly("in January")).isFalse();
        assertThat(yearOnly("January 2009")).isFalse();
        assertThat(yearOnly("last week")).isFalse();
        assertThat(yearOnly("on Jan. 1, 2009")).isFalse();
        assertThat(WholeYears.only(null)).isFalse();
    }
}
