package org.geobrief.events;

import java.util.Locale;
import java.util.Set;
import org.geobrief.gazetteer.Place;

/**
 * An event's place and how precisely it is known, in plain words: "in Almaty", "near Almaty", "in Mangystau region",
 * "somewhere in Kazakhstan". Used by the event panel and the exports ({@code location_precision}).
 */
public final class LocationPrecision {

    private LocationPrecision() {}

    /**
     * Last words of admin-1 names that already say what kind of area they are ("Atyrau Oblisi", "Pavlodar Region",
     * "Lagos State"), in GeoNames' English and transliterated spellings: such a name is not followed by "region".
     */
    private static final Set<String> KINDS = Set.of(
            "region",
            "province",
            "oblast",
            "oblasti",
            "oblisi",
            "oblysy",
            "state",
            "county",
            "district",
            "governorate",
            "city",
            "department",
            "municipality",
            "parish",
            "republic",
            "krai",
            "kray",
            "kraj",
            "division",
            "prefecture",
            "territory",
            "voivodeship",
            "canton",
            "emirate",
            "atoll",
            "island",
            "islands");

    static boolean saysItsKind(String name) {
        String lower = name.toLowerCase(Locale.ROOT).replace("’", "").replace("'", "");
        return KINDS.contains(lower.substring(lower.lastIndexOf(' ') + 1)) && lower.indexOf(' ') > 0;
    }

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
            return "in " + name + (saysItsKind(name) ? "" : " region");
        }
        return (geoPrecision >= 2 && place.isPopulatedPlace() ? "near " : "in ") + name;
    }
}
