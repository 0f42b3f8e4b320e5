package org.geobrief.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.geobrief.base.GeoPoint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;

/** On the real bundled data: names from news text in, GeoNames ids out. */
class GazetteerTest {

    private static final Gazetteer GAZ = Gazetteer.bundled();

    private static List<Long> ids(String name) {
        return GAZ.candidates(name).stream().map(Place::geonameId).toList();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "Almaty, 1526384",
        "ALMATY, 1526384",
        "Alma-Ata, 1526384",
        "Zhanaozen, 607610",
        "Janaozen, 607610",
        "Jañaözen, 607610",
        "Nur-Sultan, 1526273",
        "Nur Sultan, 1526273",
        "Astana, 1526273",
        "Tselinograd, 1526273",
        "Kyiv, 703448",
        "Kiev, 703448",
        "Tbilisi, 611717",
        "Tiflis, 611717",
        "Kazakhstan, 1522867",
        "Paris, 2988507",
        "Paris, 4717560",
        "Georgia, 614540",
        "Georgia, 4197000",
        "United States, 6252001",
        "USA, 6252001",
        "U.S., 6252001",
        "Britain, 2635167",
        "Côte d'Ivoire, 2287781",
        "Ivory Coast, 2287781",
        "Almaty Region, 1537162",
        "Almaty Oblast, 1537162",
        "Mangystau Region, 608879",
        "Mangistau Oblast, 608879",
        "Africa, 6255146",
        "Europe, 6255148",
        "Caspian Sea, -5484",
        "Black Sea, -166",
        "Lake Balkhash, -134485",
        "Balkhash, -134485",
        "Syr Darya, -483159",
        "Ural River, -80240",
        "Persian Gulf, -34675",
    })
    void name_has_candidate(String name, long geonameId) {
        assertThat(ids(name)).contains(geonameId);
    }

    @ParameterizedTest(name = "{0} -> {1} first")
    @CsvSource({
        "Almaty, 1526384",
        "Paris, 2988507",
        "Georgia, 614540",
        "Kazakhstan, 1522867",
        "Kyiv, 703448",
        "London, 2643743",
        "Moscow, 524901",
    })
    void likeliest_candidate_comes_first(String name, long geonameId) {
        assertEquals(geonameId, ids(name).get(0));
    }

    @Test
    void seas_spanning_countries_have_no_country_code() {
        Place caspian = GAZ.byId(-5484).orElseThrow();
        assertEquals("Caspian Sea", caspian.name());
        assertEquals("H", caspian.featureClass());
        assertEquals("SEA", caspian.featureCode());
        assertEquals("", caspian.countryCode());
        assertThat(caspian.point().distanceKm(new GeoPoint(41.9, 50.5))).isLessThan(300);
        assertEquals("KZ", GAZ.byId(-134485).orElseThrow().countryCode()); // Lake Balkhash lies in Kazakhstan
    }

    @ParameterizedTest(name = "{0} -> a region in {1}")
    @CsvSource({
        "Central Asia, KZ",
        "Middle East, SA",
        "Mideast, SA",
        "South-East Asia, MY",
        "Horn of Africa, ET",
        "Korean Peninsula, KP",
    })
    void macro_regions_lie_among_their_member_countries(String name, String inside) {
        Place region = GAZ.candidates(name).get(0);
        assertEquals("L", region.featureClass());
        assertEquals("RGN", region.featureCode());
        assertEquals("", region.countryCode());
        assertThat(region.population()).isPositive();
        Place country = GAZ.country(inside).orElseThrow();
        assertThat(region.point().distanceKm(country.point())).isLessThan(1200);
        assertEquals(region, GAZ.byId(region.geonameId()).orElseThrow());
    }

    @Test
    void places_renamed_in_the_later_geonames_dump_carry_the_current_name() {
        Place aktau = GAZ.byId(610612).orElseThrow();
        assertEquals("Aktau", aktau.name()); // cities500 still says Shevchenko, its Soviet name
        assertThat(ids("Shevchenko")).contains(610612L);
        assertEquals("Gothenburg", GAZ.byId(2711537).orElseThrow().name());
        assertEquals("Almaty", GAZ.byId(1526384).orElseThrow().name()); // a spelling variant is not a rename
    }

    @ParameterizedTest(name = "{0} is at GeoNames'' point {1}, {2}")
    @CsvSource({
        "2017370, 60.0, 100.0", // Russia: GeoNames' point, not the landmass centroid (61.7N 99.1E)
        "6251999, 60.10867, -113.64258", // Canada
        "1861060, 35.68536, 139.75309", // Japan, which GeoNames places at Tokyo
        "6252001, 39.76, -98.5", // United States
        "6255148, 48.69096, 9.14062", // Europe
    })
    void countries_and_continents_sit_at_geonames_own_points(long id, double lat, double lon) {
        assertThat(GAZ.byId(id).orElseThrow().point().distanceKm(new GeoPoint(lat, lon)))
                .isLessThan(0.01);
    }

    @Test
    void an_admin1_code_is_not_a_name_of_the_unit_but_a_citys_dotted_initials_are() {
        assertThat(ids("LA")).doesNotContain(4331987L); // Louisiana
        assertThat(ids("IN")).doesNotContain(4921868L); // Indiana
        assertThat(ids("VIII")).isEmpty(); // Biobío, Chile: "Henry VIII"
        assertEquals(5368361L, ids("L.A.").get(0)); // Los Angeles
        assertThat(ids("Louisiana")).contains(4331987L);
    }

    @Test
    void an_ocean_drawn_in_two_parts_is_one_entry_named_without_the_direction() {
        Place atlantic = GAZ.byId(-97).orElseThrow(); // Wikidata Q97, North and South Atlantic in Natural Earth
        assertEquals("Atlantic Ocean", atlantic.name());
        assertEquals("OCN", atlantic.featureCode());
        assertThat(ids("North Atlantic Ocean")).contains(-97L);
        assertThat(ids("South Atlantic Ocean")).contains(-97L);
        assertThat(ids("Atlantic")).contains(-97L);
        assertThat(atlantic.point().lat()).isBetween(-30.0, 30.0);
        assertThat(atlantic.point().lon()).isBetween(-45.0, -10.0);
    }

    @Test
    void counties_are_admin2_areas_of_their_state() {
        Place rapides = GAZ.candidates("Rapides Parish").get(0);
        assertEquals("ADM2", rapides.featureCode());
        assertEquals("US", rapides.countryCode());
        assertEquals("LA", rapides.admin1Code());
        assertEquals("Louisiana", rapides.admin1Name());
        assertThat(rapides.point().distanceKm(new GeoPoint(31.20, -92.53))).isLessThan(60);
        assertThat(GAZ.candidates("Rapides")).contains(rapides);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "German, 2921044",
        "Irish, 2963597",
        "Kazakh, 1522867",
        "Kazakhstani, 1522867",
        "Georgian, 614540",
        "American, 6252001",
        "African, 6255146",
        "European, 6255148",
        "Welsh, 2634895",
        "Balkan, -31188186663",
        "Congolese, 203312",
    })
    void demonyms_name_their_country_area_or_region(String word, long geonameId) {
        assertEquals(geonameId, GAZ.byDemonym(word).orElseThrow().geonameId());
        assertTrue(GAZ.isDemonym(Names.normalise(word)));
    }

    @Test
    void the_demonym_table_as_written_is_the_one_by_demonym_reads() {
        java.util.Map<String, Long> written = Gazetteer.demonymsAsWritten();
        assertEquals(2634895L, written.get("Welsh"));
        assertEquals(written.get("Southeast Asian"), written.get("South-East Asian"));
        assertFalse(written.containsKey("welsh"), "as written, not normalised");
        assertFalse(written.containsKey("U.S."), "a country's name is no demonym");
        written.forEach(
                (word, id) -> assertEquals(id, GAZ.byDemonym(word).orElseThrow().geonameId(), word));
    }

    @Test
    void shared_or_unknown_demonyms_name_nothing() {
        assertEquals(Optional.empty(), GAZ.byDemonym("Guianese")); // French Guiana's and Guyana's
        assertEquals(Optional.empty(), GAZ.byDemonym("Almaty"));
        assertFalse(GAZ.isDemonym("almaty"));
    }

    @Test
    void unknown_names_have_no_candidates() {
        assertThat(GAZ.candidates("Qwxzyplk")).isEmpty();
        assertThat(GAZ.candidates("  ")).isEmpty();
    }

    @Test
    void places_carry_country_admin1_and_population() {
        Place almaty = GAZ.byId(1526384).orElseThrow();
        assertEquals("Almaty", almaty.name());
        assertEquals("KZ", almaty.countryCode());
        assertEquals("02", almaty.admin1Code());
        assertEquals("Almaty", almaty.admin1Name());
        assertEquals("P", almaty.featureClass());
        assertThat(almaty.population()).isGreaterThan(1_000_000);
        assertThat(almaty.point().distanceKm(new GeoPoint(43.25, 76.92))).isLessThan(5);
    }

    @Test
    void countries_and_admin1_by_code() {
        Place kz = GAZ.country("KZ").orElseThrow();
        assertEquals(1522867, kz.geonameId());
        assertEquals("PCLI", kz.featureCode());
        assertEquals(kz, GAZ.country("kz").orElseThrow());
        assertEquals(4197000, GAZ.admin1("US", "GA").orElseThrow().geonameId());
        assertEquals(1526395, GAZ.admin1("KZ", "02").orElseThrow().geonameId());
        assertEquals(Optional.empty(), GAZ.country("QQ"));
        Country info = GAZ.countryInfo("KZ").orElseThrow();
        assertEquals(1526273, info.capitalId());
        assertThat(info.neighbours()).contains("RU", "CN");
        assertEquals(611717, GAZ.capital("GE").orElseThrow().geonameId());
    }

    @ParameterizedTest(name = "({0}, {1}) in {2}")
    @CsvSource({
        "43.2567, 76.9286, 1526395", // Almaty city centre -> Almaty (city, KZ.02)
        "51.1605, 71.4704, 1538317", // Astana -> Astana (KZ.05)
        "43.3412, 52.8619, 608879", // Zhanaozen -> Mangghystau
        "48.8566, 2.3522, 3012874", // Paris -> Île-de-France
        "33.7490, -84.3880, 4197000", // Atlanta -> Georgia (US state)
        "41.7151, 44.8271, 611716", // Tbilisi -> Tbilisi (GE admin1)
        "43.6481, 51.1722, 608879", // Aktau, on the Caspian shore -> Mangghystau
    })
    void locate_gives_the_admin1_area(double lat, double lon, long expected) {
        assertEquals(expected, GAZ.locate(new GeoPoint(lat, lon)).orElseThrow().geonameId());
    }

    @Test
    void locate_agrees_with_geonames_codes_for_the_largest_places() {
        List<Place> largest = GAZ.places().stream()
                .filter(Place::isPopulatedPlace)
                .sorted(java.util.Comparator.comparingLong(Place::population).reversed())
                .limit(5000)
                .toList();
        int sameCountry = 0;
        int sameAdmin1 = 0;
        for (Place p : largest) {
            Optional<Place> area = GAZ.locate(p.point());
            if (area.isPresent() && area.get().countryCode().equals(p.countryCode())) {
                sameCountry++;
                if (area.get().isAdmin1() && area.get().admin1Code().equals(p.admin1Code())) {
                    sameAdmin1++;
                }
            }
        }
        assertThat(sameCountry).isGreaterThan(4950); // 99 %
        assertThat(sameAdmin1).isGreaterThan(4750); // 95 %
    }

    @Test
    void a_boundary_drawn_before_any_locate_is_the_shape_the_index_holds_after() {
        Gazetteer fresh = Gazetteer.load(Gazetteer.class.getClassLoader());
        Place mangystau = fresh.byId(608879).orElseThrow();
        Place kazakhstan = fresh.byId(1522867).orElseThrow();
        // read alone, one area parsed (a map export that never locates a point)
        Geometry region = fresh.boundary(mangystau).orElseThrow();
        Geometry country = fresh.boundary(kazakhstan).orElseThrow();
        assertTrue(region.contains(region.getFactory().createPoint(new Coordinate(52.86, 43.34)))); // Zhanaozen
        assertTrue(country.covers(region.getInteriorPoint()));

        fresh.loadBoundaries();
        assertTrue(fresh.boundary(mangystau).orElseThrow().equalsExact(region));
        assertTrue(fresh.boundary(kazakhstan).orElseThrow().equalsExact(country));
        assertEquals(Optional.empty(), fresh.boundary(fresh.byId(610612).orElseThrow())); // Aktau, a town
        assertTrue(Gazetteer.bundledBoundary(mangystau).orElseThrow().equalsExact(region));
        assertEquals(
                Optional.empty(), Gazetteer.bundledBoundary(fresh.byId(610612).orElseThrow()));
    }

    @Test
    void locate_at_sea_is_empty() {
        assertEquals(Optional.empty(), GAZ.locate(new GeoPoint(0, -30)));
    }

    @ParameterizedTest(name = "({0}, {1}) within {2} km -> {3}")
    @CsvSource({
        "43.675, 51.172, 25, 610612", // 3 km north of Aktau -> Aktau (locate gives Mangghystau)
        "43.590, 51.250, 25, 828390", // 1 km from Umirzak, 9 km from Aktau -> the nearer village, not the city
        "66.32, 179.9, 60, 4031742", // across the antimeridian -> Egvekinot at 179.1° W
        "-89.9, 0, 1500, 6696480", // near the South Pole, every longitude -> McMurdo Station
    })
    void nearest_populated_place_is_the_nearest_town(double lat, double lon, double maxKm, long expected) {
        assertEquals(
                expected,
                GAZ.nearestPopulatedPlace(new GeoPoint(lat, lon), maxKm)
                        .orElseThrow()
                        .geonameId());
    }

    @ParameterizedTest(name = "({0}, {1}) within {2} km -> none")
    @CsvSource({
        "47.5, 66.0, 25", // the Kazakh steppe, 130 km from Zhezqazghan
        "0, -30, 500", // the mid-Atlantic
        "43.675, 51.172, 2", // 3 km from Aktau, but a 2 km radius
    })
    void nearest_populated_place_beyond_the_radius_is_empty(double lat, double lon, double maxKm) {
        assertEquals(Optional.empty(), GAZ.nearestPopulatedPlace(new GeoPoint(lat, lon), maxKm));
    }

    @Test
    void nearest_populated_place_agrees_with_measuring_every_town() {
        List<Place> towns =
                GAZ.places().stream().filter(Place::isPopulatedPlace).toList();
        Random random = new Random(7);
        for (int i = 0; i < 200; i++) {
            GeoPoint near = towns.get(random.nextInt(towns.size())).point();
            GeoPoint click = new GeoPoint(
                    Math.max(-90, Math.min(90, near.lat() + random.nextGaussian() * 0.2)),
                    Math.max(-180, Math.min(180, near.lon() + random.nextGaussian() * 0.2)));
            double bestKm = towns.stream()
                    .filter(t -> Math.abs(t.point().lat() - click.lat()) < 0.3) // 25 km is 0.225° of latitude
                    .mapToDouble(t -> t.point().distanceKm(click))
                    .min()
                    .orElse(Double.POSITIVE_INFINITY);
            Optional<Place> found = GAZ.nearestPopulatedPlace(click, 25);
            if (bestKm <= 25) {
                assertEquals(bestKm, found.orElseThrow().point().distanceKm(click), 1e-9, click.toString());
            } else {
                assertEquals(Optional.empty(), found, click.toString());
            }
        }
    }

    @Test
    void nearest_populated_place_refuses_a_negative_radius() {
        assertThrows(IllegalArgumentException.class, () -> GAZ.nearestPopulatedPlace(new GeoPoint(0, 0), -1));
    }

    @Test
    void search_ranks_by_population() {
        List<Place> hits = GAZ.search("alma", 5);
        assertThat(hits).hasSize(5);
        assertEquals(1526384, hits.get(0).geonameId());
        assertThat(GAZ.search("kazak", 3).get(0).geonameId()).isEqualTo(1522867);
        assertThat(GAZ.search("", 3)).isEmpty();
    }

    @Test
    void name_lookup_for_the_recogniser() {
        assertTrue(GAZ.isName("nur sultan"));
        assertTrue(GAZ.isName("almaty"));
        assertFalse(GAZ.isName("Almaty")); // callers pass normalised names
        assertFalse(GAZ.isName("qwxzyplk"));
        assertThat(GAZ.maxNameTokens()).isBetween(4, 30);
    }
}
