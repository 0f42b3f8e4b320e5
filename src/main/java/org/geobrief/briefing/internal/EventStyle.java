package org.geobrief.briefing.internal;

import java.awt.Color;
import org.geobrief.events.EventType;

/** The colour of each event type (its family's), shared by the map pins, the legend, the timeline and KML styles. */
public final class EventStyle {

    private EventStyle() {}

    /** The colour of the type's family (Okabe–Ito, see {@link org.geobrief.events.EventFamily#colour()}). */
    public static Color color(EventType type) {
        return Color.decode(type.family().colour());
    }

    /** "#rrggbb". */
    public static String hex(EventType type) {
        return String.format("#%06x", color(type).getRGB() & 0xFFFFFF);
    }

    /** KML's colour order: "aabbggrr". */
    public static String kmlColor(EventType type) {
        int rgb = color(type).getRGB();
        return String.format("ff%02x%02x%02x", rgb & 0xFF, (rgb >> 8) & 0xFF, (rgb >> 16) & 0xFF);
    }
}
