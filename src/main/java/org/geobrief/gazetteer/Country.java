package org.geobrief.gazetteer;

import java.util.List;

/**
 * Country facts from GeoNames' country table.
 *
 * @param iso2 ISO 3166-1 alpha-2, upper case
 * @param iso3 ISO 3166-1 alpha-3
 * @param isoNumeric ISO 3166-1 numeric, as written ("020"), empty if none
 * @param geonameId GeoNames id of the country (the {@link Place} with feature code PCLI)
 * @param capitalId GeoNames id of the capital (feature code PPLC), 0 if the data has none
 * @param population inhabitants (GeoNames' figure)
 * @param areaKm2 area in km², 0 if unknown
 * @param continent GeoNames continent code: AF, AN, AS, EU, NA, OC, SA
 * @param neighbours ISO2 codes of countries sharing a land border
 */
public record Country(
        String iso2,
        String iso3,
        String isoNumeric,
        long geonameId,
        long capitalId,
        long population,
        double areaKm2,
        String continent,
        List<String> neighbours) {}
