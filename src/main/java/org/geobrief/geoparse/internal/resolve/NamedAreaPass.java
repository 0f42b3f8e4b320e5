package org.geobrief.geoparse.internal.resolve;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.geobrief.gazetteer.Place;

/**
 * A text that names an area and places in it is about that area: for every first- or second-level area a mention
 * most likely is ("Texas", "Henry County"), each other name's candidates inside it are scaled by
 * {@code 1 + WEIGHT x share}, where share is the part of the text's other names (counted once each) whose likely
 * place is that area or lies in it. A name never supports itself, and names of areas are left alone ("Oregon" stays
 * the state in a text about Illinois).
 */
final class NamedAreaPass implements ResolutionPass {

    static final double WEIGHT = 10;
    /** A county's reach from its point, standing in for its boundary. */
    static final double ADMIN2_KM = 45;
    /** How sure a mention must be before it anchors or counts. */
    static final double SURE = 0.5;

    @Override
    public void apply(DocumentState doc) {
        List<Place> areas = new ArrayList<>();
        for (MentionState m : doc.mentions()) {
            Place best = likely(m);
            if (best != null && isArea(best) && !areas.contains(best)) {
                areas.add(best);
            }
        }
        if (areas.isEmpty()) {
            return;
        }
        for (MentionState m : doc.mentions()) {
            if (m.forced != null || m.candidates.size() < 2 || isAboveTown(m.best().place)) {
                continue;
            }
            // the other names, once each, with their likely places
            Set<String> keys = new HashSet<>();
            List<Place> others = new ArrayList<>();
            for (MentionState o : doc.mentions()) {
                Place p = likely(o);
                if (!o.key.equals(m.key) && p != null && keys.add(o.key)) {
                    others.add(p);
                }
            }
            if (others.isEmpty()) {
                continue;
            }
            boolean changed = false;
            for (Place area : areas) {
                long in = others.stream()
                        .filter(p -> p.equals(area) || inside(p, area))
                        .count();
                if (in == 0 || others.stream().noneMatch(p -> p.equals(area))) {
                    continue; // the area itself is named only by this mention
                }
                double boost = 1 + WEIGHT * in / others.size();
                for (Candidate c : m.candidates) {
                    if (inside(c.place, area)) {
                        c.score *= boost;
                        changed = true;
                    }
                }
            }
            if (changed) {
                m.normalise();
            }
        }
    }

    private static Place likely(MentionState m) {
        if (m.candidates.isEmpty()) {
            return null;
        }
        Candidate best = m.best();
        return m.probability(best) >= SURE ? best.place : null;
    }

    static boolean isArea(Place p) {
        return p.isAdmin1() || p.featureCode().equals("ADM2");
    }

    private static boolean isAboveTown(Place p) {
        return p.isCountry() || p.isAdmin1() || p.featureClass().equals("L");
    }

    static boolean inside(Place p, Place area) {
        if (p.geonameId() == area.geonameId()
                || !p.countryCode().equals(area.countryCode())
                || !p.admin1Code().equals(area.admin1Code())
                || isAboveTown(p)) {
            return false;
        }
        return area.isAdmin1() || p.point().distanceKm(area.point()) < ADMIN2_KM;
    }
}
