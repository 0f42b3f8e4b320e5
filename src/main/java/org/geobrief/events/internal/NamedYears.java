package org.geobrief.events.internal;

import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A year written into the noun phrase of the trigger: "the 1946 Moore's Ford lynching", "since the 2009 shooting",
 * "her 2014 crash". The phrase names an event of that year, whatever else the sentence dates; an older one is
 * background.
 */
public final class NamedYears {

    private NamedYears() {}

    /** A determiner, a year, then up to three words of the noun phrase before the trigger. */
    private static final Pattern YEAR_BEFORE = Pattern.compile(
            "\\b(?:the|a|an|that|this|his|her|their|its|since)\\s+(1[89]\\d\\d|20\\d\\d)(?:['’]s)?\\s+"
                    + "(?:[\\p{L}'’-]+\\s+){0,3}$",
            Pattern.CASE_INSENSITIVE);

    /** A word that ends a noun phrase: the year belongs to another clause ("the 2009 budget was cut after the fire"). */
    private static final Pattern CLAUSE_WORD = Pattern.compile(
            "\\b(?:was|were|is|are|had|has|have|after|before|when|while|and|or|but|that|which|who)\\b",
            Pattern.CASE_INSENSITIVE);

    /** The year named in the noun phrase that ends at {@code triggerStart}, if any. */
    public static OptionalInt of(String sentence, int triggerStart) {
        String before = sentence.substring(Math.max(0, triggerStart - 60), triggerStart);
        Matcher m = YEAR_BEFORE.matcher(before);
        if (!m.find() || CLAUSE_WORD.matcher(before.substring(m.end(1))).find()) {
            return OptionalInt.empty();
        }
        return OptionalInt.of(Integer.parseInt(m.group(1)));
    }
}
