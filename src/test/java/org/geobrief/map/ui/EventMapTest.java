package org.geobrief.map.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.mvysny.kaributesting.v10.BasicUtilsKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import elemental.json.Json;
import elemental.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.geobrief.base.GeoPoint;
import org.geobrief.briefing.MapExtent;
import org.geobrief.events.EventType;
import org.geobrief.events.GeoEvent;
import org.geobrief.gazetteer.Gazetteer;
import org.geobrief.gazetteer.Place;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;

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

    private static final Place COUNTRY =
            new Place(1522867, "Kazakhstan", "A", "PCLI", "KZ", "", "", 18_000_000, new GeoPoint(48, 68));
    private static final Place REGION =
            new Place(608879, "Mangystau", "A", "ADM1", "KZ", "09", "Mangystau", 600_000, new GeoPoint(44, 53));
    private static final Place NO_SHAPE =
            new Place(99, "Nowhere", "A", "ADM1", "KZ", "99", "Nowhere", 0, new GeoPoint(44, 60));
    private static final Place TOWN =
            new Place(610612, "Aktau", "P", "PPLA", "KZ", "09", "Mangystau", 147_443, new GeoPoint(43.65, 51.2));

    private static GeoEvent at(String id, Place place) {
        return new GeoEvent(id, EventType.PROTESTS, "", null, null, 3, place, List.of(), null, 0.9, List.of());
    }

    /** The JSON argument of each call to the client's {@code function} since the last look, in order. */
    private static List<JsonNode> calls(String function) throws Exception {
        UI.getCurrent().getInternals().getStateTree().runExecutionsBeforeClientResponse();
        List<JsonNode> out = new ArrayList<>();
        for (var i : UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations()) {
            List<Object> params = i.getInvocation().getParameters();
            if (i.getInvocation().getExpression().contains(function)) {
                out.add(new ObjectMapper().readTree((String) params.get(params.size() - 1)));
            }
        }
        return out;
    }

    @Test
    void region_level_events_get_their_regions_outline_once_and_an_area_key() throws Exception {
        UI.getCurrent().add(map);
        map.setAreaShapes(p -> p.geonameId() == REGION.geonameId()
                ? Optional.of(new GeometryFactory().toGeometry(new Envelope(51, 56, 41.5, 46)))
                : Optional.empty());

        map.setAllEvents(
                List.of(at("c", COUNTRY), at("r", REGION), at("r2", REGION), at("n", NO_SHAPE), at("t", TOWN)));
        UI.getCurrent().getInternals().getStateTree().runExecutionsBeforeClientResponse();
        var pending = UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations();
        List<String> order =
                pending.stream().map(i -> i.getInvocation().getExpression()).toList();
        assertThat(order.indexOf(order.stream()
                        .filter(x -> x.contains("addAreas"))
                        .findFirst()
                        .orElseThrow()))
                .as("the outlines before the pins that need them")
                .isLessThan(order.indexOf(order.stream()
                        .filter(x -> x.contains("setPins"))
                        .findFirst()
                        .orElseThrow()));
        List<JsonNode> areas = new ArrayList<>(), pins = new ArrayList<>();
        for (var i : pending) {
            List<Object> params = i.getInvocation().getParameters();
            JsonNode json = new ObjectMapper().readTree((String) params.get(params.size() - 1));
            if (i.getInvocation().getExpression().contains("addAreas")) areas.add(json);
            if (i.getInvocation().getExpression().contains("setPins")) pins.add(json);
        }

        JsonNode region = areas.get(0).path("features");
        assertThat(region).hasSize(1);
        assertThat(region.get(0).path("properties").path("key").asText()).isEqualTo("r608879");
        assertThat(region.get(0).path("properties").path("words").asText()).isEqualTo("in Mangystau region");
        assertThat(region.get(0).path("geometry").path("type").asText()).isEqualTo("Polygon");
        // area keys: the country's code, the region's key; a pin for the region without an outline and the town
        List<String> keys = new ArrayList<>();
        pins.get(0)
                .forEach(row -> keys.add(row.get(0).asText() + "=" + row.get(6).asText()));
        assertThat(keys).containsExactly("c=KZ", "r=r608879", "r2=r608879", "n=", "t=");

        map.setAllEvents(List.of(at("r", REGION)));
        assertThat(calls("addAreas")).as("sent once").isEmpty();
    }

    @Test
    void outlines_sent_before_the_view_is_attached_reach_the_client_once() throws Exception {
        map.setAreaShapes(p -> Optional.of(new GeometryFactory().toGeometry(new Envelope(51, 56, 41.5, 46))));
        map.setAllEvents(List.of(at("r", REGION))); // as MapView.beforeEnter does, before the attach
        UI.getCurrent().add(map);
        assertThat(calls("addAreas")).hasSize(1);

        map.setAllEvents(List.of(at("r", REGION), at("r2", REGION)));
        assertThat(calls("addAreas")).as("the client holds it").isEmpty();

        UI.getCurrent().remove(map);
        UI.getCurrent().add(map);
        map.setAllEvents(List.of(at("r", REGION)));
        assertThat(calls("addAreas")).as("a new client element").hasSize(1);
    }

    @Test
    void a_huge_region_is_sent_simplified_in_proportion_to_its_size() throws Exception {
        Gazetteer gazetteer = Gazetteer.bundled();
        Place nunavut = gazetteer.byId(6091732).orElseThrow();
        Place mangystau = gazetteer.byId(608879).orElseThrow();
        UI.getCurrent().add(map);
        map.setAreaShapes(gazetteer::boundary);

        map.setAllEvents(List.of(at("n", nunavut)));
        String huge = calls("addAreas").get(0).toString();
        map.setAllEvents(List.of(at("m", mangystau)));
        JsonNode small = calls("addAreas").get(0);

        // 257 kB of WKT in the gazetteer; a thousandth of its 67-degree diagonal is under a pixel with all of it in
        // view
        assertThat(huge.length()).isLessThan(100_000);
        assertThat(EventMap.tolerance(gazetteer.boundary(mangystau).orElseThrow()))
                .isEqualTo(0.01);
        assertThat(small.path("features")
                        .get(0)
                        .path("properties")
                        .path("words")
                        .asText())
                .startsWith("in Mang")
                .endsWith(" region");
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
