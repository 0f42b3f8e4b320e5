package org.geobrief.events.eval;

import java.time.LocalDate;
import org.geobrief.base.GeoPoint;

/**
 * An event as a system under test reports it, by labels.
 *
 * @param article the corpus document id
 * @param date the event's day, null when the system gave none (it then matches nothing)
 * @param point where the system placed it
 * @param type type label ("Protests", "Flood")
 * @param evidence the sentence the system read it from, for reports only (may be empty)
 * @param confidence the system's confidence in the event, 0..1, for reports only (1 when it gives none)
 */
public record PredictedEvent(
        String article, LocalDate date, GeoPoint point, String type, String evidence, double confidence) {

    public PredictedEvent(String article, LocalDate date, GeoPoint point, String type, String evidence) {
        this(article, date, point, type, evidence, 1);
    }

    public PredictedEvent(String article, LocalDate date, GeoPoint point, String type) {
        this(article, date, point, type, "");
    }

    /** The type's family by {@link EventFamilies}. */
    public String family() {
        return EventFamilies.of(type);
    }
}
