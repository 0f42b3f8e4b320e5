package org.geobrief.gazetteer;

import org.geobrief.base.GeoPoint;

/**
 * One gazetteer entry.
 *
 * @param geonameId GeoNames id; negative for entries that only Natural Earth knows (seas, deserts, regions)
 * @param name preferred English name
 * @param featureClass GeoNames feature class: A (country, admin area), P (populated place), H (water), T, L, ...
 * @param featureCode GeoNames feature code: PCLI, ADM1, PPLC, PPLA, PPL, SEA, LK, STM, RGN, DSRT, ...
 * @param countryCode ISO 3166-1 alpha-2, upper case; empty for features spanning countries (Caspian Sea)
 * @param admin1Code GeoNames admin-1 code within the country ("02" for Almaty City), empty if none
 * @param admin1Name English name of the admin-1 area, empty if none
 * @param population inhabitants, 0 when unknown
 * @param point representative position (label point for areas)
 */
public record Place(
        long geonameId,
        String name,
        String featureClass,
        String featureCode,
        String countryCode,
        String admin1Code,
        String admin1Name,
        long population,
        GeoPoint point) {

    public boolean isCountry() {
        return featureClass.equals("A") && featureCode.startsWith("PCL");
    }

    public boolean isAdmin1() {
        return featureClass.equals("A") && featureCode.equals("ADM1");
    }

    public boolean isPopulatedPlace() {
        return featureClass.equals("P");
    }
}
