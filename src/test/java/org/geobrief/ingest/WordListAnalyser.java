package org.geobrief.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.geobrief.base.GeoPoint;
import org.geobrief.base.TextSpan;
import org.geobrief.events.EventSource;
import org.geobrief.events.EventType;
import org.geobrief.events.GeoEvent;
import org.geobrief.events.SourceLink;
import org.geobrief.gazetteer.Place;
import org.geobrief.gazetteer.PlaceCandidate;
import org.geobrief.geoparse.MentionKind;
import org.geobrief.geoparse.PlaceMention;
import org.geobrief.geoparse.ResolvedMention;
import org.geobrief.timeline.TimePrecision;

/**
 * A tiny, predictable analyser for the import's tests (the real pipeline is tested in its own packages): it finds
 * the names of a fixed word list, resolves each to its first candidate unless overridden, and reports a protest at
 * the first place of every sentence that speaks of protesters.
 */
class WordListAnalyser implements ArticleAnalyser {

    static final Place ALMATY = place(1526384, "Almaty", "KZ", 43.25, 76.92);
    static final Place ASTANA = place(1526273, "Astana", "KZ", 51.18, 71.45);
    static final Place AKTAU = place(610612, "Aktau", "KZ", 43.65, 51.16);
    static final Place PARIS_FR = place(2988507, "Paris", "FR", 48.85, 2.35);
    static final Place PARIS_TX = place(4717560, "Paris", "US", 33.66, -95.56);
    static final Map<String, List<Place>> NAMES = Map.of(
            "Almaty", List.of(ALMATY),
            "Astana", List.of(ASTANA),
            "Aktau", List.of(AKTAU),
            "Paris", List.of(PARIS_FR, PARIS_TX));
    private static final Pattern WORD = Pattern.compile("\\p{Lu}\\p{L}+");
    private static final Pattern SENTENCE = Pattern.compile("[^.!?\\n]+[.!?]?");

    int calls;

    static Place place(long id, String name, String cc, double lat, double lon) {
        return new Place(id, name, "P", "PPL", cc, "", "", 100_000, new GeoPoint(lat, lon));
    }

    @Override
    public Analysis analyse(Article article, MentionOverrides overrides) {
        calls++;
        String text = article.text();
        List<ResolvedMention> mentions = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            List<Place> places = NAMES.get(m.group());
            if (places == null) {
                continue;
            }
            TextSpan span = TextSpan.ofChars(text, m.start(), m.end());
            Long forced = overrides
                    .bySpan()
                    .getOrDefault(span, overrides.byName().get(MentionOverrides.normalise(m.group())));
            Place chosen = forced == null ? places.get(0) : byId(forced);
            mentions.add(new ResolvedMention(
                    new PlaceMention(m.group(), span, MentionKind.TOPONYM),
                    chosen,
                    forced == null ? 0.7 : 1.0,
                    places.stream()
                            .map(p -> new PlaceCandidate(p, p == places.get(0) ? 0.7 : 0.3))
                            .toList()));
        }
        List<GeoEvent> events = new ArrayList<>();
        Matcher s = SENTENCE.matcher(text);
        while (s.find()) {
            if (!s.group().toLowerCase().contains("protest")) {
                continue;
            }
            TextSpan sentence = TextSpan.ofChars(text, s.start(), s.end());
            mentions.stream()
                    .filter(r -> sentence.contains(r.mention().span()) && r.place() != null)
                    .findFirst()
                    .ifPresent(r -> events.add(new GeoEvent(
                            "PROTESTS:" + article.published() + ":" + r.place().geonameId(),
                            EventType.PROTESTS,
                            "Peaceful protest",
                            article.published(),
                            TimePrecision.DAY,
                            1,
                            r.place(),
                            List.of("Protesters"),
                            null,
                            0.6,
                            List.of(new EventSource(
                                    new SourceLink(
                                            article.id(),
                                            new TextSpan(
                                                    article.span().start() + sentence.start(),
                                                    article.span().start() + sentence.end())),
                                    s.group())))));
        }
        return new Analysis(mentions, events);
    }

    private static Place byId(long id) {
        return NAMES.values().stream()
                .flatMap(List::stream)
                .filter(p -> p.geonameId() == id)
                .findFirst()
                .orElse(null);
    }
}
