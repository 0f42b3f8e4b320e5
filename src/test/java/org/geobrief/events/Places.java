package org.geobrief.events;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.geobrief.base.GeoPoint;
import org.geobrief.base.TextSpan;
import org.geobrief.gazetteer.Place;
import org.geobrief.gazetteer.PlaceCandidate;
import org.geobrief.geoparse.MentionKind;
import org.geobrief.geoparse.PlaceMention;
import org.geobrief.geoparse.ResolvedMention;

/** Hand-made gazetteer entries (real GeoNames ids and coordinates) and mentions, until tests use the GeoParser. */
final class Places {

    static final Place KAZAKHSTAN = country(1522867, "Kazakhstan", "KZ", 48, 68);
    static final Place RUSSIA = country(2017370, "Russia", "RU", 60, 100);
    static final Place UKRAINE = country(690791, "Ukraine", "UA", 49, 32);
    static final Place ALMATY = town(1526384, "Almaty", "KZ", "02", "Almaty City", 1977011, 43.25, 76.91667);
    static final Place ZHANAOZEN = town(607610, "Zhanaozen", "KZ", "09", "Mangystau", 103598, 43.34116, 52.86192);
    static final Place ATYRAU = town(610529, "Atyrau", "KZ", "06", "Atyrau", 290700, 47.11667, 51.88333);
    static final Place AKTAU = town(610612, "Aktau", "KZ", "09", "Mangystau", 147443, 43.64806, 51.17222);
    static final Place TALDYKORGAN =
            town(1518542, "Taldykorgan", "KZ", "10", "Almaty Oblysy", 116558, 45.01556, 78.37389);
    static final Place MOSCOW =
            new Place(524901, "Moscow", "P", "PPLC", "RU", "48", "Moscow", 10381222, new GeoPoint(55.75222, 37.61556));

    /** Surface forms to places; demonyms end with "*". */
    static final Map<String, Place> NAMES = new LinkedHashMap<>();

    static {
        for (Place p : List.of(KAZAKHSTAN, RUSSIA, UKRAINE, ALMATY, ZHANAOZEN, ATYRAU, AKTAU, TALDYKORGAN, MOSCOW)) {
            NAMES.put(p.name(), p);
        }
        NAMES.put("MOSCOW", MOSCOW);
        NAMES.put("ALMATY", ALMATY);
        NAMES.put("Kazakh*", KAZAKHSTAN);
        NAMES.put("Russian*", RUSSIA);
    }

    private Places() {}

    static Place country(long id, String name, String cc, double lat, double lon) {
        return new Place(id, name, "A", "PCLI", cc, "", "", 0, new GeoPoint(lat, lon));
    }

    static Place town(long id, String name, String cc, String a1, String a1Name, long pop, double lat, double lon) {
        return new Place(id, name, "P", "PPL", cc, a1, a1Name, pop, new GeoPoint(lat, lon));
    }

    /** A mention of every known name in {@code text}, spans in document code points ({@code offset} added). */
    static List<ResolvedMention> mentions(String text, int offset) {
        List<ResolvedMention> out = new ArrayList<>();
        for (Map.Entry<String, Place> e : NAMES.entrySet()) {
            boolean demonym = e.getKey().endsWith("*");
            String name = demonym ? e.getKey().substring(0, e.getKey().length() - 1) : e.getKey();
            Matcher m = Pattern.compile("\\b" + Pattern.quote(name) + "\\b").matcher(text);
            while (m.find()) {
                TextSpan span = TextSpan.ofChars(text, m.start(), m.end());
                PlaceMention pm = new PlaceMention(
                        m.group(),
                        new TextSpan(span.start() + offset, span.end() + offset),
                        demonym ? MentionKind.DEMONYM : MentionKind.TOPONYM);
                out.add(new ResolvedMention(pm, e.getValue(), 0.9, List.of(new PlaceCandidate(e.getValue(), 0.9))));
            }
        }
        return out;
    }
}
