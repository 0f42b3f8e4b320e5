package org.geobrief.geoparse.internal.resolve;

/**
 * Larger places are mentioned more often: scales each candidate by {@code (population + 1000)^0.4}, so a city of
 * 2 million outweighs a town of 25 thousand about 5 to 1 before any context is considered.
 */
final class PopulationPriorPass implements ResolutionPass {

    @Override
    public void apply(DocumentState doc) {
        for (MentionState m : doc.mentions()) {
            for (Candidate c : m.candidates) {
                c.score *= Math.pow(c.place.population() + 1000, 0.4);
            }
        }
    }
}
