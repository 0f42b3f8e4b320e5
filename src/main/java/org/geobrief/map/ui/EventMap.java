package org.geobrief.map.ui;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.shared.Registration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.geobrief.base.GeoPoint;
import org.geobrief.events.EventFamily;
import org.geobrief.events.GeoEvent;

/**
 * The OpenLayers map of events ({@code frontend/geobrief-map.ts}): an offline basemap served from the classpath,
 * one pin per event coloured by type and clustered when dense. It fires {@link PinSelected} and
 * {@link MapClicked}; it never calls a service.
 */
@Tag("geobrief-map")
@NpmPackage(value = "ol", version = "10.7.0")
@JsModule("./geobrief-map.ts")
public class EventMap extends Component implements HasSize {

    private static final ObjectMapper JSON = new ObjectMapper();

    private List<GeoEvent> pins = List.of();
    private String selected;

    public EventMap() {
        // pins and legend by family: eight colour-blind-safe colours, not one per each of the 31 types
        ArrayNode labels = JsonNodeFactory.instance.arrayNode();
        ArrayNode colours = JsonNodeFactory.instance.arrayNode();
        Arrays.stream(EventFamily.values()).forEach(f -> {
            labels.add(f.label());
            colours.add(f.colour());
        });
        getElement().setPropertyJson("typeLabels", labels);
        getElement().setPropertyJson("typeColours", colours);
        getElement().setAttribute("basemap", BasemapResources.INDEX_URL);
        getElement()
                .addEventListener("pin-selected", e -> {
                    List<String> ids = readIds(e.getEventData().getString("event.detail.ids"));
                    fireEvent(new PinSelected(this, true, ids));
                })
                .addEventData("event.detail.ids");
        // the client has ringed the first pin itself
        addPinSelectedListener(
                e -> selected = e.eventIds().isEmpty() ? null : e.eventIds().get(0));
        getElement()
                .addEventListener(
                        "map-clicked",
                        e -> fireEvent(new MapClicked(
                                this,
                                true,
                                new GeoPoint(
                                        e.getEventData().getNumber("event.detail.lat"),
                                        e.getEventData().getNumber("event.detail.lon")),
                                MapClicked.reachAt(
                                        e.getEventData().hasKey("event.detail.kmPerPixel")
                                                ? e.getEventData().getNumber("event.detail.kmPerPixel")
                                                : 0))))
                .addEventData("event.detail.lat")
                .addEventData("event.detail.lon")
                .addEventData("event.detail.kmPerPixel");
    }

    /** Shows these events as pins, replacing the previous ones. */
    public void setEvents(List<GeoEvent> events) {
        pins = List.copyOf(events);
        ArrayNode rows = JsonNodeFactory.instance.arrayNode();
        for (GeoEvent e : events) {
            GeoPoint p = e.place().point();
            rows.addArray()
                    .add(e.id())
                    .add(p.lon())
                    .add(p.lat())
                    .add(e.family().ordinal())
                    .add(e.sources().size());
        }
        getElement().callJsFunction("setPins", rows.toString());
    }

    /** The events the map shows now. */
    public List<GeoEvent> events() {
        return pins;
    }

    /** Rings the pin of this event. */
    public void select(String eventId) {
        selected = eventId;
        getElement().callJsFunction("select", eventId);
    }

    /** Removes the ring from the selected pin, if any. */
    public void clearSelection() {
        selected = null;
        getElement().callJsFunction("select", "");
    }

    /** The id of the event whose pin is ringed. */
    public Optional<String> selected() {
        return Optional.ofNullable(selected);
    }

    public void flyTo(GeoPoint point, double zoom) {
        getElement().callJsFunction("flyTo", point.lon(), point.lat(), zoom);
    }

    public void fitPins() {
        getElement().callJsFunction("fitPins");
    }

    /** While picking, a click on the map fires {@link MapClicked} instead of selecting pins. */
    public void setPicking(boolean picking) {
        getElement().setProperty("picking", picking);
    }

    public boolean isPicking() {
        return getElement().getProperty("picking", false);
    }

    public Registration addPinSelectedListener(com.vaadin.flow.component.ComponentEventListener<PinSelected> l) {
        return addListener(PinSelected.class, l);
    }

    public Registration addMapClickedListener(com.vaadin.flow.component.ComponentEventListener<MapClicked> l) {
        return addListener(MapClicked.class, l);
    }

    private static List<String> readIds(String json) {
        try {
            return List.of(JSON.readValue(json, String[].class));
        } catch (Exception e) {
            throw new IllegalArgumentException("bad pin ids from the map: " + json, e);
        }
    }
}
