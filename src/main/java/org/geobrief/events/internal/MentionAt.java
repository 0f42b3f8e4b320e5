package org.geobrief.events.internal;

import org.geobrief.geoparse.ResolvedMention;

/** A resolved mention located in the article text: UTF-16 range {@code [start, end)} of the article. */
public record MentionAt(ResolvedMention mention, int start, int end) {}
