package org.geobrief.events.internal;

import java.util.regex.Pattern;
import org.geobrief.gazetteer.Place;

/**
 * A capital named as the subject of a state's act: "Beijing announced separate import duties", "Moscow expelled 23
 * diplomats", "Washington imposed sanctions". The capital stands for its government, and a government's decision is
 * located at its seat (as ACLED locates a government's announcement); a country as subject ("China retaliated") names
 * no town and stays no scene.
 */
final class CapitalAsActor {

    /** What follows a subject: an optional time adverbial or auxiliary, then a finite verb. */
    private static final Pattern VERB_AFTER = Pattern.compile(
            "^\\s*(?:,[^,]{1,40},\\s*)?(?:on\\s+\\p{Lu}\\p{L}+\\s+|has\\s+|had\\s+|have\\s+|also\\s+|quickly\\s+|then\\s+)?"
                    + "(?:\\p{Ll}+ed|said|says|announces|imposes|expels|signs|struck|took|sent|made|set|hit|slapped)\\b");

    private CapitalAsActor() {}

    /** True when {@code place} is a national capital and {@code after} (the text following it) opens with its verb. */
    static boolean subject(Place place, String after) {
        return "PPLC".equals(place.featureCode()) && VERB_AFTER.matcher(after).find();
    }
}
