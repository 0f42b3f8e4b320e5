package org.geobrief.geoparse.internal.resolve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.geobrief.gazetteer.Names;
import org.geobrief.gazetteer.Place;
import org.geobrief.geoparse.internal.recognise.RecognisedName;

/** One mention during resolution: the recognised name and its candidates with their running scores. */
final class MentionState {
    final RecognisedName name;
    final String key;
    final List<Candidate> candidates = new ArrayList<>();
    /** Set by an analyst's correction: the resolution passes do not change it. */
    Place forced;

    MentionState(RecognisedName name) {
        this.name = name;
        this.key = Names.normalise(name.text());
        for (Place p : name.candidates()) {
            candidates.add(new Candidate(p));
        }
    }

    double total() {
        double t = 0;
        for (Candidate c : candidates) {
            t += c.score;
        }
        return t;
    }

    /** The candidate's share of this mention's total score. */
    double probability(Candidate c) {
        double t = total();
        return t > 0 ? c.score / t : 0;
    }

    Candidate best() {
        return candidates.stream().max(Comparator.comparingDouble(c -> c.score)).orElseThrow();
    }

    /** Rescales scores to sum to 1, keeping their ratios (guards against under- and overflow between passes). */
    void normalise() {
        double t = total();
        if (t > 0 && Double.isFinite(t)) {
            for (Candidate c : candidates) {
                c.score /= t;
            }
        } else {
            candidates.forEach(c -> c.score = 1.0 / candidates.size());
        }
    }
}
