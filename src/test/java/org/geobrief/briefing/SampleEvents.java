package org.geobrief.briefing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.geobrief.base.GeoPoint;
import org.geobrief.base.TextSpan;
import org.geobrief.events.EventSource;
import org.geobrief.events.EventType;
import org.geobrief.events.GeoEvent;
import org.geobrief.events.SourceLink;
import org.geobrief.gazetteer.Place;
import org.geobrief.timeline.TimePrecision;

/** Hand-built events of the January 2022 unrest in Kazakhstan, and a seeded generator for bulk runs. */
public final class SampleEvents {

    public static final Place ALMATY =
            new Place(1526384, "Almaty", "P", "PPLA", "KZ", "02", "Almaty", 2_000_900, new GeoPoint(43.25, 76.91667));
    public static final Place ZHANAOZEN = new Place(
            608668, "Zhanaozen", "P", "PPL", "KZ", "14", "Mangghystaū", 147_962, new GeoPoint(43.34116, 52.86192));
    public static final Place AKTAU =
            new Place(610612, "Aktau", "P", "PPLA", "KZ", "09", "Mangghystaū", 147_443, new GeoPoint(43.65, 51.2));
    public static final Place ASTANA =
            new Place(1526273, "Astana", "P", "PPLC", "KZ", "05", "Astana", 1_078_362, new GeoPoint(51.1801, 71.44598));
    public static final Place SHYMKENT =
            new Place(1518980, "Shymkent", "P", "PPLA", "KZ", "17", "Shymkent", 1_002_291, new GeoPoint(42.3, 69.6));
    public static final Place TALDYKORGAN = new Place(
            1526168, "Taldykorgan", "P", "PPLA", "KZ", "15", "Jetisu", 129_960, new GeoPoint(45.01556, 78.37389));
    public static final Place BISHKEK =
            new Place(1528675, "Bishkek", "P", "PPLC", "KG", "01", "Bishkek", 900_000, new GeoPoint(42.87, 74.59));
    public static final Place KAZAKHSTAN =
            new Place(1522867, "Kazakhstan", "A", "PCLI", "KZ", "", "", 18_276_500, new GeoPoint(48.0, 68.0));

    /** A Cyrillic name, an ampersand, angle brackets, quotes, a comma and a line break: every escaping path. */
    public static final String TRICKY_SENTENCE =
            "Protesters in Алматы shouted \"Shal, ket!\" & stormed the akimat <city hall>,\nwitnesses said.";

    public static final String CSV_INJECTION_ACTOR = "=HYPERLINK(\"http://evil.example\",\"click\")";

    public static final Map<String, ArticleMeta> ARTICLES = Map.of(
            "a1",
            new ArticleMeta(
                    "Reuters",
                    "Russia sends paratroopers to Kazakhstan to quell deadly unrest",
                    "https://www.reuters.com/world/asia-pacific/kazakhstan-2022-01-06/",
                    LocalDate.of(2022, 1, 6)),
            "a2",
            new ArticleMeta(
                    "Eurasianet",
                    "For Kazakhstan's Autocratic Neighbors, Unrest Is A Warning",
                    "https://eurasianet.org/kazakhstan-unrest-neighbors",
                    LocalDate.of(2022, 1, 7)),
            "a3",
            new ArticleMeta("Vlast.kz", "Алматы: хроника событий", null, LocalDate.of(2022, 1, 8)));

    private SampleEvents() {}

    public static BriefingContext context() {
        return new BriefingContext(
                "Unrest in Kazakhstan, January 2022",
                "Kazakhstan (KZ) \u00B7 2 \u2013 9 January 2022 \u00B7 all event types \u00B7 confidence \u2265 0.5",
                null,
                ARTICLES::get,
                LocalDate.of(2026, 11, 23));
    }

    static EventSource source(String article, int start, String sentence) {
        return new EventSource(
                new SourceLink(article, new TextSpan(start, start + sentence.codePointCount(0, sentence.length()))),
                sentence);
    }

