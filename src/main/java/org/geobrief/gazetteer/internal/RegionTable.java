package org.geobrief.gazetteer.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.CRC32;
import org.geobrief.gazetteer.Country;

/**
 * {@code geodata/regions.tsv}: regions written as their members, countries ("Central Asia" = KZ, KG, TJ, TM, UZ) or
 * first-level areas ("Darfur" = SD.47, SD.49, ...). Each becomes a place row (class L, code RGN) at the mean of its
 * members' points, countries weighted by area, with their summed population; a region inside one country carries
 * that country's code. The rest of the gazetteer then treats it like any other entry.
 */
public final class RegionTable {

    /** Region ids: -(REGION_ID_BASE + CRC-32 of the name), clear of the admin-2 range -(1e10 + CRC-32). */
    static final long REGION_ID_BASE = 30_000_000_000L;

    private RegionTable() {}

    /**
     * Place rows in {@code places.tsv} column order, from the rows of the member {@code areas} (keyed "KZ" or
     * "SD.47"); members missing from {@code areas} are skipped.
     */
    public static List<String[]> rows(InputStream in, Map<String, String[]> areas, Map<String, Country> countries)
            throws IOException {
        List<String[]> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                if (f.length != 3) {
                    throw new IOException("regions.tsv: expected name, alternates, members: " + line);
                }
                String[] row = row(f[0], f[1], f[2].split(","), areas, countries);
                if (row != null) {
                    out.add(row);
                }
            }
        }
        return out;
    }

    static String[] row(
            String name, String alternates, String[] members, Map<String, String[]> areas, Map<String, Country> info) {
        double x = 0, y = 0, z = 0, weight = 0;
        long population = 0;
        Set<String> countryCodes = new TreeSet<>();
        for (String member : members) {
            String key = member.trim();
            String[] area = areas.get(key);
            if (area == null) {
                continue;
            }
            Country c = key.contains(".") ? null : info.get(key);
            double w = c != null && c.areaKm2() > 0 ? c.areaKm2() : 1;
            double lat = Math.toRadians(Double.parseDouble(area[6])), lon = Math.toRadians(Double.parseDouble(area[7]));
            x += w * Math.cos(lat) * Math.cos(lon);
            y += w * Math.cos(lat) * Math.sin(lon);
            z += w * Math.sin(lat);
            weight += w;
            population += c != null ? c.population() : Long.parseLong(area[8]);
            countryCodes.add(area[4]);
        }
        if (weight == 0) {
            return null;
        }
        double lat = Math.toDegrees(Math.atan2(z, Math.hypot(x, y)));
        double lon = Math.toDegrees(Math.atan2(y, x));
        String cc = countryCodes.size() == 1 && Arrays.stream(members).allMatch(m -> m.contains("."))
                ? countryCodes.iterator().next()
                : "";
        CRC32 crc = new CRC32();
        crc.update(name.getBytes(StandardCharsets.UTF_8));
        return new String[] {
            Long.toString(-(REGION_ID_BASE + crc.getValue())),
            name,
            "L",
            "RGN",
            cc,
            "",
            String.format(Locale.ROOT, "%.5f", lat),
            String.format(Locale.ROOT, "%.5f", lon),
            Long.toString(population),
            alternates
        };
    }
}
