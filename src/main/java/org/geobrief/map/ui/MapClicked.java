package org.geobrief.map.ui;

import com.vaadin.flow.component.ComponentEvent;
import org.geobrief.base.GeoPoint;

/** While the map is picking, the user clicked this position. */
public class MapClicked extends ComponentEvent<EventMap> {

    /** How far a click reaches when the map does not say its scale. */
    static final double DEFAULT_REACH_KM = 25;
    /** Screen pixels around the click point within which a town counts as clicked. */
    static final double REACH_PIXELS = 12;

    private final GeoPoint point;
    private final double reachKm;

    public MapClicked(EventMap source, boolean fromClient, GeoPoint point) {
        this(source, fromClient, point, DEFAULT_REACH_KM);
    }

    public MapClicked(EventMap source, boolean fromClient, GeoPoint point, double reachKm) {
        super(source, fromClient);
        this.point = point;
        this.reachKm = reachKm;
    }

    /** The reach of a click at a map scale of {@code kmPerPixel}: 12 pixels, from 0.5 km to 25 km. */
    static double reachAt(double kmPerPixel) {
        if (!(kmPerPixel > 0) || Double.isInfinite(kmPerPixel)) {
            return DEFAULT_REACH_KM;
        }
        return Math.max(0.5, Math.min(DEFAULT_REACH_KM, REACH_PIXELS * kmPerPixel));
    }

    public GeoPoint point() {
        return point;
    }

    /** How far from {@link #point()} a town still counts as the one clicked. */
    public double reachKm() {
        return reachKm;
    }
}
