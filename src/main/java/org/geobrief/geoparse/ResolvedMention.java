package org.geobrief.geoparse;

import java.util.List;
import org.geobrief.gazetteer.Place;
import org.geobrief.gazetteer.PlaceCandidate;

/**
 * A mention with the place it was resolved to (null when no candidate was good enough), the confidence of that
 * choice in [0, 1], and the ranked candidates, best first.
 */
public record ResolvedMention(PlaceMention mention, Place place, double confidence, List<PlaceCandidate> candidates) {

    public boolean isResolved() {
        return place != null;
    }
}
