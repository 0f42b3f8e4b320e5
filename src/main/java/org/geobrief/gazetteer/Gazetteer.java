package org.geobrief.gazetteer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import org.geobrief.base.GeoPoint;
import org.geobrief.gazetteer.internal.BoundaryIndex;
import org.geobrief.gazetteer.internal.BoundaryShapes;
import org.geobrief.gazetteer.internal.CountryTable;
import org.geobrief.gazetteer.internal.DemonymTable;
import org.geobrief.gazetteer.internal.GazetteerImage;
import org.geobrief.gazetteer.internal.PlaceTable;
import org.geobrief.gazetteer.internal.PopulatedPlaceGrid;
import org.geobrief.gazetteer.internal.RegionTable;
import org.locationtech.jts.geom.Geometry;

/**
 * The offline gazetteer: GeoNames continents, countries, admin-1 and admin-2 areas and populated places (cities500)
 * plus Natural Earth seas, lakes, rivers, islands and capes, bundled under {@code geodata/} on the classpath (see
 * geodata/README.md), and the demonyms of countries and continents.
 *
 * <p>Names match after {@link Names#normalise}: case, diacritics, hyphens and apostrophes do not matter;
 * transliteration variants match where the data lists them as alternate names (Kiev/Kyiv, Nur-Sultan/Astana).
 *
 * <p>Thread-safe once built. {@link #bundled()} loads once per JVM; the boundary polygons behind {@link #locate}
 * load on the first call to it, and the spatial index behind {@link #nearestPopulatedPlace} on the first call to
 * that.
 */
public final class Gazetteer {

    private static final String PREFIX = "geodata/";
    private static volatile Gazetteer bundled;

    private final PlaceTable places;
    private final Map<String, Country> countries;
    private final Map<String, Long> demonyms;
    private final ClassLoader loader;
    private volatile BoundaryIndex boundaries;
    /** The outlines for {@link #boundary} until {@link #boundaries} is loaded (then dropped). */
    private volatile BoundaryShapes shapes;

    private volatile PopulatedPlaceGrid populated;
    /** Each place's {@link #placePrior}, by index: computed at load, not for each posting of each lookup (issue 18). */
    private final double[] placePriors;

    private Gazetteer(
            PlaceTable places, Map<String, Country> countries, Map<String, Long> demonyms, ClassLoader loader) {
        this.places = places;
        this.countries = countries;
        this.demonyms = demonyms;
        this.loader = loader;
        this.placePriors = new double[places.size()];
        for (int i = 0; i < placePriors.length; i++) {
            placePriors[i] = placePrior(places.get(i));
        }
    }

    /** The gazetteer bundled on the classpath, loaded on first use (about 0.3 s of CPU from the build's image) and then shared. */
    public static Gazetteer bundled() {
        Gazetteer g = bundled;
        if (g == null) {
            synchronized (Gazetteer.class) {
                g = bundled;
                if (g == null) {
                    g = load(Gazetteer.class.getClassLoader());
                    bundled = g;
                }
            }
        }
        return g;
    }

    /** Loads a fresh gazetteer from {@code geodata/} resources of {@code loader} (for benchmarks and tools). */
    public static Gazetteer load(ClassLoader loader) {
        try (InputStream countriesIn = open(loader, "countries.tsv");
                InputStream demonymsIn = open(loader, "demonyms.tsv")) {
            Map<String, Country> countries = CountryTable.read(countriesIn);
            return new Gazetteer(places(loader, countries), countries, DemonymTable.read(demonymsIn), loader);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load the bundled gazetteer", e);
        }
    }

    /**
     * The places with their sorted name index: from the image the build makes ({@link GazetteerImage}), else (an
     * IDE run without the build step) parsed and sorted from the text files.
     */
    private static PlaceTable places(ClassLoader loader, Map<String, Country> countries) throws IOException {
        InputStream image = loader.getResourceAsStream(PREFIX + GazetteerImage.NAME);
        if (image != null) {
            try (image) {
                return GazetteerImage.read(image);
            }
        }
        try (InputStream placesIn = open(loader, "places.tsv.gz");
                InputStream regionsIn = open(loader, "regions.tsv")) {
            return PlaceTable.read(placesIn, areas -> RegionTable.rows(regionsIn, areas, countries));
        }
    }

