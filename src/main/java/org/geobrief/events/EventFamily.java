package org.geobrief.events;

/**
 * The families of event types an analyst maps from news. The first three are ACLED's {@code disorder_type}s (with
 * ACLED's wording); the others follow EM-DAT/GDACS (disasters, technological accidents), UNODC's ICCS (crime) and
 * common humanitarian and political-process reporting.
 */
public enum EventFamily {
    POLITICAL_VIOLENCE("Political violence", "#D55E00"),
    DEMONSTRATIONS("Demonstrations", "#E69F00"),
    STRATEGIC_DEVELOPMENTS("Strategic developments", "#CC79A7"),
    DISASTERS("Disasters", "#0072B2"),
    ACCIDENTS("Accidents", "#F0E442"),
    CRIME("Crime", "#000000"),
    HUMANITARIAN("Humanitarian", "#009E73"),
    POLITICAL_PROCESS("Political process", "#56B4E9");

    private final String label;
    private final String colour;

    EventFamily(String label, String colour) {
        this.label = label;
        this.colour = colour;
    }

    /** The family's name as exported (ACLED's {@code disorder_type} for the first three). */
    public String label() {
        return label;
    }

    /**
     * The family's colour, "#RRGGBB", from the Okabe–Ito palette, whose eight colours stay apart for the common
     * colour-vision deficiencies; one per family, shared by the map's pins and legend and the exports.
     */
    public String colour() {
        return colour;
    }

    public static EventFamily fromLabel(String label) {
        for (EventFamily f : values()) {
            if (f.label.equalsIgnoreCase(label) || f.name().equalsIgnoreCase(label)) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown event family: " + label);
    }
}
