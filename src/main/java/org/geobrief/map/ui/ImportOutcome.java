package org.geobrief.map.ui;

import java.util.Set;

/**
 * What one import stored.
 *
 * @param articles articles added
 * @param events distinct events read from them
 * @param places GeoNames ids of the places they name (resolved mentions)
 * @param duplicates articles skipped because they were already stored
 */
public record ImportOutcome(int articles, int events, Set<Long> places, int duplicates) {

    public ImportOutcome {
        places = Set.copyOf(places);
    }
}
