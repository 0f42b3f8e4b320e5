package org.geobrief.briefing.internal;

import java.awt.Color;
import org.geobrief.events.EventType;

/** The colour of each ACLED event type, shared by the map pins, the legend, the timeline and KML styles. */
public final class EventStyle {

    private EventStyle() {}

    /** Distinct colours (Tableau 10) that stay apart for the common colour-vision deficiencies. */
    public static Color color(EventType type) {
        return switch (type) {
            case PROTESTS -> new Color(0x1F77B4);
            case RIOTS -> new Color(0xFF7F0E);
            case BATTLES -> new Color(0xD62728);
            case VIOLENCE_AGAINST_CIVILIANS -> new Color(0x9467BD);
            case EXPLOSIONS_REMOTE_VIOLENCE -> new Color(0x8C564B);
            case STRATEGIC_DEVELOPMENTS -> new Color(0x2CA02C);
        };
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
