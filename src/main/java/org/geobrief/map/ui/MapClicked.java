package org.geobrief.map.ui;

import com.vaadin.flow.component.ComponentEvent;
import org.geobrief.base.GeoPoint;

/** While the map is picking, the user clicked this position. */
public class MapClicked extends ComponentEvent<EventMap> {

    private final GeoPoint point;

    public MapClicked(EventMap source, boolean fromClient, GeoPoint point) {
        super(source, fromClient);
        this.point = point;
    }

    public GeoPoint point() {
        return point;
    }
}
