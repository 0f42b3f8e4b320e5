package org.geobrief.events;

import static org.geobrief.events.EventFamily.ACCIDENTS;
import static org.geobrief.events.EventFamily.CRIME;
import static org.geobrief.events.EventFamily.DEMONSTRATIONS;
import static org.geobrief.events.EventFamily.DISASTERS;
import static org.geobrief.events.EventFamily.HUMANITARIAN;
import static org.geobrief.events.EventFamily.POLITICAL_PROCESS;
import static org.geobrief.events.EventFamily.POLITICAL_VIOLENCE;

/**
 * Event types: ACLED's six with ACLED's labels, then the types of the other {@link EventFamily families}. Sub-types
 * are free strings in the wording of each family's scheme (ACLED's "Peaceful protest", EM-DAT's "Flash flood",
 * ICCS's "Robbery", ...). New types are appended so that ACLED's keep their order.
 */
public enum EventType {
    PROTESTS("Protests", DEMONSTRATIONS),
    RIOTS("Riots", DEMONSTRATIONS),
    BATTLES("Battles", POLITICAL_VIOLENCE),
    VIOLENCE_AGAINST_CIVILIANS("Violence against civilians", POLITICAL_VIOLENCE),
    EXPLOSIONS_REMOTE_VIOLENCE("Explosions/Remote violence", POLITICAL_VIOLENCE),
    STRATEGIC_DEVELOPMENTS("Strategic developments", EventFamily.STRATEGIC_DEVELOPMENTS),
    FLOOD("Flood", DISASTERS),
    EARTHQUAKE("Earthquake", DISASTERS),
    STORM("Storm", DISASTERS),
    WILDFIRE("Wildfire", DISASTERS),
    DROUGHT("Drought", DISASTERS),
    LANDSLIDE("Landslide", DISASTERS),
    VOLCANIC_ACTIVITY("Volcanic activity", DISASTERS),
    EPIDEMIC("Epidemic", DISASTERS),
    EXTREME_TEMPERATURE("Extreme temperature", DISASTERS),
    TRANSPORT_ACCIDENT("Transport accident", ACCIDENTS),
    STRUCTURAL_COLLAPSE("Structural collapse", ACCIDENTS),
    INDUSTRIAL_ACCIDENT("Industrial accident", ACCIDENTS),
    THEFT("Theft", CRIME),
    FRAUD("Fraud", CRIME),
    HOMICIDE("Homicide", CRIME),
    KIDNAPPING("Kidnapping", CRIME),
    TRAFFICKING_AND_SEIZURES("Trafficking and seizures", CRIME),
    DISPLACEMENT("Displacement", HUMANITARIAN),
    EVACUATION("Evacuation", HUMANITARIAN),
    AID_DELIVERY("Aid delivery", HUMANITARIAN),
    ELECTION("Election", POLITICAL_PROCESS),
    REFERENDUM("Referendum", POLITICAL_PROCESS),
    CHANGE_OF_GOVERNMENT("Change of government", POLITICAL_PROCESS),
    AGREEMENT_OR_CEASEFIRE("Agreement or ceasefire", POLITICAL_PROCESS),
    SANCTIONS("Sanctions", POLITICAL_PROCESS),
    OFFICIAL_VISIT("Official visit", POLITICAL_PROCESS);

    private final String label;
    private final EventFamily family;

    EventType(String label, EventFamily family) {
        this.label = label;
        this.family = family;
    }

    /** The type's name as written in exports and the parse JSON (ACLED's for ACLED's types). */
    public String label() {
        return label;
    }

    public EventFamily family() {
        return family;
    }

    /** True for ACLED's six types, whose events count deaths and merge by ACLED's rules. */
    public boolean isAcled() {
        return ordinal() <= STRATEGIC_DEVELOPMENTS.ordinal();
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
