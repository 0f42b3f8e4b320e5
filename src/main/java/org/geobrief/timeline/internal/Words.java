package org.geobrief.timeline.internal;

import java.util.Locale;
import org.geobrief.base.NumberWords;

/** Month names and small number words shared by the rules. */
final class Words {

    static final String MONTH =
            "(?<month>January|February|March|April|May|June|July|August|September|October|November|December"
                    + "|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?";

    static final String MONTH_FULL =
            "(?<month>January|February|March|April|May|June|July|August|September|October|November|December)";

    static final String COUNT = "(?<n>\\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
            + "|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|a\\s+couple\\s+of|a\\s+few)";

    private Words() {}

    static int month(String name) {
        String m = name.toLowerCase(Locale.ROOT).substring(0, 3);
        return switch (m) {
            case "jan" -> 1;
            case "feb" -> 2;
            case "mar" -> 3;
            case "apr" -> 4;
            case "may" -> 5;
            case "jun" -> 6;
            case "jul" -> 7;
            case "aug" -> 8;
            case "sep" -> 9;
            case "oct" -> 10;
            case "nov" -> 11;
            case "dec" -> 12;
            default -> throw new IllegalArgumentException(name);
        };
    }

    /** The value of a {@link #COUNT} match; -1 for vague counts ("a few", "a couple of"). */
    static int count(String word) {
        String w = word.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        if (w.startsWith("a couple") || w.equals("a few")) {
            return -1;
        }
        return NumberWords.value(w);
    }
}
