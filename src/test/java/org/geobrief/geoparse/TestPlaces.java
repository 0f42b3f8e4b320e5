package org.geobrief.geoparse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.geobrief.base.GeoPoint;
import org.geobrief.gazetteer.Names;
import org.geobrief.gazetteer.Place;
import org.geobrief.geoparse.internal.PlaceIndex;

/** A hand-made gazetteer of namesakes for unit tests (GeoNames ids, rounded figures). */
public final class TestPlaces implements PlaceIndex {

    public static final Place FRANCE = p(3017382, "France", "A", "PCLI", "FR", "", "", 67_000_000, 46, 2);
    public static final Place PARIS =
            p(2988507, "Paris", "P", "PPLC", "FR", "11", "Île-de-France", 2_138_551, 48.85, 2.35);
    public static final Place PARIS_TX = p(4717560, "Paris", "P", "PPLA2", "US", "TX", "Texas", 24_171, 33.66, -95.56);
    public static final Place TEXAS = p(4736286, "Texas", "A", "ADM1", "US", "TX", "Texas", 25_000_000, 31.25, -99.25);
    public static final Place USA = p(6252001, "United States", "A", "PCLI", "US", "", "", 327_000_000, 39.76, -98.5);
    public static final Place GEORGIA = p(614540, "Georgia", "A", "PCLI", "GE", "", "", 3_700_000, 42, 43.5);
    public static final Place GEORGIA_US =
            p(4197000, "Georgia", "A", "ADM1", "US", "GA", "Georgia", 10_000_000, 32.75, -83.5);
    public static final Place TBILISI =
            p(611717, "Tbilisi", "P", "PPLC", "GE", "TB", "Tbilisi", 1_049_498, 41.69, 44.83);
    public static final Place ATLANTA =
            p(4180439, "Atlanta", "P", "PPLA", "US", "GA", "Georgia", 463_878, 33.75, -84.39);
    public static final Place WASHINGTON_DC =
            p(4140963, "Washington, D.C.", "P", "PPLC", "US", "DC", "Washington, D.C.", 689_545, 38.9, -77.04);
    public static final Place WASHINGTON_STATE =
            p(5815135, "Washington", "A", "ADM1", "US", "WA", "Washington", 7_600_000, 47.5, -120.5);
    public static final Place SEATTLE =
            p(5809844, "Seattle", "P", "PPLA2", "US", "WA", "Washington", 737_015, 47.61, -122.33);
    public static final Place BIRMINGHAM =
            p(2655603, "Birmingham", "P", "PPLA2", "GB", "ENG", "England", 984_333, 52.48, -1.9);
    public static final Place BIRMINGHAM_AL =
            p(4049979, "Birmingham", "P", "PPLA2", "US", "AL", "Alabama", 212_237, 33.52, -86.8);
    public static final Place ALABAMA =
            p(4829764, "Alabama", "A", "ADM1", "US", "AL", "Alabama", 4_800_000, 32.75, -86.75);
    public static final Place KAZAKHSTAN = p(1522867, "Kazakhstan", "A", "PCLI", "KZ", "", "", 18_300_000, 48, 68);
    public static final Place ALMATY = p(1526384, "Almaty", "P", "PPLA", "KZ", "02", "Almaty", 2_000_000, 43.25, 76.92);
    public static final Place AKTAU = p(610612, "Aktau", "P", "PPLA", "KZ", "09", "Mangghystau", 147_443, 43.65, 51.2);
    /** A namesake town in the Karaganda region, far from the sea. */
    public static final Place AKTAU_KARAGANDA =
            p(1527000, "Aktau", "P", "PPL", "KZ", "12", "Karaganda", 9_000, 50.25, 73.1);

