package org.geobrief.geoparse.internal.resolve;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.geobrief.gazetteer.Place;

/**
 * Places named together lie together: each candidate is scaled by {@code 1 + 6 x} its mean closeness to the other
 * names (counted once each). Its closeness to a name is the best, over that name's candidates, of closeness (1
 * within 50 km, 0.5 within 200 km, 0.15 within 600 km) times the candidate's probability relative to that name's
 * likeliest; so three small Iowa towns that are each only a fourth choice still find each other, while a far
 * namesake of a famous place adds little. Countries and continents are left out as anchors: their point says little
 * about where in them things are.
 */
final class ProximityPass implements ResolutionPass {

    static final double WEIGHT = 6;

    /** Closeness of a place to the first-level area that holds it, whose point may lie far off (Ontario). */
    static final double INSIDE = 0.5;

    /** A candidate of another name and its probability relative to that name's likeliest candidate. */
    private record Anchor(Place place, double relative) {}

    @Override
    public void apply(DocumentState doc) {
        List<MentionState> ms = doc.mentions();
        // one anchor list per distinct name (a repeated name's mentions share their candidates)
        Map<String, List<Anchor>> byName = new LinkedHashMap<>();
        for (MentionState o : ms) {
            if (byName.containsKey(o.key) || o.candidates.isEmpty()) {
                continue;
            }
            double top = o.best().score;
            List<Anchor> anchors = new ArrayList<>();
            for (Candidate a : o.candidates) {
                if (!isVast(a.place) && top > 0) {
                    anchors.add(new Anchor(a.place, a.score / top));
                }
            }
            byName.put(o.key, anchors);
        }
        if (byName.size() < 2) {
            return;
        }
        double[][] boost = new double[ms.size()][];
        for (int i = 0; i < ms.size(); i++) {
            MentionState m = ms.get(i);
            if (m.candidates.size() < 2 || m.forced != null) {
                continue;
            }
            int others = byName.size() - (byName.containsKey(m.key) ? 1 : 0);
            double[] close = new double[m.candidates.size()];
            for (Map.Entry<String, List<Anchor>> e : byName.entrySet()) {
                if (e.getKey().equals(m.key)) {
                    continue;
                }
                for (int k = 0; k < close.length; k++) {
                    Place c = m.candidates.get(k).place;
                    double best = 0;
                    for (Anchor a : e.getValue()) {
                        if (a.relative() > best) {
                            best = Math.max(best, a.relative() * closeness(c, a.place()));
                        }
                    }
                    close[k] += best;
                }
            }
            boost[i] = new double[close.length];
            double most = 1;
            for (int k = 0; k < close.length; k++) {
                boost[i][k] = 1 + WEIGHT * close[k] / others;
                most = Math.max(most, boost[i][k]);
            }
            for (int k = 0; k < close.length; k++) {
                if (CountryContextPass.isInternationalWater(m.candidates.get(k).place)) {
                    boost[i][k] = most; // an ocean is near every coast; its point says nothing of that
                }
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
                || p.featureClass().equals("L") // continents and macro-regions
                || p.featureCode().equals("CONT")
                || p.featureCode().equals("OCN");
    }

    /** A first-level area holds the places that carry its code, however far they lie from its point. */
    static boolean inside(Place place, Place area) {
        return area.isAdmin1()
                && !place.isAdmin1()
                && !place.countryCode().isEmpty()
                && place.countryCode().equals(area.countryCode())
                && place.admin1Code().equals(area.admin1Code());
    }

    static double closeness(Place a, Place b) {
        if (a.geonameId() == b.geonameId()) {
            return 0;
        }
        double km = a.point().distanceKm(b.point());
        double near = km < 50 ? 1 : km < 200 ? 0.5 : km < 600 ? 0.15 : 0;
        return inside(a, b) || inside(b, a) ? Math.max(near, INSIDE) : near;
    }
}
