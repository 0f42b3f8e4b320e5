package org.geobrief.geoparse.internal.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A name means one place throughout a text: mentions with the same normalised name pool their candidates'
 * probabilities, and each takes the pooled distribution (a forced pick of one of them wins for all).
 */
final class OneSensePerDocumentPass implements ResolutionPass {

    @Override
    public void apply(DocumentState doc) {
        Map<String, List<MentionState>> groups = new LinkedHashMap<>();
        for (MentionState m : doc.mentions()) {
            groups.computeIfAbsent(m.key, k -> new ArrayList<>()).add(m);
        }
        for (List<MentionState> g : groups.values()) {
            if (g.size() < 2) {
                continue;
            }
            Map<Long, Double> pooled = new HashMap<>();
            for (MentionState m : g) {
                double t = m.total();
                for (Candidate c : m.candidates) {
                    pooled.merge(c.place.geonameId(), t > 0 ? c.score / t : 0, Double::sum);
                }
            }
            for (MentionState m : g) {
                for (Candidate c : m.candidates) {
                    c.score = pooled.get(c.place.geonameId());
                }
                m.normalise();
            }
        }
    }
}
