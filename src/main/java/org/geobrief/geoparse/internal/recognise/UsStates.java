package org.geobrief.geoparse.internal.recognise;

import java.util.Map;
import java.util.Optional;

/**
 * AP-style abbreviations of US states as news datelines write them ("Birmingham, Ala."), mapped to the GeoNames
 * admin-1 code (the postal code).
 */
public final class UsStates {

    private static final Map<String, String> AP = Map.ofEntries(
            Map.entry("Ala.", "AL"),
            Map.entry("Ariz.", "AZ"),
            Map.entry("Ark.", "AR"),
            Map.entry("Calif.", "CA"),
            Map.entry("Cal.", "CA"),
            Map.entry("Colo.", "CO"),
            Map.entry("Conn.", "CT"),
            Map.entry("Del.", "DE"),
            Map.entry("Fla.", "FL"),
            Map.entry("Ga.", "GA"),
            Map.entry("Ill.", "IL"),
            Map.entry("Ind.", "IN"),
            Map.entry("Kan.", "KS"),
            Map.entry("Kans.", "KS"),
            Map.entry("Ky.", "KY"),
            Map.entry("La.", "LA"),
            Map.entry("Md.", "MD"),
            Map.entry("Mass.", "MA"),
            Map.entry("Mich.", "MI"),
            Map.entry("Minn.", "MN"),
            Map.entry("Miss.", "MS"),
            Map.entry("Mo.", "MO"),
            Map.entry("Mont.", "MT"),
            Map.entry("Neb.", "NE"),
            Map.entry("Nebr.", "NE"),
            Map.entry("Nev.", "NV"),
            Map.entry("N.H.", "NH"),
            Map.entry("N.J.", "NJ"),
            Map.entry("N.M.", "NM"),
            Map.entry("N.Y.", "NY"),
            Map.entry("N.C.", "NC"),
            Map.entry("N.D.", "ND"),
            Map.entry("Okla.", "OK"),
            Map.entry("Ore.", "OR"),
            Map.entry("Oreg.", "OR"),
            Map.entry("Pa.", "PA"),
            Map.entry("Penn.", "PA"),
            Map.entry("R.I.", "RI"),
            Map.entry("S.C.", "SC"),
            Map.entry("S.D.", "SD"),
            Map.entry("Tenn.", "TN"),
            Map.entry("Tex.", "TX"),
            Map.entry("Vt.", "VT"),
            Map.entry("Va.", "VA"),
            Map.entry("Wash.", "WA"),
            Map.entry("W.Va.", "WV"),
            Map.entry("Wis.", "WI"),
            Map.entry("Wisc.", "WI"),
            Map.entry("Wyo.", "WY"),
            Map.entry("D.C.", "DC"));

    private UsStates() {}

    /** The admin-1 code of an AP abbreviation, e.g. {@code "Ala." -> "AL"}. */
    public static Optional<String> byAbbreviation(String abbreviation) {
        return Optional.ofNullable(AP.get(abbreviation));
    }
}
