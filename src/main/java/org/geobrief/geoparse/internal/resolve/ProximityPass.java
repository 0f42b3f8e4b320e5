package org.geobrief.geoparse.internal.resolve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.geobrief.gazetteer.Place;

/**
 * Places named together lie together: each candidate is scaled by {@code 1 + 6 x} the mean closeness of the other
 * names' likely places (1 within 50 km, 0.5 within 200 km, 0.15 within 600 km). Countries and continents are
 * left out as anchors: their point says little about where in them things are.
 */
final class ProximityPass implements ResolutionPass {

    static final double WEIGHT = 6;
    private static final int ANCHORS_PER_MENTION = 3;

    /** A likely place of one mention and its probability. */
    private record Anchor(MentionState owner, Place place, double p) {}

    @Override
    public void apply(DocumentState doc) {
        List<MentionState> ms = doc.mentions();
        List<Anchor> anchors = new ArrayList<>();
        for (MentionState o : ms) {
            double t = o.total();
            o.candidates.stream()
                    .sorted(Comparator.comparingDouble((Candidate c) -> -c.score))
                    .limit(ANCHORS_PER_MENTION)
                    .filter(a -> !isVast(a.place) && t > 0)
                    .forEach(a -> anchors.add(new Anchor(o, a.place, a.score / t)));
        }
        long names = ms.stream().map(m -> m.key).distinct().count();
        double[][] boost = new double[ms.size()][];
        for (int i = 0; i < ms.size(); i++) {
            MentionState m = ms.get(i);
            if (m.candidates.size() < 2 || m.forced != null) {
                continue;
            }
            long others = ms.stream().filter(o -> !o.key.equals(m.key)).count();
            double[] close = new double[m.candidates.size()];
            for (Anchor a : anchors) {
                if (a.owner() == m || a.owner().key.equals(m.key)) {
                    continue;
                }
                for (int k = 0; k < close.length; k++) {
                    close[k] += a.p() * closeness(m.candidates.get(k).place, a.place());
                }
            }
            boost[i] = new double[close.length];
            for (int k = 0; k < close.length; k++) {
                boost[i][k] = others == 0 || names < 2 ? 1 : 1 + WEIGHT * close[k] / others;
            }
        }
        for (int i = 0; i < ms.size(); i++) {
            MentionState m = ms.get(i);
            if (boost[i] == null) {
                continue;
            }
            for (int k = 0; k < m.candidates.size(); k++) {
                m.candidates.get(k).score *= boost[i][k];
            }
            m.normalise();
        }
    }

    static boolean isVast(Place p) {
        return p.isCountry()
                || p.featureCode().equals("CONT")
                || p.featureCode().equals("OCN");
    }

    static double closeness(Place a, Place b) {
        if (a.geonameId() == b.geonameId()) {
            return 0;
        }
        double km = a.point().distanceKm(b.point());
        return km < 50 ? 1 : km < 200 ? 0.5 : km < 600 ? 0.15 : 0;
    }
}
