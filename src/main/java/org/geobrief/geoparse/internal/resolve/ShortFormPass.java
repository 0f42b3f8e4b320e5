package org.geobrief.geoparse.internal.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
        // the mentions whose name ends in a given shorter name, in text order: one pass over the names instead of
        // one per pair of mentions, which took minutes on a text of thousands of place names
        Map<String, List<MentionState>> bySuffix = new HashMap<>();
        for (MentionState full : doc.mentions()) {
            for (int i = full.key.indexOf(' '); i >= 0; i = full.key.indexOf(' ', i + 1)) {
                bySuffix.computeIfAbsent(full.key.substring(i + 1), k -> new ArrayList<>())
                        .add(full);
            }
        }
        Map<String, Optional<Place>> shortened = new HashMap<>();
        for (MentionState m : doc.mentions()) {
            if (m.forced != null || m.candidates.isEmpty() || namesCountryExactly(m)) {
                continue;
            }
            shortened
                    .computeIfAbsent(m.key, k -> countryShortenedTo(m, bySuffix.getOrDefault(k, List.of())))
                    .ifPresent(country -> take(m, country));
        }
    }

    /** The first country in {@code fulls} that the text surely names, whose name ends in {@code m}'s. */
    private static Optional<Place> countryShortenedTo(MentionState m, List<MentionState> fulls) {
        for (MentionState full : fulls) {
            if (full == m || full.candidates.isEmpty()) {
                continue;
            }
            Candidate best = full.best();
            if (best.place.isCountry() && full.probability(best) >= SURE) {
                return Optional.of(best.place);
            }
        }
        return Optional.empty();
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
