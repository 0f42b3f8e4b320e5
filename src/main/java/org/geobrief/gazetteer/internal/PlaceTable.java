package org.geobrief.gazetteer.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import org.geobrief.base.GeoPoint;
import org.geobrief.gazetteer.Names;
import org.geobrief.gazetteer.Place;

/**
 * All places of {@code geodata/places.tsv.gz}, ordered by geonameid, with their name index. Columns: geonameid,
 * name, feature class, feature code, country code, admin1 code, lat, lon, population, alternate names separated by
 * {@code |}.
 */
public final class PlaceTable {

    private final Place[] places;
    private final long[] ids;
    private final NameIndex names;
    private final Map<String, Place> countries;
    private final Map<String, Place> admin1;

    private PlaceTable(Place[] places, NameIndex names, Map<String, Place> countries, Map<String, Place> admin1) {
        this.places = places;
        this.names = names;
        this.countries = countries;
        this.admin1 = admin1;
        this.ids = new long[places.length];
        for (int i = 0; i < places.length; i++) {
            ids[i] = places[i].geonameId();
        }
    }

    /** The table of {@code places} (ordered by geonameid) and their name index, as {@link GazetteerImage} reads it. */
    static PlaceTable of(Place[] places, NameIndex names) {
        Map<String, Place> countries = new HashMap<>();
        Map<String, Place> admin1 = new HashMap<>();
        for (Place p : places) {
            if (p.isCountry()) {
                countries.put(p.countryCode(), p);
            } else if (p.isAdmin1()) {
                admin1.put(p.countryCode() + "." + p.admin1Code(), p);
            }
        }
        return new PlaceTable(places, names, countries, admin1);
    }

    public static PlaceTable read(InputStream gzipped) throws IOException {
        return read(gzipped, areas -> List.of());
    }

    /**
     * Reads the places and adds the rows {@code extra} makes from the countries' and first-level areas' rows (the
     * regions of {@link RegionTable}).
     */
    public static PlaceTable read(InputStream gzipped, ExtraRows extra) throws IOException {
        List<String[]> rows = new ArrayList<>(210_000);
        try (BufferedReader in = new BufferedReader(
                new InputStreamReader(new GZIPInputStream(gzipped, 1 << 16), StandardCharsets.UTF_8), 1 << 16)) {
            String line;
            while ((line = in.readLine()) != null) {
                if (line.isEmpty() || line.charAt(0) == '#') {
                    continue;
                }
                rows.add(split(line, 10));
            }
        }
        Map<String, String[]> areas = new HashMap<>();
        for (String[] r : rows) {
            if (r[2].equals("A") && r[3].startsWith("PCL")) {
                areas.put(r[4], r);
            } else if (r[2].equals("A") && r[3].equals("ADM1")) {
                areas.put(r[4] + "." + r[5], r);
            }
        }
        rows.addAll(extra.rows(areas));
        BorrowedPopulations.clear(rows);
        long[] keys = new long[rows.size()];
        boolean sorted = true;
        for (int i = 0; i < keys.length; i++) {
            keys[i] = Long.parseLong(rows.get(i)[0]);
            sorted &= i == 0 || keys[i - 1] < keys[i];
        }
        if (!sorted) {
            rows.sort((a, b) -> Long.compare(Long.parseLong(a[0]), Long.parseLong(b[0])));
        }

        Map<String, String> pool = new HashMap<>();
        Map<String, String> admin1Names = new HashMap<>();
        for (String[] r : rows) {
            if (r[2].equals("A") && r[3].equals("ADM1")) {
                admin1Names.put(r[4] + "." + r[5], r[1]);
            }
        }
        Place[] places = new Place[rows.size()];
        NameIndex.Builder names = new NameIndex.Builder();
        Map<String, Place> countries = new HashMap<>();
        Map<String, Place> admin1 = new HashMap<>();
        for (int i = 0; i < places.length; i++) {
            String[] r = rows.get(i);
            rows.set(i, null);
            String cc = intern(pool, r[4]);
            String a1 = intern(pool, r[5]);
            String a1Name = a1.isEmpty() ? "" : admin1Names.getOrDefault(cc + "." + a1, "");
            Place p = new Place(
                    Long.parseLong(r[0]),
                    r[1],
                    intern(pool, r[2]),
                    intern(pool, r[3]),
                    cc,
                    a1,
                    a1Name,
                    Long.parseLong(r[8]),
                    new GeoPoint(Double.parseDouble(r[6]), Double.parseDouble(r[7])));
            places[i] = p;
            names.add(p.name(), i, true);
            Optional<String> bare = Names.withoutArabicArticle(p.name(), cc, p.featureClass());
            if (bare.isPresent()) {
                names.add(bare.get(), i, false); // "Al Qāmishlī" is also "Qamishli"
            }
            if (!r[9].isEmpty()) {
                for (String alt : r[9].split("\\|")) {
                    names.add(alt, i, false);
                }
            }
            if (p.isCountry()) {
                countries.put(cc, p);
            } else if (p.isAdmin1()) {
                admin1.put(cc + "." + a1, p);
            }
        }
        return new PlaceTable(places, names.build(), countries, admin1);
    }

    /** Rows to add to the table, made from the rows of countries (by ISO2, "KZ") and admin-1 areas ("SD.47"). */
    @FunctionalInterface
    public interface ExtraRows {
        List<String[]> rows(Map<String, String[]> areas) throws IOException;
    }

    private static String intern(Map<String, String> pool, String s) {
        return pool.computeIfAbsent(s, k -> k);
    }

    private static String[] split(String line, int n) {
        String[] out = new String[n];
        int from = 0;
        for (int i = 0; i < n - 1; i++) {
            int tab = line.indexOf('\t', from);
            if (tab < 0) {
                throw new IllegalArgumentException("expected " + n + " columns: " + line);
            }
            out[i] = line.substring(from, tab);
            from = tab + 1;
        }
        out[n - 1] = line.substring(from);
        return out;
    }

    public int size() {
        return places.length;
    }

    public Place get(int index) {
        return places[index];
    }

    /** Index of the place with this geonameid, or -1. */
    public int indexOf(long geonameId) {
        int i = Arrays.binarySearch(ids, geonameId);
        return i < 0 ? -1 : i;
    }

    public NameIndex names() {
        return names;
    }

    public Place country(String iso2) {
        return countries.get(iso2);
    }

    public Place admin1(String cc, String code) {
        return admin1.get(cc + "." + code);
    }
}
