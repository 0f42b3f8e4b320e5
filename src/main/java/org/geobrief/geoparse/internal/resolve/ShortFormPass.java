package org.geobrief.geoparse.internal.resolve;

import org.geobrief.gazetteer.Names;
import org.geobrief.gazetteer.Place;

/**
 * A text that names a country in full may shorten it elsewhere: "Democratic Republic of Congo" and then "Congo"
 * (which alone is the other Congo's name). A name that ends the full name of a country the text surely names takes
 * that country, added as a candidate if the name did not offer it; unless a country is called exactly that name
 * ("Sudan" beside "South Sudan", "Guinea" beside "Papua New Guinea").
 */
final class ShortFormPass implements ResolutionPass {

    static final double SURE = 0.5;
    static final double WEIGHT = 20;

    @Override
    public void apply(DocumentState doc) {
        for (MentionState m : doc.mentions()) {
            if (m.forced != null || m.candidates.isEmpty() || namesCountryExactly(m)) {
                continue;
            }
            for (MentionState full : doc.mentions()) {
                if (full == m || !full.key.endsWith(" " + m.key) || full.candidates.isEmpty()) {
                    continue;
                }
                Candidate best = full.best();
                if (!best.place.isCountry() || full.probability(best) < SURE) {
                    continue;
                }
                take(m, best.place);
                break;
            }
        }
    }

    private static boolean namesCountryExactly(MentionState m) {
        return m.candidates.stream()
                .anyMatch(c ->
                        c.place.isCountry() && Names.normalise(c.place.name()).equals(m.key));
    }

    private static void take(MentionState m, Place country) {
        Candidate hit = m.candidates.stream()
                .filter(c -> c.place.geonameId() == country.geonameId())
                .findFirst()
                .orElse(null);
        if (hit == null) {
            hit = new Candidate(country);
            hit.score = m.best().score;
            m.candidates.add(hit);
        }
        hit.score *= WEIGHT;
        m.normalise();
    }
}
