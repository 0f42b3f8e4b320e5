package org.geobrief.timeline.internal;

import java.util.Locale;
import java.util.Map;

/** Month names and small number words shared by the rules. */
final class Words {

    static final String MONTH =
            "(?<month>January|February|March|April|May|June|July|August|September|October|November|December"
                    + "|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?";

    static final String MONTH_FULL =
            "(?<month>January|February|March|April|May|June|July|August|September|October|November|December)";

    static final String COUNT = "(?<n>\\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
            + "|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|a\\s+couple\\s+of|a\\s+few)";

    private static final Map<String, Integer> NUMBERS = Map.ofEntries(
            Map.entry("a", 1),
            Map.entry("an", 1),
            Map.entry("one", 1),
            Map.entry("two", 2),
            Map.entry("three", 3),
            Map.entry("four", 4),
            Map.entry("five", 5),
            Map.entry("six", 6),
            Map.entry("seven", 7),
            Map.entry("eight", 8),
            Map.entry("nine", 9),
            Map.entry("ten", 10),
            Map.entry("eleven", 11),
            Map.entry("twelve", 12),
            Map.entry("thirteen", 13),
            Map.entry("fourteen", 14),
            Map.entry("fifteen", 15),
            Map.entry("sixteen", 16),
            Map.entry("seventeen", 17),
            Map.entry("eighteen", 18),
            Map.entry("nineteen", 19),
            Map.entry("twenty", 20),
            Map.entry("thirty", 30));

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
        return Character.isDigit(w.charAt(0)) ? Integer.parseInt(w) : NUMBERS.get(w);
    }
}
