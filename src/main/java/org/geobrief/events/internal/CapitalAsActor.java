package org.geobrief.events.internal;

import java.util.regex.Pattern;
import org.geobrief.gazetteer.Place;

/**
 * A capital named as the subject of a state's act: "Beijing announced separate import duties", "Moscow expelled 23
 * diplomats", "Washington imposed sanctions". The capital stands for its government, and a government's decision is
 * located at its seat (as ACLED locates a government's announcement). A country as subject ("China retaliated") is
 * the scene at country level.
 */
final class CapitalAsActor {

    /** What follows a subject: an optional time adverbial or auxiliary, then a finite verb. */
    private static final Pattern VERB_AFTER = Pattern.compile(
            "^\\s*(?:,[^,]{1,40},\\s*)?(?:on\\s+\\p{Lu}\\p{L}+(?:\\s+\\d{1,2})?\\s+|has\\s+|had\\s+|have\\s+|also\\s+|quickly\\s+|then\\s+)?"
                    + "(?:\\p{Ll}+ed|said|says|announces|imposes|expels|signs|struck|took|sent|made|set|hit|slapped)\\b");

    private CapitalAsActor() {}

    /** True when {@code place} is a national capital and {@code after} (the text following it) opens with its verb. */
    static boolean subject(Place place, String after) {
        return "PPLC".equals(place.featureCode()) && VERB_AFTER.matcher(after).find();
    }

    /**
     * True when {@code place} is a country and {@code after} opens with its verb: "China on April 4 unveiled a list of
     * products ... subject to higher tariffs", "the U.S. on Tuesday said it would impose 25 percent duties". The state
     * acts; its act is located at the country (or at its capital when the article names it, see the extractor).
     */
    static boolean countrySubject(Place place, String after) {
        return place.isCountry() && VERB_AFTER.matcher(after).find();
    }
}
