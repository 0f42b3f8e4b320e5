package org.geobrief.geoparse.internal;

import java.util.List;
import java.util.Map;
import org.geobrief.base.GeoPoint;
import org.geobrief.gazetteer.Names;
import org.geobrief.gazetteer.Place;

/**
 * The seven continents as GeoNames lists them (feature code CONT, GeoNames ids and points), for names and
 * adjectives ("Europe", "African") that news uses often. The bundled gazetteer does not carry continents yet;
 * {@link #withContinents} adds them to any index that lacks them.
 */
public final class Continents {

    private static final List<Place> ALL = List.of(
            cont(6255146, "Africa", 7.1881, 21.09375),
            cont(6255147, "Asia", 29.84064, 89.29688),
            cont(6255148, "Europe", 48.69096, 9.14062),
            cont(6255149, "North America", 46.07323, -100.54688),
            cont(6255150, "South America", -14.60485, -57.65625),
            cont(6255151, "Oceania", -18.31281, 138.51563),
            cont(6255152, "Antarctica", -78.15856, 16.40626));

    private static final Map<String, Place> BY_NAME = Map.of(
            "africa", ALL.get(0),
            "asia", ALL.get(1),
            "europe", ALL.get(2),
            "north america", ALL.get(3),
            "south america", ALL.get(4),
            "oceania", ALL.get(5),
            "antarctica", ALL.get(6));

    private Continents() {}

    /** {@code index}, answering continent names with the continent first when the index does not know it. */
    public static PlaceIndex withContinents(PlaceIndex index) {
        return new PlaceIndex() {
            @Override
            public List<Place> candidates(String name) {
                List<Place> c = index.candidates(name);
                Place cont = BY_NAME.get(Names.normalise(name));
                if (cont == null || c.stream().anyMatch(p -> p.featureCode().equals("CONT"))) {
                    return c;
                }
                return java.util.stream.Stream.concat(java.util.stream.Stream.of(cont), c.stream())
                        .toList();
            }

            @Override
            public boolean isName(String normalisedName) {
                return BY_NAME.containsKey(normalisedName) || index.isName(normalisedName);
            }

            @Override
            public java.util.Optional<Place> byId(long geonameId) {
                return ALL.stream()
                        .filter(p -> p.geonameId() == geonameId)
                        .findFirst()
                        .or(() -> index.byId(geonameId));
            }

            @Override
            public java.util.Optional<Place> country(String iso2) {
                return index.country(iso2);
            }

            @Override
            public java.util.Optional<Place> admin1(String countryCode, String admin1Code) {
                return index.admin1(countryCode, admin1Code);
            }
        };
    }

    private static Place cont(long id, String name, double lat, double lon) {
        return new Place(id, name, "L", "CONT", "", "", "", 0, new GeoPoint(lat, lon));
    }
}