    private static InputStream open(ClassLoader loader, String name) throws IOException {
        InputStream in = loader.getResourceAsStream(PREFIX + name);
        if (in == null) {
            throw new IOException("missing classpath resource " + PREFIX + name + " (run geodata/derive.sh?)");
        }
        return in;
    }

    /**
     * Places that {@code name} may refer to, most likely first by a name-only prior: countries, then places whose
     * preferred name (not only an alternate) matches, then larger population. Empty if no place has that name.
     */
    public List<Place> candidates(String name) {
        String key = Names.normalise(name);
        if (key.isEmpty()) {
            return List.of();
        }
        int[] postings = places.names().postings(key);
        if (postings.length == 0) {
            return List.of();
        }
        // each posting's prior once, not at every comparison of the sort (a common name has hundreds of places)
        double[] priors = new double[postings.length];
        Integer[] order = new Integer[postings.length];
        for (int i = 0; i < postings.length; i++) {
            priors[i] = prior(postings[i]);
            order[i] = i;
        }
        Arrays.sort(
                order, Comparator.comparingDouble((Integer i) -> -priors[i]).thenComparingInt(i -> postings[i] >> 1));
        List<Place> out = new ArrayList<>(order.length);
        for (int i : order) {
            out.add(places.get(postings[i] >> 1));
        }
        return out;
    }

    /** The name-only prior used to order candidates; higher is more likely. */
    private double prior(int posting) {
        double score = placePriors[posting >> 1];
        if ((posting & 1) == 1) {
            score += 1; // the place's preferred name, not only an alternate
        }
        return score;
    }

    /** The part of the prior that is the place's own: population and kind. */
    private static double placePrior(Place p) {
        double score = Math.log10(p.population() + 10.0);
        if (p.isCountry()) {
            score += 3;
        } else if (p.isAdmin1()) {
            // an admin-1 population is the sum of its places: a city-region (Almaty, Moscow) must not outrank its city
            score -= 0.3;
        } else if (p.featureCode().equals("ADM2")) {
            score -= 0.5; // counties and districts: summed population too, and rarer in news than their seats
        } else if (p.featureCode().equals("PPLC")) {
            score += 0.7; // news names capitals far more often than their namesakes (Washington)
        } else if (!p.isPopulatedPlace()) {
            score += 2; // seas, lakes, deserts: few, well known, and without a population
        }
        return score;
    }

    /** Whether some place is called {@code normalisedName}, which must already be in {@link Names#normalise} form. */
    public boolean isName(String normalisedName) {
        return places.names().contains(normalisedName);
    }

    /** The largest number of space-separated tokens in any normalised name (for n-gram lookups). */
    public int maxNameTokens() {
        return places.names().maxTokens();
    }

    /**
     * The country, area or region that a demonym or adjective of nationality refers to: "German" → Germany, "Kazakh" →
     * Kazakhstan, "African" → Africa, "Welsh" → Wales, "Balkan" → the Balkans. Empty for words that are none, and for
     * adjectives shared by several countries unless one is meant far more often ("Congolese": the DR Congo). Matching
     * is by {@link Names#normalise}.
     */
    public Optional<Place> byDemonym(String word) {
        Long id = demonyms.get(Names.normalise(word));
        return id == null ? Optional.empty() : byId(id);
    }

