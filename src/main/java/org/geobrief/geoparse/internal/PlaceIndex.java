package org.geobrief.geoparse.internal;

import java.util.List;
import java.util.Optional;
import org.geobrief.gazetteer.Place;

/**
 * What the geoparser needs from a gazetteer: name look-up (case-, diacritic- and punctuation-insensitive) and the
 * country and admin-1 entries by code. The bundled gazetteer implements it for the app; tests use a few hand-made
 * places.
 */
public interface PlaceIndex {

    /** Places that go by {@code name}, in no particular order; empty when the name is unknown. */
    List<Place> candidates(String name);

    /** Whether some place goes by {@code normalisedName} (already in {@link org.geobrief.gazetteer.Names} form). */
    default boolean isName(String normalisedName) {
        return !candidates(normalisedName).isEmpty();
    }

    Optional<Place> byId(long geonameId);

    Optional<Place> country(String iso2);

    Optional<Place> admin1(String countryCode, String admin1Code);
}
