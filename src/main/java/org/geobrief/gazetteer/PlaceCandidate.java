package org.geobrief.gazetteer;

/**
 * A place a name may refer to, with the score the resolution passes gave it (higher is more likely; scores of
 * one mention's candidates sum to 1 once ranked).
 */
public record PlaceCandidate(Place place, double score) {}
