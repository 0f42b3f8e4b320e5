package org.geobrief.ingest.internal;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.geobrief.base.GeoPoint;
import org.geobrief.gazetteer.Place;
import org.geobrief.gazetteer.PlaceCandidate;

/**
 * Writes a mention's place and ranked candidates as the {@code mentions.place} and {@code mentions.candidates}
 * columns hold them: the keys, values and characters that a default Jackson {@code ObjectMapper} writes for these
 * records (their components in order, then what the {@code is...} getters say: {@code country}, {@code admin1},
 * {@code populatedPlace}), read back by name with Jackson ({@link ArticleStore#mentions}, the only reader). Jackson
 * put those last three keys in the order reflection listed the getters, which differs from one JVM to the next (three
 * orders seen: the command line, the tests, a plain program); here they always come in the record's order. Written by
 * hand because the import stores a dozen candidates per mention, and Jackson's reflective writer took 3 % of an
 * import's CPU (issue 18).
 *
 * <p>Numbers as Jackson writes them: {@code long} in decimal, {@code double} as {@link Double#toString(double)}, NaN
 * and infinities as quoted strings. Strings escape {@code "}, {@code \} and the control characters below U+0020
 * ({@code \b \t \n \f \r} by name, the others as a backslash, {@code u00} and two upper-case hex digits); every
 * other character is written as it is.
 */
final class PlaceJson {

    private PlaceJson() {}

    /**
     * Places written lately with their JSON: the same places come back as the candidates of mention after mention
     * (every "Alexandria" of an article, the states and countries of a whole import). Equal places write the same
     * JSON, so the map is keyed by the record's value; it is emptied when it reaches {@value #REMEMBERED} places.
     */
    private static final Map<Place, String> WRITTEN = new ConcurrentHashMap<>();

    private static final int REMEMBERED = 8192;

    /** The JSON of {@code place} (null as {@code null}). */
    static String place(Place place) {
        if (place == null) {
            return "null";
        }
        String json = WRITTEN.get(place);
        if (json == null) {
            StringBuilder out = new StringBuilder(320);
            place(out, place);
            json = out.toString();
            if (WRITTEN.size() >= REMEMBERED) {
                WRITTEN.clear();
            }
            WRITTEN.put(place, json);
        }
        return json;
    }

    /** The JSON array of {@code candidates}, in their order. */
    static String candidates(List<PlaceCandidate> candidates) {
        StringBuilder out = new StringBuilder(16 + 340 * candidates.size());
        out.append('[');
        for (int i = 0; i < candidates.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            PlaceCandidate c = candidates.get(i);
            if (c == null) {
                out.append("null");
                continue;
            }
            out.append("{\"place\":").append(place(c.place())).append(",\"score\":");
            number(out, c.score());
            out.append('}');
        }
        return out.append(']').toString();
    }

    private static void place(StringBuilder out, Place p) {
        if (p == null) {
            out.append("null");
            return;
        }
        out.append("{\"geonameId\":").append(p.geonameId());
        out.append(",\"name\":");
        string(out, p.name());
        out.append(",\"featureClass\":");
        string(out, p.featureClass());
        out.append(",\"featureCode\":");
        string(out, p.featureCode());
        out.append(",\"countryCode\":");
        string(out, p.countryCode());
        out.append(",\"admin1Code\":");
        string(out, p.admin1Code());
        out.append(",\"admin1Name\":");
        string(out, p.admin1Name());
        out.append(",\"population\":").append(p.population());
        out.append(",\"point\":");
        GeoPoint point = p.point();
        if (point == null) {
            out.append("null");
        } else {
            out.append("{\"lat\":");
            number(out, point.lat());
            out.append(",\"lon\":");
            number(out, point.lon());
            out.append('}');
        }
        // the getters Jackson finds too; they read the feature fields, so a null one fails as Jackson's would
        out.append(",\"country\":").append(p.isCountry());
        out.append(",\"admin1\":").append(p.isAdmin1());
        out.append(",\"populatedPlace\":").append(p.isPopulatedPlace());
        out.append('}');
    }

    private static void number(StringBuilder out, double v) {
        if (Double.isFinite(v)) {
            out.append(v); // Double.toString, as Jackson
        } else {
            out.append('"').append(v).append('"');
        }
    }

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private static void string(StringBuilder out, String s) {
        if (s == null) {
            out.append("null");
            return;
        }
        out.append('"');
        int plain = 0; // start of the run of characters written as they are
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch >= 0x20 && ch != '"' && ch != '\\') {
                continue;
            }
            out.append(s, plain, i);
            plain = i + 1;
            switch (ch) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\b' -> out.append("\\b");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\f' -> out.append("\\f");
                case '\r' -> out.append("\\r");
                default -> out.append("\\u00").append(HEX[ch >> 4]).append(HEX[ch & 0xF]);
            }
        }
        out.append(s, plain, s.length()).append('"');
    }
}
