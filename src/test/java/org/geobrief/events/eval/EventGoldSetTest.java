package org.geobrief.events.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.geobrief.base.GeoPoint;
import org.geobrief.timeline.TimePrecision;
import org.junit.jupiter.api.Test;

class EventGoldSetTest {

    private static final String HEADER = String.join("\t", EventGoldSet.HEADER);

    private static String row(String... fields) {
        String[] all = new String[EventGoldSet.HEADER.size()];
        java.util.Arrays.fill(all, "");
        System.arraycopy(fields, 0, all, 0, fields.length);
        return String.join("\t", all);
    }

    @Test
    void reads_articles_and_their_events() {
        EventGoldSet set = EventGoldSet.parse(
                List.of(
                        HEADER,
                        row("article", "7", "2018-04-05", "URL 2018/04/05"),
                        row(
                                "event",
                                "7",
                                "",
                                "",
                                "2018-04-03",
                                "day",
                                "Shankill",
                                "2638139",
                                "54.6025",
                                "-5.95056",
                                "Crime",
                                "Theft",
                                "Burglary",
                                "false",
                                "12",
                                "burglaries"),
                        row("article", "8", "2018-04-06", "text")),
                "t.tsv");
        assertThat(set.articles()).extracting(GoldArticle::id).containsExactly("7", "8");
        assertThat(set.eventsOf("8")).isEmpty();
        assertThat(set.eventsOf("7"))
                .containsExactly(new GoldEvent(
                        "7",
                        LocalDate.of(2018, 4, 3),
                        TimePrecision.DAY,
                        "Shankill",
                        2638139,
                        new GeoPoint(54.6025, -5.95056),
                        "Crime",
                        "Theft",
                        "Burglary",
                        false,
                        12,
                        "burglaries"));
    }

    @Test
    void a_family_that_is_not_the_types_is_refused_with_its_line() {
        List<String> lines = List.of(
                HEADER,
                row("article", "7", "2018-04-05", "x"),
                row(
                        "event",
                        "7",
                        "",
                        "",
                        "2018-04-03",
                        "day",
                        "X",
                        "",
                        "1",
                        "2",
                        "Crime",
                        "Protests",
                        "",
                        "false",
                        "0",
                        "x"));
        assertThatThrownBy(() -> EventGoldSet.parse(lines, "t.tsv"))
                .hasMessageContaining("t.tsv:3")
                .hasMessageContaining("Demonstrations");
    }

    @Test
    void an_event_before_its_article_row_is_refused() {
        List<String> lines = List.of(
                HEADER,
                row(
                        "event",
                        "7",
                        "",
                        "",
                        "2018-04-03",
                        "day",
                        "X",
                        "",
                        "1",
                        "2",
                        "Crime",
                        "Theft",
                        "",
                        "false",
                        "0",
                        "x"));
        assertThatThrownBy(() -> EventGoldSet.parse(lines, "t.tsv")).hasMessageContaining("before its article row");
    }
}
