package org.geobrief.events;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.geobrief.gazetteer.Place;

/**
 * Which events to return. Every criterion left null or empty matches everything; criteria combine with AND, the values
 * inside one set with OR, and {@code countries} with {@code placeIds} with OR (both say where: "in Kazakhstan or at
 * Bishkek"). The same semantics hold in the database ({@link EventCatalog#find}) and in memory ({@link #matches}).
 *
 * @param from first day, inclusive (events without a date never match a date range)
 * @param to last day, inclusive
 * @param types event types
 * @param countries ISO 3166-1 alpha-2 codes of the event's place (any case)
 * @param placeIds geonameids of the event's place
 * @param articleIds ids of articles among the event's sources
 * @param sources source names (file name, "pasted") or outlets ("Reuters") of articles among the event's sources: an
 *     article answers to both its source and its outlet
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

        /** Edges inclusive; {@code minLon > maxLon} crosses the antimeridian. */
        public boolean contains(double lon, double lat) {
            boolean inLon = minLon <= maxLon ? lon >= minLon && lon <= maxLon : lon >= minLon || lon <= maxLon;
            return inLon && lat >= minLat && lat <= maxLat;
        }
    }

    public EventQuery {
        types = types == null ? Set.of() : Set.copyOf(types);
        countries = countries == null ? Set.of() : Set.copyOf(countries);
        placeIds = placeIds == null ? Set.of() : Set.copyOf(placeIds);
        articleIds = articleIds == null ? Set.of() : Set.copyOf(articleIds);
        sources = sources == null ? Set.of() : Set.copyOf(sources);
    }

    /**
     * Whether {@code e} matches, in memory, exactly as {@link EventCatalog#find} matches stored events.
     *
     * @param namesOfArticle the names an article answers to in {@link #sources}: its source and its outlet (either may
     *     be absent); an unknown article id answers to none
     */
    public boolean matches(GeoEvent e, Function<String, ? extends Collection<String>> namesOfArticle) {
        if ((from != null || to != null) && e.date() == null) {
            return false;
        }
        if (from != null && e.date().isBefore(from) || to != null && e.date().isAfter(to)) {
            return false;
        }
        if (!types.isEmpty() && !types.contains(e.type())) {
            return false;
        }
        Place p = e.place();
        if (!countries.isEmpty() || !placeIds.isEmpty()) {
            boolean inCountry = p != null
                    && p.countryCode() != null
                    && countries.stream().anyMatch(c -> c.equalsIgnoreCase(p.countryCode()));
            boolean atPlace = p != null && placeIds.contains(p.geonameId());
            if (!inCountry && !atPlace) {
                return false;
            }
        }
        if (minConfidence > 0 && e.confidence() < minConfidence) {
            return false;
        }
        if (bbox != null
                && (p == null || !bbox.contains(p.point().lon(), p.point().lat()))) {
            return false;
        }
        List<EventSource> reports = e.sources() == null ? List.of() : e.sources();
        if (!articleIds.isEmpty()
                && reports.stream().noneMatch(s -> articleIds.contains(s.link().articleId()))) {
            return false;
        }
        if (!sources.isEmpty()
                && reports.stream().noneMatch(s -> {
                    Collection<String> names = namesOfArticle.apply(s.link().articleId());
                    return names != null && names.stream().anyMatch(sources::contains);
                })) {
            return false;
        }
        return true;
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
