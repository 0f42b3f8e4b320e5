package org.geobrief.map.ui;

import com.vaadin.flow.router.QueryParameters;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.geobrief.events.EventQuery;
import org.geobrief.events.EventType;
import org.geobrief.events.GeoEvent;

/**
 * What the dashboard shows: events dated within [{@code from}, {@code to}] (inclusive, null for open), of one of
 * {@code types}, at one of {@code places}, reported by one of {@code sources}, with at least {@code minConfidence}.
 * An empty set means "any". Round-trips through URL query parameters so that a reload keeps the filter.
 *
 * @param places ISO 3166-1 alpha-2 country codes or GeoNames ids (as decimal strings)
 * @param sources outlet names (or source file names when an article has no outlet)
 */
public record EventFilter(
        LocalDate from,
        LocalDate to,
        Set<EventType> types,
        Set<String> places,
        Set<String> sources,
        double minConfidence) {

    public static final EventFilter ALL = new EventFilter(null, null, Set.of(), Set.of(), Set.of(), 0);

    public EventFilter {
        types = types.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(types));
        places = Set.copyOf(places);
        sources = Set.copyOf(sources);
    }

    /** @param sourceOfArticle the source name of an article id */
    public boolean matches(GeoEvent e, Function<String, String> sourceOfArticle) {
        if (!matchesIgnoringDates(e, sourceOfArticle)) return false;
        if (from == null && to == null) return true;
        // like EventQuery: an undated event never matches a date range
        return e.date() != null
                && (from == null || !e.date().isBefore(from))
                && (to == null || !e.date().isAfter(to));
    }

    /** For the timeline histogram, which shows every date the other filters allow. */
    public boolean matchesIgnoringDates(GeoEvent e, Function<String, String> sourceOfArticle) {
        return (types.isEmpty() || types.contains(e.type()))
                && e.confidence() >= minConfidence
                && (places.isEmpty()
                        || places.contains(e.place().countryCode())
                        || places.contains(Long.toString(e.place().geonameId())))
                && (sources.isEmpty()
                        || e.sources().stream()
                                .anyMatch(s -> sources.contains(
                                        sourceOfArticle.apply(s.link().articleId()))));
    }

    public EventFilter withDates(LocalDate from, LocalDate to) {
        return new EventFilter(from, to, types, places, sources, minConfidence);
    }

    public EventFilter withTypes(Set<EventType> types) {
        return new EventFilter(from, to, types, places, sources, minConfidence);
    }

    public EventFilter withPlaces(Set<String> places) {
        return new EventFilter(from, to, types, places, sources, minConfidence);
    }

    public EventFilter withSources(Set<String> sources) {
        return new EventFilter(from, to, types, places, sources, minConfidence);
    }

    public EventFilter withMinConfidence(double minConfidence) {
        return new EventFilter(from, to, types, places, sources, minConfidence);
    }

    /**
     * The same selection as an {@link EventQuery}, for a briefing's words. One difference: a filter on a country and
     * a place lets either through, a query needs both; the dashboard hands its own filtered events to the export.
     */
    public EventQuery toQuery() {
        Set<String> countries =
                places.stream().filter(p -> !p.matches("-?\\d+")).collect(Collectors.toSet());
        Set<Long> ids = places.stream()
                .filter(p -> p.matches("-?\\d+"))
                .map(Long::parseLong)
                .collect(Collectors.toSet());
        return EventQuery.all()
                .between(from, to)
                .withTypes(types)
                .withCountries(countries)
                .withPlaceIds(ids)
                .withSources(sources)
                .withMinConfidence(minConfidence);
    }

    public QueryParameters toQueryParameters() {
        Map<String, List<String>> q = new LinkedHashMap<>();
        if (from != null) q.put("from", List.of(from.toString()));
        if (to != null) q.put("to", List.of(to.toString()));
        if (!types.isEmpty())
            q.put("type", types.stream().map(Enum::name).sorted().toList());
        if (!places.isEmpty()) q.put("place", List.copyOf(new TreeSet<>(places)));
        if (!sources.isEmpty()) q.put("source", List.copyOf(new TreeSet<>(sources)));
        if (minConfidence > 0) q.put("minConfidence", List.of(Double.toString(minConfidence)));
        return new QueryParameters(q);
    }

    /** Reads a filter from URL query parameters, ignoring values it cannot read (a hand-edited URL). */
    public static EventFilter of(QueryParameters query) {
        Map<String, List<String>> q = query.getParameters();
        return new EventFilter(
                date(q.get("from")),
                date(q.get("to")),
                q.getOrDefault("type", List.of()).stream()
                        .filter(t -> Arrays.stream(EventType.values())
                                .anyMatch(v -> v.name().equals(t)))
                        .map(EventType::valueOf)
                        .collect(Collectors.toSet()),
                Set.copyOf(q.getOrDefault("place", List.of())),
                Set.copyOf(q.getOrDefault("source", List.of())),
                q.getOrDefault("minConfidence", List.of()).stream()
                        .map(EventFilter::number)
                        .findFirst()
                        .orElse(0.0));
    }

    private static LocalDate date(List<String> values) {
        try {
            return values == null || values.isEmpty() ? null : LocalDate.parse(values.get(0));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static double number(String s) {
        try {
            return Math.max(0, Math.min(1, Double.parseDouble(s)));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
