package org.geobrief.geoparse.internal.resolve;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A dateline names the town the story was filed from: a capitalised name that opens a line and is followed by a
 * dash, a comma or an agency in brackets ("WASHINGTON —", "ALMATY (Reuters)", "CHARLESTON, W.Va. --") scales its
 * populated-place candidates by {@link #WEIGHT}.
 */
final class DatelinePass implements ResolutionPass {

    static final double WEIGHT = 10;
    private static final Pattern AFTER = Pattern.compile("^\\s*(?:—|–|--|-|\\(|,)");

    @Override
    public void apply(DocumentState doc) {
        String text = doc.text();
        for (MentionState m : doc.mentions()) {
            if (isDateline(text, m.name.charStart(), m.name.charEnd(), m.name.text())) {
                m.candidates.forEach(c -> c.score *= c.place.isPopulatedPlace() ? WEIGHT : 1);
                m.normalise();
            }
        }
    }

    static boolean isDateline(String text, int start, int end, String name) {
        if (!name.equals(name.toUpperCase(Locale.ROOT)) || name.codePoints().noneMatch(Character::isLetter)) {
            return false;
        }
        for (int i = start - 1; i >= 0 && text.charAt(i) != '\n'; i--) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return false;
            }
        }
        return AFTER.matcher(text.substring(end, Math.min(text.length(), end + 4)))
                .find();
    }
}
