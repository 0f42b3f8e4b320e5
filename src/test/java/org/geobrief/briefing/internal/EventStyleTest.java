package org.geobrief.briefing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.geobrief.events.EventType;
import org.junit.jupiter.api.Test;

class EventStyleTest {

    @Test
    void an_export_colours_each_type_as_the_dashboards_map_does() throws Exception {
        String map = Files.readString(Path.of("frontend/geobrief-map.ts"));
        Matcher array = Pattern.compile("TYPE_COLOURS = \\[([^\\]]*)\\]").matcher(map);
        assertThat(array.find()).as("TYPE_COLOURS in geobrief-map.ts").isTrue();
        List<String> onScreen = Pattern.compile("'(#[0-9a-fA-F]{6})'")
                .matcher(array.group(1))
                .results()
                .map(m -> m.group(1).toLowerCase())
                .toList();

        assertThat(EventStyle.TYPE_COLOURS).isEqualTo(onScreen);
        assertThat(EventStyle.hex(EventType.PROTESTS)).isEqualTo("#0072b2");
        assertThat(EventStyle.hex(EventType.RIOTS)).isEqualTo("#e69f00");
        assertThat(EventStyle.kmlColor(EventType.PROTESTS)).isEqualTo("ffb27200");
    }
}
