package org.geobrief.geoparse;

import org.geobrief.base.TextSpan;

/** A place name as written in the text: its surface form and code-point span. */
public record PlaceMention(String text, TextSpan span, MentionKind kind) {}
