package org.geobrief.events.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DateClausesTest {

    private static boolean otherClause(String sentence, String date, String trigger) {
        int d = sentence.indexOf(date);
        return DateClauses.otherClause(sentence, d, d + date.length(), sentence.indexOf(trigger));
    }

    @Test
    void a_date_across_as_or_while_dates_the_other_clause() {
        String s = "Lawmakers will convene rare Friday sessions as protesting teachers continue to fill the Capitol.";
        assertThat(otherClause(s, "Friday", "protesting")).isTrue();
        assertThat(otherClause("Police fired tear gas on Monday while the crowd grew.", "on Monday", "crowd"))
                .isTrue();
    }

    @Test
    void a_date_in_the_triggers_clause_or_opening_the_sentence_counts() {
        assertThat(otherClause("Protests broke out in the town on Friday.", "on Friday", "Protests"))
                .isFalse();
        assertThat(otherClause("On Friday, as crowds gathered, police fired tear gas.", "On Friday", "fired"))
                .isFalse();
    }
}