    /** Seven events with every field filled in some way. */
    public static List<GeoEvent> kazakhstan() {
        return List.of(
                new GeoEvent(
                        "e1",
                        EventType.PROTESTS,
                        "Peaceful protest",
                        LocalDate.of(2022, 1, 2),
                        TimePrecision.DAY,
                        1,
                        ZHANAOZEN,
                        List.of("Protesters (Kazakhstan)"),
                        null,
                        0.9,
                        List.of(
                                source(
                                        "a1",
                                        120,
                                        "The protests began on Sunday in Zhanaozen over a rise in fuel prices."),
                                source("a2", 40, "Residents of Zhanaozen took to the streets on January 2."))),
                new GeoEvent(
                        "e2",
                        EventType.RIOTS,
                        "Violent demonstration",
                        LocalDate.of(2022, 1, 5),
                        TimePrecision.DAY,
                        1,
                        ALMATY,
                        List.of("Rioters (Kazakhstan)", "Police Forces of Kazakhstan"),
                        8,
                        0.85,
                        List.of(
                                source("a1", 300, TRICKY_SENTENCE),
                                source("a2", 500, "Crowds set fire to the mayor's office in Almaty."),
                                source("a3", 10, "В Алматы протестующие захватили здание акимата."))),
                new GeoEvent(
                        "e3",
                        EventType.STRATEGIC_DEVELOPMENTS,
                        "Change to group/activity",
                        LocalDate.of(2022, 1, 6),
                        TimePrecision.DAY,
                        1,
                        ALMATY,
                        List.of(CSV_INJECTION_ACTOR),
                        null,
                        0.7,
                        List.of(source("a1", 700, "The first flights carrying Russian troops arrived in Almaty."))),
                new GeoEvent(
                        "e4",
                        EventType.BATTLES,
                        "Armed clash",
                        LocalDate.of(2022, 1, 6),
                        TimePrecision.DAY,
                        1,
                        ALMATY,
                        List.of("Military Forces of Kazakhstan", "Rioters (Kazakhstan)"),
                        26,
                        0.6,
                        List.of(source("a1", 900, "Police said they had \u201Celiminated\u201D dozens of rioters."))),
                new GeoEvent(
                        "e5",
                        EventType.PROTESTS,
                        "Peaceful protest",
                        LocalDate.of(2022, 1, 4),
                        TimePrecision.DAY,
                        1,
                        AKTAU,
                        List.of(),
                        null,
                        0.8,
                        List.of(source("a2", 900, "Thousands rallied on the main square of Aktau."))),
                new GeoEvent(
                        "e6",
                        EventType.VIOLENCE_AGAINST_CIVILIANS,
                        "Arrests",
                        LocalDate.of(2022, 1, 1),
                        TimePrecision.MONTH,
                        3,
                        KAZAKHSTAN,
                        List.of("Police Forces of Kazakhstan"),
                        null,
                        0.5,
                        List.of(source("a3", 400, "-More than 9,900 people were detained across the country."))),
                new GeoEvent(
                        "e7",
                        EventType.PROTESTS,
                        "Peaceful protest",
                        LocalDate.of(2022, 1, 5),
                        TimePrecision.WEEK,
                        2,
                        BISHKEK,
                        List.of("Protesters (Kyrgyzstan)"),
                        null,
                        0.55,
                        List.of(source("a2", 1300, "In Bishkek, a small crowd gathered at the Kazakh embassy."))));
    }

    /** {@code n} events spread over Central Asian cities and 60 days, the same for the same seed. */
    public static List<GeoEvent> bulk(int n, long seed) {
        Random r = new Random(seed);
        Place[] places = {ALMATY, ZHANAOZEN, AKTAU, ASTANA, SHYMKENT, TALDYKORGAN, BISHKEK, KAZAKHSTAN};
        EventType[] types = EventType.values();
        String[] articles = {"a1", "a2", "a3"};
        List<GeoEvent> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Place p = places[(int) Math.floor(Math.pow(r.nextDouble(), 2) * places.length)];
            EventType t = types[r.nextInt(types.length)];
            int sources = 1 + r.nextInt(3);
            List<EventSource> ss = new ArrayList<>();
            for (int k = 0; k < sources; k++) {
                ss.add(source(
                        articles[r.nextInt(articles.length)],
                        r.nextInt(5000),
                        "Report " + i + "." + k + ": " + t.label() + " in " + p.name() + ", witnesses said."));
            }
            out.add(new GeoEvent(
                    "b" + i,
                    t,
                    t.label(),
                    LocalDate.of(2022, 1, 1).plusDays(r.nextInt(60)),
                    TimePrecision.DAY,
                    p.isCountry() ? 3 : 1,
                    p,
                    List.of("Actor " + r.nextInt(20)),
                    r.nextInt(4) == 0 ? r.nextInt(30) : null,
                    0.3 + 0.7 * r.nextDouble(),
                    ss));
        }
        return out;
    }
}
