package org.geobrief.geoparse.internal.resolve;

import java.util.HashSet;
import java.util.Set;
import org.geobrief.gazetteer.Names;
import org.geobrief.gazetteer.Place;

/**
 * News names countries, capitals and first-level areas far more often than hamlets, buildings or historical
 * places of the same name: scales each candidate by a weight of its GeoNames feature code, and prefers entries
 * whose preferred name is the one written over those matched through an alternate name.
 */
final class FeatureClassPriorPass implements ResolutionPass {

    /** A town smaller than this that bears a country's name is weighed by {@link #TOWN_NAMED_LIKE_A_COUNTRY}. */
    static final long SMALL_TOWN = 100_000;
    /**
     * Weight of such a town: context (a US state named nearby, compounded by the two rounds of context passes) must
     * not move "Mexico" or "Jordan" to a village of that name; a qualifier still can ("Mexico, N.Y.").
     */
    static final double TOWN_NAMED_LIKE_A_COUNTRY = 0.02;

    /** Weight of a country matched by an alternate name that is the proper name of one of its own areas. */
    static final double PART_NAMED = 0.05;

    /**
     * Weight of a town or area named after the water body whose name is written ("in the Red Sea" is the sea, not
     * Egypt's Red Sea Governorate): the name ends in a water word and a water body bears exactly that name.
     */
    static final double NAMED_AFTER_WATER = 0.03;

    private static final Set<String> WATER_WORDS = Set.of("sea", "ocean", "gulf", "bay", "strait", "river", "lake");

    /** Weight of a candidate whose preferred name is the one written, over one matched only by an alternate. */
    static final double PREFERRED = 4;

    @Override
    public void apply(DocumentState doc) {
        for (MentionState m : doc.mentions()) {
            int n = m.candidates.size();
            String[] names = new String[n]; // each candidate's preferred name, normalised once
            boolean namesCountry = false;
            boolean namesWater = false;
            // "Gaza Strip" is the area of that name, not the country that lists it among its alternate names
            Set<String> partsNamed = new HashSet<>();
            for (int k = 0; k < n; k++) {
                Place p = m.candidates.get(k).place;
                names[k] = Names.normalise(p.name());
                boolean preferred = names[k].equals(m.key);
                namesCountry |= preferred && p.isCountry();
                namesWater |= preferred && p.featureClass().equals("H") && endsInWaterWord(m.key);
                if (preferred && !p.isCountry() && p.featureClass().equals("A")) {
                    partsNamed.add(p.countryCode());
                }
            }
            for (int k = 0; k < n; k++) {
                Candidate c = m.candidates.get(k);
                boolean preferred = names[k].equals(m.key);
                c.score *= weight(c.place);
                if (namesCountry && c.place.isPopulatedPlace() && c.place.population() < SMALL_TOWN) {
                    c.score *= TOWN_NAMED_LIKE_A_COUNTRY; // "Mexico" is the country, not Mexico, New York
                }
                if (namesWater && !c.place.featureClass().equals("H")) {
                    c.score *= NAMED_AFTER_WATER;
                }
                if (c.place.isCountry() && partsNamed.contains(c.place.countryCode()) && !preferred) {
                    c.score *= PART_NAMED;
                }
                if (preferred || (namesCity(c.place, names[k], m.key) && !namesCountry)) {
                    c.score *= PREFERRED; // matched by its preferred name, not only an alternate ("Gori" the town)
                }
            }
        }
    }

    static boolean endsInWaterWord(String key) {
        int space = key.lastIndexOf(' ');
        return space > 0 && WATER_WORDS.contains(key.substring(space + 1));
    }

    static double weight(Place p) {
        String code = p.featureCode();
        if (p.isCountry() || code.equals("CONT")) {
            return 8;
        }
        return switch (code) {
            case "PPLC" -> 10;
            case "OCN", "SEA" -> 5;
            case "PPLA" -> 2;
            case "ADM1" -> 1.0;
            case "PPLA2", "RGN", "GULF", "LK", "STM", "DSRT", "MTS", "PEN", "ISL", "ISLS" -> 1.3;
            case "ADM2", "PPL", "PPLA3", "PPLA4", "PPLG" -> 1;
            case "PPLX", "ADM3", "ADM4", "ADMD", "PPLL", "PPLF", "PPLR" -> 0.3;
            case "PPLH", "PPLQ", "PPLW", "PCLH", "ADM1H", "ADM2H" -> 0.05;
            default -> switch (p.featureClass()) {
                case "P", "A" -> 1;
                case "H", "T", "L" -> 0.6;
                case "S" -> 0.15;
                default -> 0.05;
            };
        };
    }

    /**
     * The written name is a city's preferred one less "City" ("New York" for New York City), or a sea's less "Ocean"
     * or "Sea" ("the Atlantic", "the Caspian"); counted as preferred unless a country bears the written name
     * ("Mexico" is the country before Mexico City).
     */
    static boolean namesCity(Place p, String name, String key) {
        return (p.isPopulatedPlace() && name.equals(key + " city"))
                || (p.featureClass().equals("H") && (name.equals(key + " ocean") || name.equals(key + " sea")));
    }
}
