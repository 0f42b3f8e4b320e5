package org.geobrief.gazetteer.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.geobrief.gazetteer.Country;

/**
 * {@code geodata/countries.tsv}: iso2, iso3, iso numeric, geonameid, capital geonameid, population, area km²,
 * continent, neighbours (comma separated).
 */
public final class CountryTable {

    private CountryTable() {}

    public static Map<String, Country> read(InputStream in) throws IOException {
        Map<String, Country> out = new LinkedHashMap<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isEmpty() || line.charAt(0) == '#') {
                    continue;
                }
                String[] f = Arrays.copyOf(line.split("\t", -1), 9);
                List<String> neighbours = f[8] == null || f[8].isEmpty() ? List.of() : List.of(f[8].split(","));
                out.put(
                        f[0],
                        new Country(
                                f[0],
                                f[1],
                                f[2],
                                Long.parseLong(f[3]),
                                Long.parseLong(f[4]),
                                Long.parseLong(f[5]),
                                f[6].isEmpty() ? 0 : Double.parseDouble(f[6]),
                                f[7],
                                neighbours));
            }
        }
        return out;
    }
}
