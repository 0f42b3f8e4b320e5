package org.geobrief.events.internal;

import java.util.regex.Pattern;

/**
 * A stabbing or shooting by one person outside any armed group is a homicide only when someone died: "stabbed the
 * other girl repeatedly in the chest" is an assault, which the taxonomy does not code (CODING.md). The death may be
 * told in the sentence before or after ("stabbed him in the back. He was pronounced dead at ..."); "not
 * life-threatening" is no death.
 */
public final class Assaults {

    private static final Pattern DEATH = Pattern.compile(
            "\\b(?:kill\\w*|dead|died|dies|deaths?|deadly|fatal\\w*|murder\\w*|homicides?|slain|slaying|massacre\\w*"
                    + "|execut\\w+|behead\\w*|bod(?:y|ies)|lost\\s+(?:his|her|their)\\s+li(?:fe|ves))\\b",
            Pattern.CASE_INSENSITIVE);

    private Assaults() {}

    /** True when {@code around} (the trigger's sentence with the sentences on either side) tells of no death. */
    public static boolean withoutDeath(String around) {
        return !DEATH.matcher(around).find();
    }
}
