package org.geobrief.geoparse.internal.resolve;

import java.util.Map;
import java.util.Optional;
import org.geobrief.gazetteer.Place;

/**
 * An analyst's correction is final: a mention whose normalised name has an override takes that place, added as a
 * candidate if the gazetteer did not offer it for the name.
 */
final class OverridePass implements ResolutionPass {

    private final Map<String, Long> overrides;

    OverridePass(Map<String, Long> overrides) {
        this.overrides = overrides;
    }

    @Override
    public void apply(DocumentState doc) {
        for (MentionState m : doc.mentions()) {
            Long id = overrides.get(m.key);
            if (id == null) {
                continue;
            }
            Candidate chosen = m.candidates.stream()
                    .filter(c -> c.place.geonameId() == id)
                    .findFirst()
                    .orElse(null);
            if (chosen == null) {
                Optional<Place> p = doc.index().byId(id);
                if (p.isEmpty()) {
                    continue;
                }
                chosen = new Candidate(p.get());
                m.candidates.add(chosen);
            }
            for (Candidate c : m.candidates) {
                c.score = c == chosen ? 1 : 0;
            }
            m.forced = chosen.place;
        }
    }
}
