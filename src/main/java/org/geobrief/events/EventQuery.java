package org.geobrief.events;

import java.time.LocalDate;
import java.util.Set;

/**
 * Which stored events to return. Every criterion left null or empty matches everything; criteria combine with AND,
 * the values inside one set with OR.
 *
 * @param from first day, inclusive (events without a date never match a date range)
 * @param to last day, inclusive
 * @param types event types
 * @param countries ISO 3166-1 alpha-2 codes of the event's place
 * @param placeIds geonameids of the event's place
 * @param articleIds ids of articles among the event's sources
 * @param sources source names (file name, "pasted") or outlets ("Reuters") of articles among the event's sources
 * @param minConfidence lowest confidence, in [0, 1]
 * @param bbox area the event's place lies in; null for anywhere
 */
public record EventQuery(
        LocalDate from,
        LocalDate to,
        Set<EventType> types,
        Set<String> countries,
        Set<Long> placeIds,
        Set<String> articleIds,
        Set<String> sources,
        double minConfidence,
        BBox bbox) {

    /**
     * A lon/lat rectangle in WGS84 degrees, edges inclusive; {@code minLon > maxLon} crosses the antimeridian.
     */
    public record BBox(double minLon, double minLat, double maxLon, double maxLat) {
        public BBox {
            if (minLat > maxLat) {
                throw new IllegalArgumentException("minLat > maxLat");
            }
        }
    }

    public EventQuery {
        types = types == null ? Set.of() : Set.copyOf(types);
        countries = countries == null ? Set.of() : Set.copyOf(countries);
        placeIds = placeIds == null ? Set.of() : Set.copyOf(placeIds);
        articleIds = articleIds == null ? Set.of() : Set.copyOf(articleIds);
        sources = sources == null ? Set.of() : Set.copyOf(sources);
    }

    /** Every stored event. */
    public static EventQuery all() {
        return new EventQuery(null, null, null, null, null, null, null, 0, null);
    }

    public EventQuery between(LocalDate from, LocalDate to) {
        return new EventQuery(from, to, types, countries, placeIds, articleIds, sources, minConfidence, bbox);
    }

    public EventQuery withTypes(Set<EventType> types) {
        return new EventQuery(from, to, types, countries, placeIds, articleIds, sources, minConfidence, bbox);
    }

    public EventQuery withCountries(Set<String> countries) {
        return new EventQuery(from, to, types, countries, placeIds, articleIds, sources, minConfidence, bbox);
    }

    public EventQuery withPlaceIds(Set<Long> placeIds) {
        return new EventQuery(from, to, types, countries, placeIds, articleIds, sources, minConfidence, bbox);
    }

    public EventQuery withArticleIds(Set<String> articleIds) {
        return new EventQuery(from, to, types, countries, placeIds, articleIds, sources, minConfidence, bbox);
    }

    public EventQuery withSources(Set<String> sources) {
        return new EventQuery(from, to, types, countries, placeIds, articleIds, sources, minConfidence, bbox);
    }

    public EventQuery withMinConfidence(double minConfidence) {
        return new EventQuery(from, to, types, countries, placeIds, articleIds, sources, minConfidence, bbox);
    }

    public EventQuery within(BBox bbox) {
        return new EventQuery(from, to, types, countries, placeIds, articleIds, sources, minConfidence, bbox);
    }
}
