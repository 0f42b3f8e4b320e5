package org.geobrief.events.eval;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The event taxonomy's families by type label (the table in issue 16): ACLED's six types keep their labels, the
 * other families add theirs. Scoring goes by label so that it reads the same before and after {@code EventType}
 * gains families and new types.
 */
public final class EventFamilies {

    /** Family labels in the taxonomy's order, each with its type labels. */
    public static final Map<String, List<String>> TYPES_BY_FAMILY = families();

    private static final Map<String, String> FAMILY_BY_TYPE = index();

    private EventFamilies() {}

    /** The family of a type label (case-insensitive); "Other" for a label outside the taxonomy. */
    public static String of(String typeLabel) {
        return FAMILY_BY_TYPE.getOrDefault(typeLabel.toLowerCase(Locale.ROOT), "Other");
    }

    public static boolean isKnownType(String typeLabel) {
        return FAMILY_BY_TYPE.containsKey(typeLabel.toLowerCase(Locale.ROOT));
    }

    private static Map<String, List<String>> families() {
        Map<String, List<String>> m = new LinkedHashMap<>();
        m.put("Political violence", List.of("Battles", "Explosions/Remote violence", "Violence against civilians"));
        m.put("Demonstrations", List.of("Protests", "Riots"));
        m.put("Strategic developments", List.of("Strategic developments"));
        m.put(
                "Disasters",
                List.of(
                        "Flood",
                        "Earthquake",
                        "Storm",
                        "Wildfire",
                        "Drought",
                        "Landslide",
                        "Volcanic activity",
                        "Epidemic",
                        "Extreme temperature"));
        m.put("Accidents", List.of("Transport accident", "Structural collapse", "Industrial accident"));
        m.put("Crime", List.of("Theft", "Fraud", "Homicide", "Kidnapping", "Trafficking and seizures"));
        m.put("Humanitarian", List.of("Displacement", "Evacuation", "Aid delivery"));
        m.put(
                "Political process",
                List.of(
                        "Election",
                        "Referendum",
                        "Change of government",
                        "Agreement or ceasefire",
                        "Sanctions",
                        "Official visit"));
        return java.util.Collections.unmodifiableMap(m);
    }

    private static Map<String, String> index() {
        Map<String, String> m = new LinkedHashMap<>();
        TYPES_BY_FAMILY.forEach((family, types) -> types.forEach(t -> m.put(t.toLowerCase(Locale.ROOT), family)));
        return Map.copyOf(m);
    }
}
