package org.geobrief.events;

/** ACLED event types. Sub-types are free strings in ACLED's wording ("Peaceful protest", "Arrests", ...). */
public enum EventType {
    PROTESTS("Protests"),
    RIOTS("Riots"),
    BATTLES("Battles"),
    VIOLENCE_AGAINST_CIVILIANS("Violence against civilians"),
    EXPLOSIONS_REMOTE_VIOLENCE("Explosions/Remote violence"),
    STRATEGIC_DEVELOPMENTS("Strategic developments");

    private final String label;

    EventType(String label) {
        this.label = label;
    }

    /** ACLED's name for the type, as written in exports and the parse JSON. */
    public String label() {
        return label;
    }

    public static EventType fromLabel(String label) {
        for (EventType t : values()) {
            if (t.label.equalsIgnoreCase(label) || t.name().equalsIgnoreCase(label)) {
                return t;
            }
        }
        throw new IllegalArgumentException("unknown event type: " + label);
    }
}
