package org.geobrief.geoparse.internal.recognise;

import java.util.List;
import org.geobrief.gazetteer.Place;
import org.geobrief.geoparse.MentionKind;

/**
 * A name the recogniser took for a place, before resolution.
 *
 * @param charStart UTF-16 offset of the name in the text
 * @param charEnd UTF-16 offset after the name
 * @param text the name as written
 * @param kind toponym, or demonym standing for its country
 * @param candidates the gazetteer entries the name may refer to, never empty
 * @param evidence how strongly the text says this is a place name (0 at the acceptance threshold, higher is surer)
 */
public record RecognisedName(
        int charStart, int charEnd, String text, MentionKind kind, List<Place> candidates, double evidence) {}
