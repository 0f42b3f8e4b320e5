package org.geobrief.cli;

import java.util.List;
import java.util.function.Function;
import org.geobrief.briefing.ArticleMeta;
import org.geobrief.events.EventQuery;
import org.geobrief.events.EventSource;
import org.geobrief.events.GeoEvent;
import org.geobrief.gazetteer.Place;

/** {@link EventQuery} applied to events in memory (events parsed from files, not stored), with its semantics. */
final class EventFilter {

    private EventFilter() {}

    static List<GeoEvent> apply(EventQuery q, List<GeoEvent> events, Function<String, ArticleMeta> articles) {
        return events.stream().filter(e -> matches(q, e, articles)).toList();
    }

    static boolean matches(EventQuery q, GeoEvent e, Function<String, ArticleMeta> articles) {
        if ((q.from() != null || q.to() != null) && e.date() == null) {
            return false;
        }
        if (q.from() != null && e.date().isBefore(q.from())
                || q.to() != null && e.date().isAfter(q.to())) {
            return false;
        }
        if (!q.types().isEmpty() && !q.types().contains(e.type())) {
            return false;
        }
        Place p = e.place();
        if (!q.countries().isEmpty() && (p == null || !q.countries().contains(p.countryCode()))) {
            return false;
        }
        if (!q.placeIds().isEmpty() && (p == null || !q.placeIds().contains(p.geonameId()))) {
            return false;
        }
        if (e.confidence() < q.minConfidence()) {
            return false;
        }
        if (q.bbox() != null
                && (p == null || !inside(q.bbox(), p.point().lon(), p.point().lat()))) {
            return false;
        }
        List<EventSource> sources = e.sources() == null ? List.of() : e.sources();
        if (!q.articleIds().isEmpty()
                && sources.stream()
                        .noneMatch(s -> q.articleIds().contains(s.link().articleId()))) {
            return false;
        }
        if (!q.sources().isEmpty()
                && sources.stream().noneMatch(s -> {
                    ArticleMeta m = articles.apply(s.link().articleId());
                    return m != null && m.outlet() != null && q.sources().contains(m.outlet());
                })) {
            return false;
        }
        return true;
    }

    /** Edges inclusive; minLon > maxLon crosses the antimeridian. */
    static boolean inside(EventQuery.BBox b, double lon, double lat) {
        boolean inLon = b.minLon() <= b.maxLon()
                ? lon >= b.minLon() && lon <= b.maxLon()
                : lon >= b.minLon() || lon <= b.maxLon();
        return inLon && lat >= b.minLat() && lat <= b.maxLat();
    }
}