    /**
     * The bundled demonym table ({@code geodata/demonyms.tsv}, the one the gazetteer's {@link #byDemonym} reads) as
     * written: demonym → geonameid of its place. The recogniser matches these words exactly as written.
     */
    public static Map<String, Long> demonymsAsWritten() {
        try (InputStream in = open(Gazetteer.class.getClassLoader(), "demonyms.tsv")) {
            return DemonymTable.readAsWritten(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled demonyms", e);
        }
    }

    /** Whether {@code normalisedWord} (in {@link Names#normalise} form) is a demonym that {@link #byDemonym} knows. */
    public boolean isDemonym(String normalisedWord) {
        return demonyms.containsKey(normalisedWord);
    }

    public Optional<Place> byId(long geonameId) {
        int i = places.indexOf(geonameId);
        return i < 0 ? Optional.empty() : Optional.of(places.get(i));
    }

    /** The country (feature code PCLI) with ISO 3166-1 alpha-2 code {@code iso2} (case-insensitive). */
    public Optional<Place> country(String iso2) {
        return iso2 == null ? Optional.empty() : Optional.ofNullable(places.country(iso2.toUpperCase()));
    }

    /** GeoNames' facts about a country: capital, population, neighbours. */
    public Optional<Country> countryInfo(String iso2) {
        return iso2 == null ? Optional.empty() : Optional.ofNullable(countries.get(iso2.toUpperCase()));
    }

    /** The capital of a country, if the data has one. */
    public Optional<Place> capital(String iso2) {
        return countryInfo(iso2).flatMap(c -> byId(c.capitalId()));
    }

    /** The admin-1 area with GeoNames admin1 code {@code admin1Code} ("02" in KZ is Almaty city) in country cc. */
    public Optional<Place> admin1(String cc, String admin1Code) {
        if (cc == null || admin1Code == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(places.admin1(cc.toUpperCase(), admin1Code));
    }

    /**
     * The admin-1 area containing {@code point}, else the country containing it, else empty (open sea). Borders
     * are simplified to about 1 km; a point up to about 10 km outside every polygon (a coastal city on a smoothed
     * coast) gets the nearest one.
     */
    public Optional<Place> locate(GeoPoint point) {
        BoundaryIndex b = boundaries();
        double lon = point.lon();
        double lat = point.lat();
        long id = b.admin1At(lon, lat);
        if (id != 0) {
            return byId(id);
        }
        long country = b.countryAt(lon, lat);
        long near = b.admin1Near(lon, lat);
        if (near != 0) {
            Optional<Place> a1 = byId(near);
            if (country == 0 || a1.map(p -> countryIdOf(p) == country).orElse(false)) {
                return a1;
            }
        }
        long found = country != 0 ? country : b.countryNear(lon, lat);
        return found == 0 ? Optional.empty() : byId(found);
    }

    /** The outlines read alone for {@link #bundledBoundary} while the bundled gazetteer is not loaded. */
    private static volatile BoundaryShapes bundledShapes;

    /**
     * {@link #boundary} of the bundled gazetteer, without loading its places when nothing else has (a command-line
     * map export, whose events come from the database with their places): the outline file alone is read then.
     */
    public static Optional<Geometry> bundledBoundary(Place place) {
        Gazetteer g = bundled;
        if (g != null) {
            return g.boundary(place);
        }
        if (place == null || !(place.isCountry() || place.isAdmin1())) {
            return Optional.empty();
        }
        BoundaryShapes b = bundledShapes;
        if (b == null) {
            synchronized (Gazetteer.class) {
                b = bundledShapes;
                if (b == null) {
                    b = readShapes(Gazetteer.class.getClassLoader());
                    bundledShapes = b;
                }
            }
        }
        return Optional.ofNullable(b.shape(place.geonameId()));
    }

    /**
     * The outline of a country or admin-1 area (a JTS polygon or multipolygon in lon/lat degrees, simplified to
     * about 0.01°), for drawing an event known only by its country or region as that area; empty for other places
     * and for areas without a bundled boundary.
     */
    public Optional<Geometry> boundary(Place place) {
        if (place == null || !(place.isCountry() || place.isAdmin1())) {
            return Optional.empty();
        }
        // the index when a lookup (locate) has loaded it; else the outlines alone, parsed one area at a time: a
        // map export draws a few areas and needs neither the whole parse nor the trees
        BoundaryIndex index = boundaries;
        return Optional.ofNullable(index != null ? index.shape(place.geonameId()) : shapes().shape(place.geonameId()));
    }

    /**
     * The populated place (feature class P: city, town, village) nearest to {@code point} by great-circle distance,
     * if one lies within {@code maxKm} (inclusive); of places equally near, the more populous. Where {@link #locate}
     * gives the area around a point, this gives the town at it (a click on the map).
     *
     * @param maxKm search radius in km, at least 0
     * @throws IllegalArgumentException if {@code maxKm} is negative or NaN
     */
    public Optional<Place> nearestPopulatedPlace(GeoPoint point, double maxKm) {
        if (!(maxKm >= 0)) {
            throw new IllegalArgumentException("not a radius in km: " + maxKm);
        }
        int i = populated().nearest(point, maxKm);
        return i < 0 ? Optional.empty() : Optional.of(places.get(i));
    }

    private long countryIdOf(Place p) {
        return country(p.countryCode()).map(Place::geonameId).orElse(0L);
    }

    /**
     * Places whose name or alternate name starts with {@code prefix} (normalised), largest population first,
     * countries before all others; each place once. For type-ahead search.
     */
    public List<Place> search(String prefix, int limit) {
        String key = Names.normalise(prefix);
        if (key.isEmpty() || limit <= 0) {
            return List.of();
        }
        Map<Integer, Double> best = new HashMap<>();
        places.names().forPrefix(key, 200_000, posting -> {
            double score = prior(posting);
            best.merge(posting >> 1, score, Math::max);
        });
        PriorityQueue<Map.Entry<Integer, Double>> top =
                new PriorityQueue<>(Map.Entry.<Integer, Double>comparingByValue());
        for (Map.Entry<Integer, Double> e : best.entrySet()) {
            top.add(e);
            if (top.size() > limit) {
                top.poll();
            }
        }
        List<Map.Entry<Integer, Double>> sorted = new ArrayList<>(top);
        sorted.sort(Map.Entry.<Integer, Double>comparingByValue().reversed().thenComparing(Map.Entry::getKey));
        List<Place> out = new ArrayList<>(sorted.size());
        for (Map.Entry<Integer, Double> e : sorted) {
            out.add(places.get(e.getKey()));
        }
        return out;
    }

    /** Number of places. */
    public int size() {
        return places.size();
    }

    /** All places, ordered by geonameid (physical features, with negative ids, first); a read-only view. */
    public List<Place> places() {
        return new AbstractList<>() {
            @Override
            public Place get(int index) {
                return places.get(index);
            }

            @Override
            public int size() {
                return places.size();
            }
        };
    }

    /** Number of distinct normalised names. */
    public int nameCount() {
        return places.names().size();
    }

    /** Loads the boundary polygons now rather than on the first {@link #locate} (for benchmarks). */
    public void loadBoundaries() {
        boundaries();
    }

    /**
     * Builds the index behind {@link #nearestPopulatedPlace} now rather than on its first call (for benchmarks);
     * returns how many places it holds.
     */
    public int loadPopulatedPlaces() {
        return populated().size();
    }

    private BoundaryShapes shapes() {
        BoundaryShapes b = shapes;
        if (b == null) {
            synchronized (this) {
                b = shapes;
                if (b == null) {
                    b = readShapes(loader);
                    shapes = b;
                }
            }
        }
        return b;
    }

    /** The outlines of {@code geodata/boundaries.tsv.gz} on {@code loader}'s classpath, kept as text until drawn. */
    private static BoundaryShapes readShapes(ClassLoader loader) {
        try (InputStream in = open(loader, "boundaries.tsv.gz")) {
            return BoundaryShapes.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load geodata/boundaries.tsv.gz", e);
        }
    }

    private PopulatedPlaceGrid populated() {
        PopulatedPlaceGrid g = populated;
        if (g == null) {
            synchronized (this) {
                g = populated;
                if (g == null) {
                    g = PopulatedPlaceGrid.of(places);
                    populated = g;
                }
            }
        }
        return g;
    }

    private BoundaryIndex boundaries() {
        BoundaryIndex b = boundaries;
        if (b == null) {
            synchronized (this) {
                b = boundaries;
                if (b == null) {
                    try (InputStream in = open(loader, "boundaries.tsv.gz")) {
                        b = BoundaryIndex.read(in);
                    } catch (IOException e) {
                        throw new UncheckedIOException("cannot load geodata/boundaries.tsv.gz", e);
                    }
                    boundaries = b;
                    shapes = null; // the index holds the same shapes
                }
            }
        }
        return b;
    }
}
