package org.geobrief.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.geobrief.events.internal.MentionAt;
import org.junit.jupiter.api.Test;

class SentenceScenesTest {

    static MentionAt at(int start, int end) {
        return new MentionAt(null, start, end);
    }

    @Test
    void a_sentence_gets_the_mentions_that_begin_inside_it() {
        List<MentionAt> byStart = List.of(at(0, 5), at(10, 16), at(20, 26), at(30, 35), at(48, 52));

        assertThat(EventExtractor.within(byStart, 8, 30)).containsExactly(at(10, 16), at(20, 26));
        assertThat(EventExtractor.within(byStart, 0, 6)).containsExactly(at(0, 5));
        assertThat(EventExtractor.within(byStart, 36, 48)).isEmpty();
        assertThat(EventExtractor.within(byStart, 40, 100)).containsExactly(at(48, 52));
        assertThat(EventExtractor.within(List.of(), 0, 10)).isEmpty();
    }
}
