package org.geobrief.geoparse.internal.resolve;

import org.geobrief.geoparse.HomeRegions;

/**
 * The outlet's home regions ({@link HomeRegions}): a town's or county's candidate in a home region is multiplied by
 * {@code 1 + 3 × share}. A mention whose likeliest reading is a country or a first-level area, or that an analyst
 * corrected, is left alone. Runs after the dateline pass, before document context, so context can still overrule it.
 */
final class HomeRegionPass implements ResolutionPass {

    private final HomeRegions home;

    HomeRegionPass(HomeRegions home) {
        this.home = home;
    }

    @Override
    public void apply(DocumentState doc) {
        if (home.isEmpty()) {
            return;
        }
        for (MentionState m : doc.mentions()) {
            if (m.forced != null || m.candidates.isEmpty() || HomeRegions.isCountryOrState(m.best().place)) {
                continue;
            }
            m.candidates.forEach(c -> c.score *= home.factor(c.place));
            m.normalise();
        }
    }
}
