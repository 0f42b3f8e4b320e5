package org.geobrief.events.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.geobrief.base.GeoPoint;
import org.geobrief.base.TextSpan;
import org.geobrief.gazetteer.Place;
import org.geobrief.gazetteer.PlaceCandidate;
import org.geobrief.geoparse.MentionKind;
import org.geobrief.geoparse.PlaceMention;
import org.geobrief.geoparse.ResolvedMention;
import org.junit.jupiter.api.Test;

class StateClausesTest {

    private static final Place CHINA =
            new Place(1814991, "China", "A", "PCLI", "CN", "", "", 1_330_044_000, new GeoPoint(35.0, 105.0));

    private static List<String> clauses(String text, String name) {
        List<MentionAt> mentions = new java.util.ArrayList<>();
        int at = text.indexOf(name);
        while (at >= 0) {
            ResolvedMention m = new ResolvedMention(
                    new PlaceMention(name, new TextSpan(at, at + name.length()), MentionKind.TOPONYM),
                    CHINA,
                    0.9,
                    List.of(new PlaceCandidate(CHINA, 0.9)));
            mentions.add(new MentionAt(m, at, at + name.length()));
            at = text.indexOf(name, at + 1);
        }
        return StateClauses.split(text, new Sentence(0, text.length(), 0, false), mentions).stream()
                .map(s -> s.text(text).strip())
                .toList();
    }

    @Test
    void a_coordinated_clause_with_a_state_as_subject_is_a_clause_of_its_own() {
        assertThat(clauses(
                        "The U.S. on Tuesday said it would impose duties on imports from China, and China quickly"
                                + " retaliated by listing products it could hit with tariffs.",
                        "China"))
                .containsExactly(
                        "The U.S. on Tuesday said it would impose duties on imports from China,",
                        "and China quickly retaliated by listing products it could hit with tariffs.");
    }

    @Test
    void a_state_that_is_no_subject_or_not_after_a_coordination_leaves_the_sentence_whole() {
        assertThat(clauses("Tariffs hit imports from China, and China's exporters suffered.", "China"))
                .hasSize(1);
        assertThat(clauses("Officials said China retaliated with tariffs on soybeans.", "China"))
                .hasSize(1);
    }
}
