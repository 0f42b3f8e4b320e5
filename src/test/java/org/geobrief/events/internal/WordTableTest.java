package org.geobrief.events.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class WordTableTest {

    @Test
    void finds_a_span_in_ascii_lower_case_and_nothing_else() {
        WordTable table = WordTable.of(List.of("storm", "storms", "a", "air_2"));
        String text = "STORMS, a Storm; air_2 stormy İstorm";
        assertThat(table.find(text, 0, 6)).isEqualTo("storms");
        assertThat(table.find(text, 0, 5)).isEqualTo("storm");
        assertThat(table.find(text, 8, 9)).isEqualTo("a");
        assertThat(table.find(text, 10, 15)).isEqualTo("storm");
        assertThat(table.find(text, 17, 22)).isEqualTo("air_2");
        assertThat(table.find(text, 23, 29)).isNull(); // "stormy"
        assertThat(table.find(text, 31, 36)).isEqualTo("storm"); // the span "storm" of "İstorm"; "İstorm" is none
        assertThat(table.find(text, 30, 36)).isNull();
        assertThat(table.find(text, 0, 0)).isNull();
    }

    @Test
    void finds_every_word_of_a_large_table_and_no_other() {
        List<String> words = new ArrayList<>();
        for (int i = 0; i < 5000; i++) {
            words.add(Integer.toString(i * 7919, 36));
        }
        WordTable table = WordTable.of(words);
        for (String w : words) {
            String upper = " " + w.toUpperCase(Locale.ROOT) + " ";
            assertThat(table.find(upper, 1, upper.length() - 1)).isEqualTo(w);
            assertThat(table.find(w + "q", 0, w.length() + 1)).isNull();
        }
    }
}
