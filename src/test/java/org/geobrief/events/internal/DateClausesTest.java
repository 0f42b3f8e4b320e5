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
    void as_in_a_prepositional_phrase_opens_no_clause() {
        String s = "75 civilians were killed last week as a result of army shelling of the island.";
        assertThat(otherClause(s, "last week", "shelling")).isFalse();
        assertThat(otherClause("Rebels attacked on Monday towns such as Goma.", "on Monday", "Goma"))
                .isFalse();
        assertThat(otherClause("Police raided homes on Monday as part of a crackdown.", "on Monday", "crackdown"))
                .isFalse();
    }

    @Test
    void a_date_in_the_triggers_clause_or_opening_the_sentence_counts() {
        assertThat(otherClause("Protests broke out in the town on Friday.", "on Friday", "Protests"))
                .isFalse();
        assertThat(otherClause("On Friday, as crowds gathered, police fired tear gas.", "On Friday", "fired"))
                .isFalse();
    }

    private static boolean subordinate(String sentence, String date) {
        int d = sentence.indexOf(date);
        return DateClauses.subordinate(sentence, d, d + date.length());
    }

    @Test
    void a_date_in_a_trailing_relative_or_temporal_clause_anchors_that_clause_only() {
        assertThat(subordinate(
                        "Park was found guilty of charges related to a case that removed her from office last year.",
                        "last year"))
                .isTrue();
        assertThat(subordinate("Park refused to attend after a law was passed last year to enable it.", "last year"))
                .isTrue();
    }

    @Test
    void a_date_of_the_main_clause_a_fronted_clause_or_a_reported_one_is_not_subordinate() {
        assertThat(subordinate("Park was removed from office last year.", "last year"))
                .isFalse();
        assertThat(subordinate("When Trump visited Riyadh last year he boasted of the deal.", "last year"))
                .isFalse();
        assertThat(subordinate("Police said that the man was killed last year.", "last year"))
                .isFalse();
        assertThat(subordinate("The man who was hurt, police said, died last year.", "last year"))
                .isFalse();
    }
}
