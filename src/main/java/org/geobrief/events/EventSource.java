package org.geobrief.events;

/** One report of an event: where it was read and the sentence as written. */
public record EventSource(SourceLink link, String sentence) {}
