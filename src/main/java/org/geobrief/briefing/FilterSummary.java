package org.geobrief.briefing;

import java.util.StringJoiner;
import org.geobrief.events.EventQuery;
import org.geobrief.events.EventType;

/** An {@link EventQuery} in words, for a briefing's title slide. */
public final class FilterSummary {

    private FilterSummary() {}

    /** "Protests, Riots · KZ, KG · 2022-01-01 to 2022-01-31 · confidence ≥ 0.5"; "all events" for no filter. */
    public static String of(EventQuery q) {
        StringJoiner s = new StringJoiner(" \u00B7 ");
        s.add(
                q.types().isEmpty()
                        ? "all event types"
                        : String.join(
                                ", ",
                                q.types().stream()
                                        .sorted()
                                        .map(EventType::label)
                                        .toList()));
        if (!q.countries().isEmpty()) {
            s.add(String.join(", ", q.countries().stream().sorted().toList()));
        }
        if (!q.placeIds().isEmpty()) {
            s.add(q.placeIds().size() + (q.placeIds().size() == 1 ? " place" : " places"));
        }
        if (!q.sources().isEmpty()) {
            s.add("sources: " + String.join(", ", q.sources().stream().sorted().toList()));
        }
        if (!q.articleIds().isEmpty()) {
            s.add(q.articleIds().size() + (q.articleIds().size() == 1 ? " article" : " articles"));
        }
        if (q.from() != null || q.to() != null) {
            s.add(
                    q.from() == null
                            ? "until " + q.to()
                            : q.to() == null ? "from " + q.from() : q.from() + " to " + q.to());
        }
        if (q.minConfidence() > 0) {
            s.add("confidence \u2265 " + q.minConfidence());
        }
        if (q.bbox() != null) {
            s.add(String.format(
                    java.util.Locale.ROOT,
                    "within %.2f,%.2f,%.2f,%.2f",
                    q.bbox().minLon(),
                    q.bbox().minLat(),
                    q.bbox().maxLon(),
                    q.bbox().maxLat()));
        }
        return s.toString();
    }
}
