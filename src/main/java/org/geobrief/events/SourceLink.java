package org.geobrief.events;

import org.geobrief.base.TextSpan;

/** Where an event was read: the article and the code-point span of its sentence in the article's document. */
public record SourceLink(String articleId, TextSpan sentence) {}
