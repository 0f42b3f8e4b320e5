package org.geobrief.events;

import java.time.LocalDate;
import java.util.List;
import org.geobrief.gazetteer.Place;
import org.geobrief.timeline.TimePrecision;

/**
 * Something that happened somewhere on a day: the unit GeoBrief maps, filters and exports.
 *
 * @param id stable id derived from type, date and place, so one event reported twice keeps one id
 * @param subtype ACLED-style sub-type ("Peaceful protest", "Arrests", "Deployment of troops", ...)
 * @param geoPrecision ACLED geo precision: 1 the town itself, 2 part of a region / near a town, 3 region or country
 * @param fatalities deaths stated in the sources, null when none is stated
 * @param confidence in [0, 1]: how sure the extractor is of type, place and date together
 * @param sources every report of the event, at least one
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
        List<EventSource> sources) {}
