package org.geobrief.map.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import java.util.List;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.geobrief.gazetteer.Place;

/** A place search over the gazetteer: type a name, choose a place, and the map flies there. */
class PlaceSearch extends ComboBox<Place> {

    PlaceSearch(BiFunction<String, Integer, List<Place>> search) {
        setId("place-search");
        setPlaceholder("Go to a place…");
        setAriaLabel("Go to a place");
        setClearButtonVisible(true);
        setWidth("16em");
        setItemLabelGenerator(PlaceSearch::label);
        setItems(query -> {
            String text = query.getFilter().orElse("").strip();
            int offset = query.getOffset();
            int limit = query.getLimit();
            // the combo box asks page by page; the gazetteer answers the first page only, most important first
            if (text.length() < 2 || offset > 0) return Stream.empty();
            return search.apply(text, Math.min(limit, 20)).stream();
        });
    }

    /** "Almaty, Almaty City, KZ"; "Kazakhstan (country)". */
    static String label(Place p) {
        if (p.isCountry()) return p.name() + " (country)";
        StringBuilder s = new StringBuilder(p.name());
        if (!p.admin1Name().isBlank() && !p.admin1Name().equals(p.name()))
            s.append(", ").append(p.admin1Name());
        if (!p.countryCode().isBlank()) s.append(", ").append(p.countryCode());
        if (p.isAdmin1()) s.append(" (region)");
        return s.toString();
    }

    /** How close to fly: a country whole, a region, a town with its streets' surroundings. */
    static double zoomFor(Place p) {
        if (p.isCountry()) return 5;
        if (p.isAdmin1()) return 7;
        if (!p.isPopulatedPlace()) return 7;
        return p.population() > 1_000_000 ? 9 : 10;
    }
}
