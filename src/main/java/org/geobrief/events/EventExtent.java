package org.geobrief.events;

import java.time.LocalDate;

/**
 * Where and when the events matching a query lie, summed up by the database without reading them: how many, the
 * lon/lat rectangle of their places and their first and last days. The dashboard fits the map to it before it asks
 * for any pin.
 *
 * @param count matching events, dated or not
 * @param bbox the smallest rectangle holding their places (WGS84 degrees, never across the antimeridian); null when
 *     none matches
 * @param first the earliest day of a dated matching event; null when none is dated
 * @param last the latest such day
 */
public record EventExtent(int count, EventQuery.BBox bbox, LocalDate first, LocalDate last) {

    /** No event matches. */
    public static final EventExtent NONE = new EventExtent(0, null, null, null);
}
