package org.geobrief.briefing.internal;

import java.awt.Color;
import java.util.List;
import org.geobrief.events.EventType;

/**
 * The colour of each event type, as the dashboard's map draws it ({@code TYPE_COLOURS} in {@code
 * frontend/geobrief-map.ts}, by the type's order), shared by the exported map pins, legend, timeline and KML styles: a
 * briefing shows Protests in the blue the analyst saw them in on screen (it drew them in their family's orange, the
 * Riots' colour on screen).
 */
public final class EventStyle {

    /** Okabe–Ito first, then Tableau and d3 colours; type i takes colour i (modulo the list). */
    static final List<String> TYPE_COLOURS = List.of(
            "#0072b2", "#e69f00", "#d55e00", "#cc79a7", "#56b4e9", "#009e73", "#f0e442", "#000000", "#1f77b4",
            "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22", "#17becf",
            "#393b79", "#637939", "#8c6d31", "#843c39", "#7b4173", "#3182bd", "#e6550d", "#31a354", "#756bb1",
            "#636363", "#6baed6", "#fd8d3c", "#74c476", "#9e9ac8");

    private EventStyle() {}

    /** The type's colour on the dashboard's map. */
    public static Color color(EventType type) {
        return Color.decode(TYPE_COLOURS.get(type.ordinal() % TYPE_COLOURS.size()));
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
