package org.geobrief.events;

import java.time.LocalDate;
import java.util.List;
import org.geobrief.gazetteer.Place;
import org.geobrief.timeline.TimePrecision;

/**
 * Something that happened, or is announced to happen, somewhere on a day: the unit GeoBrief maps, filters and
 * exports.
 *
 * @param id stable id derived from type, date and place, so one event reported twice keeps one id
 * @param subtype the sub-type in the wording of the type's scheme ("Peaceful protest", "Flash flood", "Robbery", ...)
 * @param geoPrecision ACLED geo precision: 1 the town itself, 2 part of a region / near a town, 3 region or country
 * @param fatalities deaths stated in the sources, null when none is stated
 * @param confidence in [0, 1]: how sure the extractor is of type, place and date together
 * @param sources every report of the event, at least one
 * @param planned true when the sources announce or schedule the event ("elections next month") rather than report
 *     it; its date may then lie after publication
 */
public record GeoEvent(
        String id,
        EventType type,
        String subtype,
        LocalDate date,
        TimePrecision timePrecision,
        int geoPrecision,
        Place place,
        List<String> actors,
        Integer fatalities,
        double confidence,
        List<EventSource> sources,
        boolean planned) {

    /** An event that happened (not {@link #planned}). */
    public GeoEvent(
            String id,
            EventType type,
            String subtype,
            LocalDate date,
            TimePrecision timePrecision,
            int geoPrecision,
            Place place,
            List<String> actors,
            Integer fatalities,
            double confidence,
            List<EventSource> sources) {
        this(
                id,
                type,
                subtype,
                date,
                timePrecision,
                geoPrecision,
                place,
                actors,
                fatalities,
                confidence,
                sources,
                false);
    }

    /** The type's family; null when the type is. */
    public EventFamily family() {
        return type == null ? null : type.family();
    }

    /**
     * Where the event is known to have happened, in plain words for a reader: "in Almaty" (the town), "near Almaty"
     * (around it, geo precision 2), "in Mangystau region" (only the admin-1 area is known), "somewhere in
     * Kazakhstan" (only the country).
     */
    public String whereInWords() {
        return LocationPrecision.of(place, geoPrecision);
    }

    /**
     * When the event is known to have happened, in plain words for a reader: "2022-01-05" (the day), "the week of
     * 2022-01-05" (only the week, within three days of that day), "January 2022" (only the month), "not stated".
     */
    public String whenInWords() {
        if (date == null) {
            return "not stated";
        }
        if (timePrecision == null) {
            return date.toString();
        }
        return switch (timePrecision) {
            case DAY -> date.toString();
            case WEEK -> "the week of " + date;
            case MONTH -> date.getMonth().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH)
                    + " " + date.getYear();
        };
    }
}
