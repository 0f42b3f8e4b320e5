package org.geobrief.events.internal;

import java.util.regex.Pattern;

/**
 * A place name that is only part of a longer name is not the scene of an event. News names roads, streets and streams
 * after towns and states, and the gazetteer often knows the short name but not the long one: "went off the road in
 * Sand Creek Township" (not Sand, Bavaria), "at the intersection of Northeast 180th Avenue and U.S. 27A" (a highway,
 * not the United States), "a four-car crash at Vegas Drive and Decatur Boulevard" (not Decatur), "Ten Sent to
 * Pre-Trial Custody" (not Prato, which "Pre" was read as). Three forms, each a rule of how such names are written:
 *
 * <ul>
 *   <li><b>hyphened</b>: the name is joined by a hyphen to a following word ("Moscow-led", "Kabul-based",
 *       "Pre-Trial");
 *   <li><b>route number</b>: a country or a state followed by a route number ("U.S. 27A", "Texas 71", "US 1");
 *   <li><b>street or stream</b>: the name followed by at most two capitalised words and a street or stream word
 *       ("Decatur Boulevard", "Hungerford St.", "Sand Creek Township", "Jordan River"); not when a further capitalised word
 *       makes it an agency's or a building's name ("the Florida Highway Patrol", "Texas Avenue Bridge").
 * </ul>
 */
public final class NameParts {

    /** A hyphen and a letter right after the name. */
    private static final Pattern HYPHENED = Pattern.compile("^-\\p{L}");

    /** A route number after a country's or a state's name: "U.S. 27A", "Texas 71" (not a 5-digit ZIP code). */
    private static final Pattern ROUTE_NUMBER = Pattern.compile("^\\.?\\s+\\d{1,3}[A-Z]?\\b(?![,.]?\\d)");

    /** A street, road or stream word after the name, with at most two capitalised words between. */
    private static final Pattern STREET_OR_STREAM = Pattern.compile(
            "^\\s+(?:\\p{Lu}[\\p{L}'’-]*\\s+){0,2}(?:Street|St\\.|Avenue|Ave\\.|Road|Rd\\.|Boulevard|Blvd\\.?|Drive|Dr\\."
                    + "|Lane|Ln\\.|Highway|Hwy\\.?|Parkway|Pkwy\\.?|Pike|Turnpike|Creek|River|Bayou)(?![\\p{L}])"
                    + "(?:\\s+Township)?(?!\\s+\\p{Lu})");

    private NameParts() {}

    /**
     * The form that makes the name at chars {@code [start, end)} of {@code text} part of a longer name, or null when it
     * stands alone. {@code countryOrState}: the name was resolved to a country or a first-level area (only those are
     * read before a route number: "Gainesville 32601" is an address).
     */
    public static String partOf(String text, int start, int end, boolean countryOrState) {
        String after = text.substring(end, Math.min(text.length(), end + 60));
        if (HYPHENED.matcher(after).find()) {
            return "hyphened";
        }
        if (countryOrState && ROUTE_NUMBER.matcher(after).find()) {
            return "route number";
        }
        if (STREET_OR_STREAM.matcher(after).find()) {
            return "street or stream";
        }
        return null;
    }
}
