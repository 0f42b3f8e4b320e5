package org.geobrief.map.ui;

import com.vaadin.flow.component.ComponentEvent;
import org.geobrief.briefing.MapExtent;

/** The analyst panned or zoomed the map: its lon/lat extent (null when unknown) and OpenLayers zoom level. */
public class ViewChanged extends ComponentEvent<EventMap> {

    private final MapExtent extent;
    private final double zoom;

    ViewChanged(EventMap source, MapExtent extent, double zoom) {
        super(source, true);
        this.extent = extent;
        this.zoom = zoom;
    }

    public MapExtent extent() {
        return extent;
    }

    public double zoom() {
        return zoom;
    }
}
