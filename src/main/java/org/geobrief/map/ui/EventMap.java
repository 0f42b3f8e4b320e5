package org.geobrief.map.ui;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.dom.DebouncePhase;
import com.vaadin.flow.shared.Registration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Base64;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import org.geobrief.base.GeoPoint;
import org.geobrief.briefing.MapExtent;
import org.geobrief.events.EventGrid;
import org.geobrief.events.EventType;
import org.geobrief.events.GeoEvent;
import org.geobrief.events.LocationPrecision;
import org.geobrief.gazetteer.Place;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.geojson.GeoJsonWriter;
import org.locationtech.jts.simplify.TopologyPreservingSimplifier;

/**
 * The OpenLayers map of events ({@code frontend/geobrief-map.ts}): an offline basemap served from the classpath,
 * towns from the gazetteer where the analyst zooms in, one pin per event coloured by type (clustered when few, WebGL
 * points when many), events known only at country level drawn as the country's area. The client holds every event
 * and filters them itself, so that a filter change repaints without sending the events again. It fires {@link
 * PinSelected}, {@link MapClicked} and {@link ViewChanged}; it never calls a service.
 */
@Tag("geobrief-map")
@NpmPackage(value = "ol", version = "10.7.0")
@JsModule("./geobrief-map.ts")
public class EventMap extends Component implements HasSize {

    private static final ObjectMapper JSON = new ObjectMapper();

    private List<GeoEvent> all = List.of();
    private List<GeoEvent> pins = List.of();
    /** The grid drawn instead of pins, else null. */
    private EventGrid cells;

    private String selected;
    private MapExtent extent;
    private double zoom;

    public EventMap() {
        ArrayNode labels = JsonNodeFactory.instance.arrayNode();
        Arrays.stream(EventType.values()).forEach(t -> labels.add(t.label()));
        getElement().setPropertyJson("typeLabels", labels);
        // the legend groups the types by the taxonomy's families
        ArrayNode families = JsonNodeFactory.instance.arrayNode();
        Arrays.stream(EventType.values()).forEach(t -> families.add(t.family().label()));
        getElement().setPropertyJson("typeFamilies", families);
        getElement().setAttribute("basemap", BasemapResources.INDEX_URL);
        // a detached element's client side is gone: attached again, it holds no region outlines. (Not on attach:
        // the view's first setAllEvents runs before its attach, and its outlines reach the client with it.)
        addDetachListener(e -> regionsSent.clear());
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
        getElement()
                .addEventListener("view-changed", e -> {
                    var d = e.getEventData();
                    double minLon = Math.max(-180, d.getNumber("event.detail.minLon"));
                    double maxLon = Math.min(180, d.getNumber("event.detail.maxLon"));
                    double minLat = Math.max(-85, d.getNumber("event.detail.minLat"));
                    double maxLat = Math.min(85, d.getNumber("event.detail.maxLat"));
                    MapExtent reported =
                            minLon < maxLon && minLat < maxLat ? new MapExtent(minLon, minLat, maxLon, maxLat) : null;
                    double reportedZoom = d.getNumber("event.detail.zoom");
                    // the trailing phase repeats the leading one's view when the map moved once: asked already
                    if (reported != null && reported.equals(extent) && reportedZoom == zoom) return;
                    extent = reported;
                    zoom = reportedZoom;
                    fireEvent(new ViewChanged(this, extent, zoom));
                })
                .addEventData("event.detail.minLon")
                .addEventData("event.detail.minLat")
                .addEventData("event.detail.maxLon")
                .addEventData("event.detail.maxLat")
                .addEventData("event.detail.zoom")
                // the first move is asked at once (a zoom or a pan is one moveend); a burst of moves (arrow keys held,
                // a flight's steps) is asked again once it has been still for 300 ms
                .debounce(300, DebouncePhase.LEADING, DebouncePhase.TRAILING);
    }

    /**
     * Hands the map every event it may show (after an import or a correction); {@link #filter} then chooses which it
     * draws. Each pin is [id, lon, lat, typeIndex, reports, dayIndex or -1, area], where area is {@link #areaKey}: the
     * ISO country code of an event known only at country level, "r" and the geonameid of one known only by its
     * region (whose outline goes first, see {@link #setAreaShapes}), else empty.
     */
    public void setAllEvents(List<GeoEvent> events) {
        all = List.copyOf(events);
        cells = null;
        sendNewRegions(all);
        ArrayNode rows = JsonNodeFactory.instance.arrayNode();
        for (GeoEvent e : all) {
            GeoPoint p = e.place().point();
            rows.addArray()
                    .add(e.id())
                    .add(p.lon())
                    .add(p.lat())
                    .add(e.type().ordinal())
                    .add(e.sources().size())
                    .add(e.date() == null ? -1 : e.date().toEpochDay())
                    .add(areaKey(e.place()));
        }
        getElement().callJsFunction("setPins", rows.toString());
    }

