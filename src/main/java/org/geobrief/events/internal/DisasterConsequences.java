package org.geobrief.events.internal;

import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import org.geobrief.events.EventFamily;
import org.geobrief.events.EventType;
import org.geobrief.events.GeoEvent;

/**
 * People moved out by a disaster or an accident the same article reports are part of it, not an event of their own:
 * "the slide forced the evacuation of one family" beside the mudslide at East Bank, "left 18 tenants homeless" beside
 * the house fire (CODING.md: the displacement is part of the fire). An evacuation or a displacement goes when a
 * disaster or an accident of the article lies within {@value #NEAR_KM} km of it on the same day; one on another day
 * may be the only trace of a second fire (GWN 124: "two people had to be evacuated" the night before), and one caused
 * by fighting stays (political violence is no cause here).
 */
public final class DisasterConsequences {

    static final double NEAR_KM = 25;

    static final int DAYS = 0;

    private static final Set<EventType> MOVES = Set.of(EventType.EVACUATION, EventType.DISPLACEMENT);

    private DisasterConsequences() {}

    /** {@code events} of one article without the evacuations and displacements its disasters and accidents caused. */
    public static List<GeoEvent> withoutConsequences(List<GeoEvent> events) {
        List<GeoEvent> causes =
                events.stream().filter(DisasterConsequences::cause).toList();
        if (causes.isEmpty()) {
            return events;
        }
        return events.stream()
                .filter(e -> !(MOVES.contains(e.type()) && causes.stream().anyMatch(c -> near(c, e))))
                .toList();
    }

    private static boolean cause(GeoEvent e) {
        EventFamily f = e.type().family();
        return !e.planned() && (f == EventFamily.DISASTERS || f == EventFamily.ACCIDENTS);
    }

    private static boolean near(GeoEvent cause, GeoEvent move) {
        if (cause.place() == null || move.place() == null || cause.date() == null || move.date() == null) {
            return false;
        }
        return Math.abs(ChronoUnit.DAYS.between(cause.date(), move.date())) <= DAYS
                && cause.place().point().distanceKm(move.place().point()) <= NEAR_KM;
    }
}
