package org.geobrief.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.geobrief.base.TextSpan;
import org.junit.jupiter.api.Test;

class DateResolverTest {

    private static final LocalDate WED_2022_01_05 = LocalDate.of(2022, 1, 5);
    private final DateResolver resolver = new DateResolver();

    private void assertDate(String sentence, LocalDate published, String expected, TimePrecision precision) {
        ResolvedDate d = resolver.dateOf(sentence, published, null).orElseThrow(() -> new AssertionError(sentence));
        assertThat(d.date()).as(sentence).isEqualTo(LocalDate.parse(expected));
        assertThat(d.precision()).as(sentence).isEqualTo(precision);
    }

    @Test
    void weekday_resolves_to_the_most_recent_past_day() {
        assertDate("The revolt began on Sunday", WED_2022_01_05, "2022-01-02", TimePrecision.DAY);
    }

    @Test
    void new_years_day_with_or_without_the_possessive_is_the_first_of_january() {
        assertDate("Gunmen attacked the village on New Year's Day", WED_2022_01_05, "2022-01-01", TimePrecision.DAY);
        assertDate("after gunmen attack on New Year Day", WED_2022_01_05, "2022-01-01", TimePrecision.DAY);
    }

    @Test
    void an_infinitive_before_a_comma_does_not_put_a_weekday_in_the_future() {
        assertDate(
                "However wonderful it is to remove the threat, incidents such as the attack on Tuesday show otherwise",
                WED_2022_01_05,
                "2022-01-04",
                TimePrecision.DAY);
        assertDate("The talks, which will resume on Friday, stalled", WED_2022_01_05, "2022-01-07", TimePrecision.DAY);
    }

    @Test
    void a_season_is_the_first_of_its_middle_month() {
        LocalDate march = LocalDate.of(2009, 3, 16);
        assertDate("Last summer, a crypto outbreak scared people away", march, "2008-07-01", TimePrecision.MONTH);
        assertDate("The roads froze this past winter", march, "2009-01-01", TimePrecision.MONTH);
        assertDate("The pools open this summer", march, "2009-07-01", TimePrecision.MONTH);
        assertDate("The pools opened in the summer of 2007", march, "2007-07-01", TimePrecision.MONTH);
        assertDate("Snow fell all last winter", LocalDate.of(2009, 1, 20), "2008-01-01", TimePrecision.MONTH);
    }

    @Test
    void weekday_of_the_publication_day_is_that_day() {
        assertDate("Images published online Wednesday showed crowds", WED_2022_01_05, "2022-01-05", TimePrecision.DAY);
    }

    @Test
    void next_and_last_weekday_skip_the_publication_day() {
        assertDate("They meet next Monday", WED_2022_01_05, "2022-01-10", TimePrecision.DAY);
        assertDate("They met last Wednesday", WED_2022_01_05, "2021-12-29", TimePrecision.DAY);
        assertDate("They will meet on Friday", WED_2022_01_05, "2022-01-07", TimePrecision.DAY);
    }

    @Test
    void explicit_dates_with_and_without_year() {
        assertDate("Troops arrived on January 6", WED_2022_01_05, "2022-01-06", TimePrecision.DAY);
        assertDate("Troops arrived on 6 January 2022", WED_2022_01_05, "2022-01-06", TimePrecision.DAY);
        assertDate("Troops arrived on Jan. 6", WED_2022_01_05, "2022-01-06", TimePrecision.DAY);
        assertDate("Troops arrived on 2022-01-06", WED_2022_01_05, "2022-01-06", TimePrecision.DAY);
        assertDate("Troops arrived on the 6th", LocalDate.of(2022, 1, 20), "2022-01-06", TimePrecision.DAY);
        assertDate("Troops arrived early in the morning on January 6", WED_2022_01_05, "2022-01-06", TimePrecision.DAY);
        assertDate("He spoke on December 22", WED_2022_01_05, "2021-12-22", TimePrecision.DAY);
    }

    @Test
    void relative_days_weeks_months_years() {
        assertDate("It happened yesterday", WED_2022_01_05, "2022-01-04", TimePrecision.DAY);
        assertDate("It happened today", WED_2022_01_05, "2022-01-05", TimePrecision.DAY);
        assertDate("It happens tonight", WED_2022_01_05, "2022-01-05", TimePrecision.DAY);
        assertDate("It happened last night", WED_2022_01_05, "2022-01-04", TimePrecision.DAY);
        assertDate("It happened two days ago", WED_2022_01_05, "2022-01-03", TimePrecision.DAY);
        assertDate("It happened earlier this week", WED_2022_01_05, "2022-01-03", TimePrecision.WEEK);
        assertDate("It happened last month", WED_2022_01_05, "2021-12-01", TimePrecision.MONTH);
        assertDate("It happened last year", WED_2022_01_05, "2021-01-01", TimePrecision.MONTH);
        assertDate("He stepped down in 2019", WED_2022_01_05, "2019-01-01", TimePrecision.MONTH);
    }

    @Test
    void narrative_offsets_count_from_the_last_stated_day() {
        LocalDate anchor =
                DateResolver.nextAnchor(null, resolver.resolveAll("The revolt began on Sunday.", WED_2022_01_05, null));
        assertThat(anchor).isEqualTo("2022-01-02");
        assertThat(resolver.dateOf("Four days later, buildings were stormed.", WED_2022_01_05, anchor)
                        .map(ResolvedDate::date))
                .contains(LocalDate.of(2022, 1, 6));
        assertThat(resolver.dateOf("The next day, crowds returned.", WED_2022_01_05, anchor)
                        .map(ResolvedDate::date))
                .contains(LocalDate.of(2022, 1, 3));
        assertThat(resolver.dateOf("A day after that, crowds returned.", WED_2022_01_05, null))
                .isEmpty();
    }

    @Test
    void the_reported_event_date_beats_the_reporting_date() {
        assertDate(
                "Police said on Thursday that protesters looted shops on Monday",
                LocalDate.of(2022, 1, 6),
                "2022-01-03",
                TimePrecision.DAY);
        assertDate(
                "Police said on Thursday that shops were looted",
                LocalDate.of(2022, 1, 6),
                "2022-01-06",
                TimePrecision.DAY);
    }

    @Test
    void spans_are_code_points_and_expressions_as_written() {
        List<ResolvedDate> all =
                resolver.resolveAll("\uD83D\uDCF0 On Sunday, and then on Jan. 6.", WED_2022_01_05, null);
        assertThat(all).extracting(ResolvedDate::expression).containsExactly("On Sunday", "on Jan. 6");
        assertThat(all.get(0).span()).isEqualTo(new TextSpan(2, 11));
    }

    @Test
    void nothing_without_a_date_or_a_publication_date() {
        assertThat(resolver.resolveAll("Officials said the situation was calm on the 9th floor.", WED_2022_01_05, null))
                .isEmpty();
        assertThat(resolver.resolveAll("It happened on Sunday, yesterday.", null, null))
                .isEmpty();
        assertThat(resolver.resolveAll("It happened on January 6, 2022.", null, null))
                .extracting(ResolvedDate::date)
                .containsExactly(LocalDate.of(2022, 1, 6));
    }
}
