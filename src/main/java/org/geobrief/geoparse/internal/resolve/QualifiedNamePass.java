package org.geobrief.geoparse.internal.resolve;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.geobrief.gazetteer.Place;

/**
 * A name qualified by the next one settles both: "Paris, Texas" and "Birmingham, Ala." (the place lies in that
 * state or country), "Aktau on the Caspian Sea", "Gori near Tbilisi" (the place lies near the other one).
 */
final class QualifiedNamePass implements ResolutionPass {

    private static final Pattern COMMA = Pattern.compile("\\s*,\\s*");
    private static final Pattern NEAR = Pattern.compile("\\s+(?:on|near|outside|by)\\s+(?:the\\s+)?");
    private static final double NEAR_KM = 250;
    static final double BARE_STATE = 0.1;
    private static final Pattern STATE_AFTER = Pattern.compile("^\\s+state\\b");
    private static final Pattern STATE_BEFORE =
            Pattern.compile("\\b(?:[Ss]tate|[Gg]overnor|[Gg]ov\\.|[Pp]rovince|[Rr]egion) of\\s+$");

    @Override
    public void apply(DocumentState doc) {
        List<MentionState> ms = doc.mentions();
        String text = doc.text();
        for (MentionState m : ms) {
            int s = m.name.charStart(), e = m.name.charEnd();
            boolean after = STATE_AFTER
                    .matcher(text.substring(e, Math.min(text.length(), e + 8)))
                    .find();
            boolean before =
                    STATE_BEFORE.matcher(text.substring(Math.max(0, s - 14), s)).find();
            if (after || before) {
                // "Washington state", "the governor of Washington": the first-level area
                m.candidates.forEach(c -> c.score *= c.place.isAdmin1() ? (after ? 30 : 10) : 1);
                m.normalise();
            }
        }
        contrastWithState(ms);
        for (int i = 0; i + 1 < ms.size(); i++) {
            MentionState m = ms.get(i), q = ms.get(i + 1);
            String gap = text.substring(m.name.charEnd(), q.name.charStart());
            if (COMMA.matcher(gap).matches()) {
                containedIn(m, q);
            } else if (matches(NEAR, gap)) {
                near(m, q);
            }
        }
    }

    /**
     * A text that writes "Washington state" or "New York State" somewhere means something else by the bare name:
     * the bare name's first-level areas are scaled down by {@link #BARE_STATE}.
     */
    private static void contrastWithState(List<MentionState> ms) {
        Set<String> qualified = new HashSet<>();
        for (MentionState m : ms) {
            if (m.key.endsWith(" state") && m.candidates.stream().anyMatch(c -> c.place.isAdmin1())) {
                qualified.add(m.key.substring(0, m.key.length() - " state".length()));
            }
        }
        if (qualified.isEmpty()) {
            return;
        }
        for (MentionState m : ms) {
            if (qualified.contains(m.key) && m.forced == null) {
                m.candidates.forEach(c -> c.score *= c.place.isAdmin1() ? BARE_STATE : 1);
                m.normalise();
            }
        }
    }

    private static boolean matches(Pattern p, String s) {
        Matcher matcher = p.matcher(s);
        return matcher.matches();
    }

    /** {@code m, q}: boosts m's candidates inside one of q's countries or admin-1 areas, and those areas of q. */
    private static void containedIn(MentionState m, MentionState q) {
        boolean any = false;
        for (Candidate c : m.candidates) {
            for (Candidate area : q.candidates) {
                if (inside(c.place, area.place)) {
                    c.score *= 50;
                    area.score *= 20;
                    any = true;
                    break;
                }
            }
        }
        if (any) {
            m.normalise();
            q.normalise();
        }
    }

    static boolean inside(Place p, Place area) {
        if (p.geonameId() == area.geonameId() || p.countryCode().isEmpty()) {
            return false;
        }
        if (area.isCountry()) {
            return p.countryCode().equals(area.countryCode());
        }
        return area.isAdmin1()
                && p.countryCode().equals(area.countryCode())
                && p.admin1Code().equals(area.admin1Code())
                && !p.isAdmin1();
    }

    /** {@code m on the q}: boosts m's candidates within 250 km of q's best candidate. */
    private static void near(MentionState m, MentionState q) {
        Place anchor = q.best().place;
        for (Candidate c : m.candidates) {
            if (c.place.point().distanceKm(anchor.point()) < NEAR_KM) {
                c.score *= 20;
            }
        }
        m.normalise();
    }
}
