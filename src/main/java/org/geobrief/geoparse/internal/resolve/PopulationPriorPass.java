package org.geobrief.geoparse.internal.resolve;

/**
 * Larger places are mentioned more often: scales each candidate by {@code (population + 1000)^0.4}, so a city of
 * 2 million outweighs a town of 25 thousand about 5 to 1 before any context is considered.
 */
final class PopulationPriorPass implements ResolutionPass {

    static final double EXPONENT = 0.4;

    @Override
    public void apply(DocumentState doc) {
        for (MentionState m : doc.mentions()) {
            for (Candidate c : m.candidates) {
                // a first-level area's population is the sum of its towns': count a quarter so that a city-state
                // of the same name (New York, Almaty) is not outranked by its province
                long pop = c.place.isAdmin1() ? c.place.population() / 4 : c.place.population();
                c.score *= Math.pow(pop + 1000, EXPONENT);
            }
        }
    }
}
