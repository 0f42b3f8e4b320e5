package org.geobrief.geoparse.eval;

import java.time.LocalDate;
import java.util.List;

/** One corpus document: its text, publication date (null if unknown) and the gold toponyms that count. */
public record EvalDocument(String id, String text, LocalDate published, List<Toponym> gold) {}
