package org.geobrief.events.internal;

import java.util.Set;
import org.geobrief.events.EventType;

/**
 * An old case referred to again. Once an article has told an event of a type as background (older than the window,
 * named by its year, retold from an earlier telling), a later definite noun of that type with no date of its own
 * ("Police did not say how they connected Smith with the homicide", after "Hill was found dead in December") names
 * that old case, not a new occurrence. Issue 16, session 10: retold cases are the commonest false event of local crime
 * news.
 */
public final class OldCases {

    private OldCases() {}

    /** True when {@code hit} is a definite noun ("the homicide") of a type the article has told only as background. */
    public static boolean refersTo(String sentence, TriggerLexicon.Hit hit, EventType type, Set<EventType> old) {
        return old.contains(type) && BackReferences.definiteNoun(sentence, hit);
    }
}
