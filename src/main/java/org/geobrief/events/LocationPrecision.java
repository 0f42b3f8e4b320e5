package org.geobrief.events;

import java.util.Locale;
import org.geobrief.gazetteer.Place;

/**
 * An event's place and how precisely it is known, in plain words: "in Almaty", "near Almaty", "in Mangystau region",
 * "somewhere in Kazakhstan". Used by the event panel and the exports ({@code location_precision}).
 */
public final class LocationPrecision {

    private LocationPrecision() {}

    /**
     * Whether an event at {@code place} is known only by its country or admin-1 region, so that maps draw it as that
     * area (one area per country or region, however many events) rather than as a pin at the area's label point.
     */
    public static boolean isArea(Place place) {
        return place != null && (place.isCountry() || place.isAdmin1());
    }

    /** The words for {@code place} named at ACLED geo precision {@code geoPrecision}; "" without a place. */
    public static String of(Place place, int geoPrecision) {
        if (place == null) {
            return "";
        }
        String name = place.name();
        if (place.isCountry() || place.featureClass().equals("L")) {
            return "somewhere in " + name;
        }
        if (place.isAdmin1()) {
            String lower = name.toLowerCase(Locale.ROOT);
            boolean named = lower.endsWith(" region")
                    || lower.endsWith(" province")
                    || lower.endsWith(" oblast")
                    || lower.endsWith(" state")
                    || lower.endsWith(" county")
                    || lower.endsWith(" district")
                    || lower.endsWith(" governorate")
                    || lower.endsWith(" city");
            return "in " + name + (named ? "" : " region");
        }
        return (geoPrecision >= 2 && place.isPopulatedPlace() ? "near " : "in ") + name;
    }
}
