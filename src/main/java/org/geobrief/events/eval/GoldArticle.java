package org.geobrief.events.eval;

import java.time.LocalDate;

/**
 * One coded article of the gold set; it may have no events (then every event found in it is a false positive).
 *
 * @param id the corpus document id (GeoWebNews' {@code file} attribute)
 * @param published the publication date the coder derived
 * @param publishedFrom how it was derived (link URL, a dated statement in the text, an estimate)
 */
public record GoldArticle(String id, LocalDate published, String publishedFrom) {}