    /** Where {@link #setAllEvents} finds the outline of a country or region; none until the view sets it. */
    private Function<Place, Optional<Geometry>> areaShapes = p -> Optional.empty();
    /** The regions whose outline the client holds (true) or that have none (false), by geonameid. */
    private final Map<Long, Boolean> regionsSent = new HashMap<>();

    /**
     * Draws an event known only by its admin-1 region as that region's area, with the outline {@code shapes} gives
     * (lon/lat degrees); countries' outlines come with the basemap.
     */
    public void setAreaShapes(Function<Place, Optional<Geometry>> shapes) {
        this.areaShapes = shapes;
        regionsSent.clear();
    }

    /**
     * The area an event at {@code p} is drawn as: its ISO country code when known only by country, "r" and the
     * geonameid when known only by a region whose outline the client holds, else "" (a pin).
     */
    String areaKey(Place p) {
        if (!LocationPrecision.isArea(p)) return "";
        if (p.isCountry()) return p.countryCode();
        return Boolean.TRUE.equals(regionsSent.get(p.geonameId())) ? "r" + p.geonameId() : "";
    }

    /**
     * Sends the outlines of the regions among {@code events} that the client does not hold yet, as a GeoJSON
     * FeatureCollection (properties: key, words such as "in Mangystau region"): only the regions with events, once
     * each, their polygons to 0.01° and coordinates to 4 decimals.
     */
    private void sendNewRegions(List<GeoEvent> events) {
        ObjectNode collection = JsonNodeFactory.instance.objectNode();
        collection.put("type", "FeatureCollection");
        ArrayNode features = collection.putArray("features");
        GeoJsonWriter writer = new GeoJsonWriter(4);
        writer.setEncodeCRS(false);
        for (GeoEvent e : events) {
            Place p = e.place();
            if (p == null || !p.isAdmin1() || regionsSent.containsKey(p.geonameId())) continue;
            Optional<Geometry> shape = areaShapes.apply(p).filter(g -> !g.isEmpty());
            regionsSent.put(p.geonameId(), shape.isPresent());
            if (shape.isEmpty()) continue;
            Geometry simple = TopologyPreservingSimplifier.simplify(shape.get(), tolerance(shape.get()));
            ObjectNode f = features.addObject();
            f.put("type", "Feature");
            try {
                f.set("geometry", JSON.readTree(writer.write(simple)));
            } catch (java.io.IOException ex) {
                throw new java.io.UncheckedIOException(ex);
            }
            f.putObject("properties").put("key", "r" + p.geonameId()).put("words", LocationPrecision.of(p, 3));
        }
        if (!features.isEmpty()) getElement().callJsFunction("addAreas", collection.toString());
    }

    /**
     * How far (degrees) an outline sent to the client may stray from the gazetteer's: 0.01° (its own precision), or a
     * thousandth of the area's envelope diagonal for a large one, under a pixel when the whole area is in view. This
     * bounds what a huge region costs the page: Nunavut, 257 kB of outline at 0.01°, is 75 kB at its 0.067°.
     */
    static double tolerance(Geometry shape) {
        var env = shape.getEnvelopeInternal();
        return Math.max(0.01, Math.hypot(env.getWidth(), env.getHeight()) / 1000);
    }

