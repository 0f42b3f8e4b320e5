package org.geobrief.briefing.ui;

import org.geobrief.events.GeoEvent;

/** Short event labels for lists of picked events. */
public final class EventLabels {

    private EventLabels() {}

    /** "2022-01-05 Riots — Almaty, KZ"; "undated" when the event has no date. */
    public static String oneLine(GeoEvent e) {
        return (e.date() == null ? "undated" : e.date().toString()) + " "
                + e.type().label() + " — " + e.place().name()
                + (e.place().countryCode().isEmpty() ? "" : ", " + e.place().countryCode());
    }
}
