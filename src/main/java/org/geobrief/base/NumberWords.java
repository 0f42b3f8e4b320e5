package org.geobrief.base;

import java.util.Locale;
import java.util.Map;

/** English number words as news writes them ("eight", "a hundred"), shared by the date and fatality rules. */
public final class NumberWords {

    private static final Map<String, Integer> VALUES = Map.ofEntries(
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
            Map.entry("thirty", 30),
            Map.entry("forty", 40),
            Map.entry("fifty", 50),
            Map.entry("sixty", 60),
            Map.entry("seventy", 70),
            Map.entry("eighty", 80),
            Map.entry("ninety", 90),
            Map.entry("a hundred", 100));

    private NumberWords() {}

    /**
     * The value of digits ("1,200") or a number word, case- and spacing-insensitive; null for anything else
     * (including vague counts such as "dozens").
     */
    public static Integer value(String word) {
        String w = word.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        if (!w.isEmpty() && Character.isDigit(w.charAt(0))) {
            return Integer.parseInt(w.replace(",", ""));
        }
        return VALUES.get(w);
    }
}
