package org.geobrief.geoparse.internal.resolve;

import org.geobrief.gazetteer.Place;

/** A place a mention may refer to and its running, unnormalised score (passes multiply it). */
final class Candidate {
    final Place place;
    double score = 1;

    Candidate(Place place) {
        this.place = place;
    }
}
