package org.geobrief.map.ui;

import java.util.Set;

/**
 * What one import stored.
 *
 * @param articles articles added
 * @param eventIds the stored events they report (an event that several imports report counts once in a summary)
 * @param places GeoNames ids of the places they name (resolved mentions)
 * @param duplicates articles skipped because they were already stored
 */
public record ImportOutcome(int articles, Set<String> eventIds, Set<Long> places, int duplicates) {

    public ImportOutcome {
        eventIds = Set.copyOf(eventIds);
        places = Set.copyOf(places);
    }

    public int events() {
        return eventIds.size();
    }
}
