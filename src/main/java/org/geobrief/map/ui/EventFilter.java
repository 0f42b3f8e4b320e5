package org.geobrief.map.ui;

import com.vaadin.flow.router.QueryParameters;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Collection;
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
 * An empty set means "any". Matching is {@link EventQuery#matches}, the database's semantics. Round-trips through
 * URL query parameters so that a reload keeps the filter.
 *
 * @param places ISO 3166-1 alpha-2 country codes or GeoNames ids (as decimal strings)
 * @param sources outlets or source file names; an article answers to both its outlet and its source
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

    /** This filter as an {@link EventQuery}: places split into country codes and geonameids. */
    public EventQuery toQuery() {
        Set<String> countries = new java.util.HashSet<>();
        Set<Long> ids = new java.util.HashSet<>();
        for (String p : places) {
            if (p.matches("\\d+")) {
                ids.add(Long.parseLong(p));
            } else {
                countries.add(p);
            }
        }
        return EventQuery.all()
                .between(from, to)
                .withTypes(types)
                .withCountries(countries)
                .withPlaceIds(ids)
                .withSources(sources)
                .withMinConfidence(minConfidence);
    }

    /** @param namesOfArticle the names an article id answers to: its source and its outlet */
    public boolean matches(GeoEvent e, Function<String, ? extends Collection<String>> namesOfArticle) {
        return toQuery().matches(e, namesOfArticle);
    }

    /** For the timeline histogram, which shows every date the other filters allow. */
    public boolean matchesIgnoringDates(GeoEvent e, Function<String, ? extends Collection<String>> namesOfArticle) {
        return toQuery().between(null, null).matches(e, namesOfArticle);
    }

    /**
     * Which of this filter's criteria each hide {@code e} on their own, in words for the analyst: "the dates
     * (2022-01-05 – 2022-01-06)", "the event types", "the places", "the sources", "the confidence". Empty when
     * {@code e} is shown.
     */
    public List<String> hiding(GeoEvent e, Function<String, ? extends Collection<String>> namesOfArticle) {
        List<String> why = new java.util.ArrayList<>();
        if ((from != null || to != null) && !ALL.withDates(from, to).matches(e, namesOfArticle))
            why.add("the dates (" + (from == null ? "…" : from) + " – " + (to == null ? "…" : to) + ")");
        if (!types.isEmpty() && !ALL.withTypes(types).matches(e, namesOfArticle)) why.add("the event types");
        if (!places.isEmpty() && !ALL.withPlaces(places).matches(e, namesOfArticle)) why.add("the places");
        if (!sources.isEmpty() && !ALL.withSources(sources).matches(e, namesOfArticle)) why.add("the sources");
        if (minConfidence > 0 && !ALL.withMinConfidence(minConfidence).matches(e, namesOfArticle))
            why.add("the confidence");
        return why;
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
