package org.geobrief.events.internal;

import java.util.regex.Pattern;

/**
 * Car models named after places: "A red Dodge Durango ... Shots fired from the Durango struck him" (a Dodge Durango,
 * a Chevy Tahoe, a Jeep Cherokee, a Pontiac Montana). Where the article writes the name after a carmaker once, the name
 * is the vehicle throughout, never the scene of an event.
 */
public final class VehicleNames {

    /** A carmaker's name ending just before a model name (a model year or colour may stand before the maker). */
    private static final Pattern MAKER_BEFORE = Pattern.compile(
            "\\b(?:Dodge|Ford|Chevy|Chevrolet|Jeep|Toyota|Honda|Nissan|Hyundai|Kia|GMC|Buick|Pontiac|Chrysler"
                    + "|Mercury|Lincoln|Cadillac|Volkswagen|VW|Mazda|Subaru|Mitsubishi|Plymouth|Oldsmobile|Isuzu"
                    + "|Suzuki|Volvo|Saturn|Ram)\\s+$");

    private VehicleNames() {}

    /** True when {@code article} writes {@code name} right after a carmaker's name somewhere. */
    public static boolean model(String article, String name) {
        if (name.isEmpty()) {
            return false;
        }
        for (int at = article.indexOf(name); at >= 0; at = article.indexOf(name, at + 1)) {
            if (MAKER_BEFORE
                    .matcher(article.substring(Math.max(0, at - 16), at))
                    .find()) {
                return true;
            }
        }
        return false;
    }
}
