package org.geobrief.events;

import java.time.LocalDate;
import java.util.SortedMap;

/**
 * Events per day in one area, twice from one pass over it: all of them (the timeline's background bars) and those
 * that also match the filters (the bars drawn inside). Days without events are absent; undated events not counted.
 *
 * @param all events per day in the area
 * @param matching of those, the ones matching the filters
 */
public record EventDays(SortedMap<LocalDate, Integer> all, SortedMap<LocalDate, Integer> matching) {}
