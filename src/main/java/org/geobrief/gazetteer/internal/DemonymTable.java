package org.geobrief.gazetteer.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.geobrief.gazetteer.Names;

/** {@code geodata/demonyms.tsv}: demonym, geonameid of the country or continent; keyed by normalised demonym. */
public final class DemonymTable {

    private DemonymTable() {}

    public static Map<String, Long> read(InputStream in) throws IOException {
        Map<String, Long> out = new HashMap<>();
        readAsWritten(in).forEach((word, id) -> out.put(Names.normalise(word), id));
        return Map.copyOf(out);
    }

    /** The rows keyed by the demonym as written ("Welsh", "South-East Asian"). */
    public static Map<String, Long> readAsWritten(InputStream in) throws IOException {
        Map<String, Long> out = new HashMap<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isEmpty() || line.charAt(0) == '#') {
                    continue;
                }
                int tab = line.indexOf('\t');
                out.put(line.substring(0, tab), Long.parseLong(line.substring(tab + 1)));
            }
        }
        return Map.copyOf(out);
    }
}