    public static final Place RED_SEA = p(-23406, "Red Sea", "H", "SEA", "", "", "", 0, 20.3, 38.53);
    public static final Place RED_SEA_GOVERNORATE =
            p(361468, "Red Sea", "A", "ADM1", "EG", "26", "Red Sea", 350_000, 25.17, 33.5);
    public static final Place CASPIAN_SEA = p(630673, "Caspian Sea", "H", "SEA", "", "", "", 0, 42, 50.5);
    public static final Place ATYRAU = p(610529, "Atyrau", "P", "PPLA", "KZ", "06", "Atyrau", 355_117, 47.12, 51.88);
    public static final Place ZHANAOZEN =
            p(607610, "Zhanaozen", "P", "PPL", "KZ", "09", "Mangghystau", 55_000, 43.34, 52.86);
    public static final Place ASTANA = p(1526273, "Astana", "P", "PPLC", "KZ", "05", "Astana", 1_078_362, 51.18, 71.45);
    public static final Place RUSSIA = p(2017370, "Russia", "A", "PCLI", "RU", "", "", 144_000_000, 60, 100);
    public static final Place MOSCOW = p(524901, "Moscow", "P", "PPLC", "RU", "48", "Moscow", 10_381_222, 55.75, 37.62);
    /** Small places whose names are also people's or parties' names. */
    public static final Place HILTON = p(5120000, "Hilton", "P", "PPL", "US", "NY", "New York", 5_900, 43.29, -77.79);

    /** A town whose name is also an AP state abbreviation without its full stop. */
    public static final Place ALA =
            p(3183005, "Ala", "P", "PPL", "IT", "17", "Trentino-Alto Adige", 8_800, 45.76, 11.0);

    /** The Ill, a river of Alsace, whose name is what "I'll" folds to (id not checked against GeoNames). */
    public static final Place ILL = p(3012900, "Ill", "H", "STM", "FR", "44", "Grand Est", 0, 48.6, 7.8);

    public static final Place NUR = p(124000, "Nur", "P", "PPL", "IR", "35", "Mazandaran", 23_000, 36.57, 52.01);

    /** Nato, a village in Camarines Sur that "NATO" folds to (id not checked against GeoNames). */
    public static final Place NATO_PH = p(1698000, "Nato", "P", "PPL", "PH", "H2", "Bicol", 4_000, 13.6, 123.5);

    private final Map<String, List<Place>> byName = new HashMap<>();
    private final Map<Long, Place> byId = new HashMap<>();

    public TestPlaces() {
        for (Place p : List.of(
                FRANCE,
                PARIS,
                PARIS_TX,
                TEXAS,
                USA,
                GEORGIA,
                GEORGIA_US,
                TBILISI,
                ATLANTA,
                WASHINGTON_STATE,
                SEATTLE,
                BIRMINGHAM,
                BIRMINGHAM_AL,
                ALABAMA,
                KAZAKHSTAN,
                ALMATY,
                AKTAU,
                AKTAU_KARAGANDA,
                CASPIAN_SEA,
                ATYRAU,
                ZHANAOZEN,
                ASTANA,
                RUSSIA,
                MOSCOW,
                HILTON,
                ALA,
                ILL,
                NUR,
                NATO_PH)) {
            add(p.name(), p);
        }
        add("Washington", WASHINGTON_DC);
        add("Washington, D.C.", WASHINGTON_DC);
        add("Nur-Sultan", ASTANA);
        add("Janaozen", ZHANAOZEN);
        add("U.S.", USA);
        add("America", USA);
    }

    private void add(String name, Place p) {
        byName.computeIfAbsent(Names.normalise(name), k -> new ArrayList<>()).add(p);
        byId.put(p.geonameId(), p);
    }

    @Override
    public List<Place> candidates(String name) {
        return byName.getOrDefault(Names.normalise(name), List.of());
    }

    @Override
    public Optional<Place> byId(long geonameId) {
        return Optional.ofNullable(byId.get(geonameId));
    }

    @Override
    public Optional<Place> country(String iso2) {
        return byId.values().stream()
                .filter(p -> p.isCountry() && p.countryCode().equals(iso2))
                .findFirst();
    }

    @Override
    public Optional<Place> admin1(String cc, String code) {
        return byId.values().stream()
                .filter(p -> p.isAdmin1()
                        && p.countryCode().equals(cc)
                        && p.admin1Code().equals(code))
                .findFirst();
    }

    private static Place p(
            long id,
            String name,
            String fc,
            String code,
            String cc,
            String a1,
            String a1Name,
            long pop,
            double lat,
            double lon) {
        return new Place(id, name, fc, code, cc, a1, a1Name, pop, new GeoPoint(lat, lon));
    }
}