    /**
     * Draws the events that pass: dated within [from, to] (null for open; an undated event never passes a range), of
     * one of {@code types} (empty for any) and accepted by {@code rest} (the filters the client cannot judge: place,
     * source, confidence). Only the date range, the types and a bit mask of {@code rest} go to the client.
     */
    public void filter(LocalDate from, LocalDate to, Set<EventType> types, Predicate<GeoEvent> rest) {
        BitSet mask = new BitSet(all.size());
        boolean everyone = true;
        for (int i = 0; i < all.size(); i++) {
            if (rest.test(all.get(i))) mask.set(i);
            else everyone = false;
        }
        pins = all.stream()
                .filter(e -> rest.test(e)
                        && (types.isEmpty() || types.contains(e.type()))
                        && ((from == null && to == null)
                                || (e.date() != null
                                        && (from == null || !e.date().isBefore(from))
                                        && (to == null || !e.date().isAfter(to)))))
                .toList();
        ObjectNode f = JsonNodeFactory.instance.objectNode();
        if (from != null || to != null) {
            f.put("from", from == null ? -10_000_000 : from.toEpochDay());
            f.put("to", to == null ? 10_000_000 : to.toEpochDay());
        }
        ArrayNode t = f.putArray("types");
        types.forEach(type -> t.add(type.ordinal()));
        if (!everyone) f.put("mask", Base64.getEncoder().encodeToString(littleEndianBits(mask, all.size())));
        getElement().callJsFunction("setFilter", f.toString());
    }

    /**
     * Shows the database's summary of a view's events instead of pins: each cell as a circle sized by its count, in
     * its most frequent type's colour; the legend counts by type. {@link #events()} is then empty: no event is held.
     */
    public void setCells(EventGrid grid) {
        all = List.of();
        pins = List.of();
        cells = grid;
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        ArrayNode cells = json.putArray("cells");
        for (EventGrid.Cell c : grid.cells()) {
            cells.addArray()
                    .add(round(c.lon()))
                    .add(round(c.lat()))
                    .add(c.count())
                    .add(c.type().ordinal());
        }
        ArrayNode types = json.putArray("types");
        for (EventType t : EventType.values()) types.add(grid.byType().getOrDefault(t, 0));
        getElement().callJsFunction("setCells", json.toString());
    }

    private static double round(double degrees) {
        return Math.round(degrees * 1e4) / 1e4;
    }

    /** Shows the gazetteer's towns in view, by importance: [name, lon, lat, population] each. */
    public void setTowns(List<Place> towns) {
        ArrayNode rows = JsonNodeFactory.instance.arrayNode();
        for (Place p : towns) {
            rows.addArray()
                    .add(p.name())
                    .add(p.point().lon())
                    .add(p.point().lat())
                    .add(p.population());
        }
        getElement().callJsFunction("setTowns", rows.toString());
    }

    /** The grid cells the map draws instead of pins (see {@link #setCells}); null while it draws pins. */
    public EventGrid cells() {
        return cells;
    }

    /** The events the map draws now. */
    public List<GeoEvent> events() {
        return pins;
    }

    /** The map's current view, null until the map has reported one. */
    public MapExtent extent() {
        return extent;
    }

    public double zoom() {
        return zoom;
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

    /** Where {@link #flyTo} last sent the view; null before. */
    GeoPoint flownTo;

    public void flyTo(GeoPoint point, double zoom) {
        flownTo = point;
        getElement().callJsFunction("flyTo", point.lon(), point.lat(), zoom);
    }

    public void fitPins() {
        getElement().callJsFunction("fitPins");
    }

    /** Fits the view to a lon/lat rectangle (degrees), once the map has a size, instead of to the pins it holds. */
    public void fitExtent(double minLon, double minLat, double maxLon, double maxLat) {
        getElement().callJsFunction("fitExtent", minLon, minLat, maxLon, maxLat);
    }

    /** While picking, a click on the map fires {@link MapClicked} instead of selecting pins. */
    public void setPicking(boolean picking) {
        getElement().setProperty("picking", picking);
    }

    public boolean isPicking() {
        return getElement().getProperty("picking", false);
    }

    public Registration addPinSelectedListener(ComponentEventListener<PinSelected> l) {
        return addListener(PinSelected.class, l);
    }

    public Registration addMapClickedListener(ComponentEventListener<MapClicked> l) {
        return addListener(MapClicked.class, l);
    }

    public Registration addViewChangedListener(ComponentEventListener<ViewChanged> l) {
        return addListener(ViewChanged.class, l);
    }

    /** Bit i of the result is pin i: byte i / 8, bit i % 8 from the lowest. */
    static byte[] littleEndianBits(BitSet bits, int size) {
        byte[] out = new byte[(size + 7) / 8];
        byte[] set = bits.toByteArray();
        System.arraycopy(set, 0, out, 0, Math.min(set.length, out.length));
        return out;
    }

    private static List<String> readIds(String json) {
        try {
            return List.of(JSON.readValue(json, String[].class));
        } catch (Exception e) {
            throw new IllegalArgumentException("bad pin ids from the map: " + json, e);
        }
    }
}
