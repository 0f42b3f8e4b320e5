package org.geobrief.geoparse.eval;

import java.time.LocalDate;
import java.util.List;

/**
 * One corpus document: its text, publication date (null if unknown), the host of the outlet that published it (LGL's
 * {@code <domain>}, "thetowntalk.com"; null when the corpus does not say, as in GeoWebNews) and the gold toponyms
 * that count.
 */
public record EvalDocument(String id, String text, LocalDate published, String domain, List<Toponym> gold) {}
