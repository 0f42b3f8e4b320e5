package org.geobrief.geoparse.internal.resolve;

import java.util.HashMap;
import java.util.Map;

/**
 * A county is in the state of the article's other places. County names repeat from state to state (thirty
 * Washington Counties, a dozen Douglas Counties) and say nothing of which one by themselves, so the population prior
 * picks the biggest ("Douglas County Sheriff's Office" at Omaha beside Alexandria and Brandon, Minnesota). After the
 * context passes, a second-level area whose pick lies in a first-level area where no other name of the text was
 * placed takes its namesake in the first-level area that holds most of the other names' picks, when there is one.
 * A county qualified by its state ("Douglas County, Minnesota") is settled earlier and stays.
 */
final class CountyStatePass implements ResolutionPass {

    @Override
    public void apply(DocumentState doc) {
        // first-level areas of the other names' picks, one vote per distinct name
        Map<String, String> areaOfName = new HashMap<>();
        for (MentionState m : doc.mentions()) {
            if (m.candidates.isEmpty() || areaOfName.containsKey(m.key)) {
                continue;
            }
            String area = area(m.best());
            if (area != null && !ProximityPass.isVast(m.best().place)) {
                areaOfName.put(m.key, area);
            }
        }
        Map<String, Integer> votes = new HashMap<>();
        areaOfName.values().forEach(area -> votes.merge(area, 1, Integer::sum));
        for (MentionState m : doc.mentions()) {
            if (m.forced != null || m.candidates.size() < 2 || !isCounty(m.best())) {
                continue;
            }
            String own = areaOfName.get(m.key); // the county's own vote does not count for it
            Candidate best = m.best();
            if (votesOfOthers(votes, own, area(best)) > 0) {
                continue; // the county the text's places already point to
            }
            Candidate namesake = null;
            int most = 0;
            for (Candidate c : m.candidates) {
                int v = isCounty(c) ? votesOfOthers(votes, own, area(c)) : 0;
                if (v > most) {
                    most = v;
                    namesake = c;
                }
            }
            if (namesake != null) {
                namesake.score = best.score * 1.5;
                m.normalise();
            }
        }
    }

    /** The names placed in {@code area}, less the county's own name when its pick lies there. */
    private static int votesOfOthers(Map<String, Integer> votes, String own, String area) {
        if (area == null) {
            return 0;
        }
        return votes.getOrDefault(area, 0) - (area.equals(own) ? 1 : 0);
    }

    private static boolean isCounty(Candidate c) {
        return c.place.featureClass().equals("A") && c.place.featureCode().equals("ADM2");
    }

    /** "US.MN": the first-level area holding the candidate (or that it is), null when unknown. */
    private static String area(Candidate c) {
        return c.place.countryCode().isEmpty() || c.place.admin1Code().isEmpty()
                ? null
                : c.place.countryCode() + "." + c.place.admin1Code();
    }
}
