package org.geobrief.geoparse.internal.resolve;

import java.util.List;
import org.geobrief.geoparse.internal.PlaceIndex;

/** The text and every mention being resolved in it. */
record DocumentState(String text, List<MentionState> mentions, PlaceIndex index) {}
