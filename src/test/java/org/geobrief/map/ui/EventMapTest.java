package org.geobrief.map.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.BasicUtilsKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import elemental.json.Json;
import elemental.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import org.geobrief.briefing.MapExtent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The map's view as the browser reports it: asked at once, and once per view. */
class EventMapTest {

    private final EventMap map = new EventMap();
    private final List<String> views = new ArrayList<>();

    @BeforeEach
    void setUp() {
        MockVaadin.setup();
        map.addViewChangedListener(e -> views.add(e.extent() + " z" + e.zoom()));
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    @Test
    void one_move_reported_by_its_leading_and_trailing_phase_is_one_view() {
        report("leading", -90, -45, 90, 45, 3);
        report("trailing", -90, -45, 90, 45, 3);

        assertThat(views).containsExactly(new MapExtent(-90, -45, 90, 45) + " z3.0");
        assertThat(map.extent()).isEqualTo(new MapExtent(-90, -45, 90, 45));
    }

    @Test
    void a_burst_of_moves_is_the_first_view_at_once_then_the_last_one() {
        report("leading", -90, -45, 90, 45, 3);
        // the moves in between are not sent by the browser's debouncer; the trailing phase carries the last
        report("trailing", -80, -45, 100, 45, 3);

        assertThat(views)
                .containsExactly(new MapExtent(-90, -45, 90, 45) + " z3.0", new MapExtent(-80, -45, 100, 45) + " z3.0");
    }

    @Test
    void the_same_extent_at_another_zoom_is_another_view() {
        report("leading", -90, -45, 90, 45, 3);
        report("leading", -90, -45, 90, 45, 4);

        assertThat(views).hasSize(2);
        assertThat(map.zoom()).isEqualTo(4);
    }

    /** What the browser sends for {@code view-changed} in a debounce phase ("leading", "trailing"). */
    private void report(String phase, double minLon, double minLat, double maxLon, double maxLat, double zoom) {
        JsonObject data = Json.createObject();
        data.put("for", phase);
        data.put("event.detail.minLon", minLon);
        data.put("event.detail.minLat", minLat);
        data.put("event.detail.maxLon", maxLon);
        data.put("event.detail.maxLat", maxLat);
        data.put("event.detail.zoom", zoom);
        BasicUtilsKt._fireDomEvent(map, "view-changed", data);
    }
}
