package org.geobrief.events.internal;

import static org.geobrief.events.EventType.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.geobrief.events.EventType;
import org.geobrief.timeline.ResolvedDate;

/**
 * An event told without a date of its own is often dated where the article refers back to it by a dated noun phrase:
 * "the sprinkler system was disconnected when a fire destroyed the building. ... shut off just before Friday's blaze";
 * "Sunday's shooting", "last week's storm", "Tuesday night's fire", "the March 7 fire", "the terrorist attack on
 * Tuesday". The date is a possessive, an attributive after "the" or follows a definite noun, and the noun names an
 * event of the same kind (a fire for a fire or a wildfire, a crash for a
 * road accident). Nouns only: a verb would make the reference an event of its own, dated already.
 */
public final class DatedReferences {

    private static final String FIRE = "fires?|blazes?|infernos?|wildfires?|brush\\s*fires?";
    private static final String KILLING = "shootings?|killings?|slayings?|murders?|stabbings?|homicides?|massacres?";
    private static final String VIOLENCE = "attacks?|bombings?|blasts?|explosions?|shelling|(?:air)?strikes?|raids?"
            + "|ambush(?:es)?|fighting|clashes|offensive|assault";

    /**
     * What follows the date expression up to the noun: its possessive with up to two modifiers ("Friday's blaze",
     * "last week’s deadly storm"), or, after "the", one modifier at most ("the March 7 fire", "the Sunday night
     * shooting").
     */
    private static final String LEAD = "(?i)(?:['’]s\\s+(?:[\\p{L}-]+\\s+){0,2}?|\\s+(?:[\\p{L}-]+\\s+)??)(?:";

    /** A definite noun phrase whose date follows it: "the unfortunate terrorist attack on Tuesday". */
    private static final String TRAIL = "(?i)\\bthe\\s+(?:[\\p{L}-]+\\s+){0,3}?(?:";

    private static final Pattern THE_BEFORE = Pattern.compile("(?i)\\bthe\\s+$");
    private static final Pattern ON_BEFORE = Pattern.compile("(?i)\\bon\\s+$");

    private static final Map<EventType, Pattern> NOUNS = nouns(LEAD, ")\\b");
    private static final Map<EventType, Pattern> NOUNS_BEFORE = nouns(TRAIL, ")\\s+$");

    private DatedReferences() {}

    private static Map<EventType, Pattern> nouns(String lead, String tail) {
        Map<EventType, String> words = new EnumMap<>(EventType.class);
        words.put(INDUSTRIAL_ACCIDENT, FIRE + "|explosions?|blasts?|spills?|leaks?");
        words.put(WILDFIRE, FIRE);
        words.put(HOMICIDE, KILLING);
        words.put(VIOLENCE_AGAINST_CIVILIANS, KILLING + "|" + VIOLENCE);
        words.put(BATTLES, VIOLENCE);
        words.put(EXPLOSIONS_REMOTE_VIOLENCE, VIOLENCE);
        words.put(TRANSPORT_ACCIDENT, "crash(?:es)?|wrecks?|collisions?|accidents?|derailment|pile-?up");
        words.put(STRUCTURAL_COLLAPSE, "collapse");
        words.put(THEFT, "robber(?:y|ies)|burglar(?:y|ies)|thefts?|heists?|break-ins?|hold-?ups?|looting");
        words.put(FRAUD, "scams?|frauds?");
        words.put(KIDNAPPING, "kidnappings?|abductions?");
        words.put(PROTESTS, "protests?|rall(?:y|ies)|march(?:es)?|demonstrations?|walkouts?|sit-ins?|vigils?");
        words.put(RIOTS, "riots?|rioting|unrest|melee|brawl");
        words.put(STORM, "storms?|snowstorms?|tornado(?:es)?|hurricanes?|blizzards?|twisters?");
        words.put(FLOOD, "floods?|flooding");
        words.put(EARTHQUAKE, "earthquakes?|quakes?|tremors?");
        words.put(LANDSLIDE, "landslides?|mudslides?");
        words.put(ELECTION, "elections?|primar(?:y|ies)|runoffs?|vote|polls");
        words.put(REFERENDUM, "referendum|vote");
        words.put(OFFICIAL_VISIT, "visits?|trips?");
        words.put(EVACUATION, "evacuations?");
        Map<EventType, Pattern> out = new EnumMap<>(EventType.class);
        words.forEach((type, w) -> out.put(type, Pattern.compile(lead + w + tail)));
        return out;
    }

    /**
     * The date of the nearest other sentence of {@code sentences} that refers back to an event of {@code type} by a
     * dated noun phrase, when that date lies on or before {@code published} and within {@code maxAgeDays} of it;
     * {@code dates} holds each sentence's resolved dates.
     */
    public static Optional<ResolvedDate> find(
            List<String> sentences,
            List<List<ResolvedDate>> dates,
            int self,
            EventType type,
            LocalDate published,
            int maxAgeDays) {
        return new InArticle(sentences, dates, published, maxAgeDays).nearest(self, type);
    }

    /**
     * One article's dated references, found once per event type: each undated event of a long text then looks up the
     * nearest instead of reading every other sentence again.
     */
    public static final class InArticle {

        private final List<String> sentences;
        private final List<List<ResolvedDate>> dates;
        private final LocalDate published;
        private final int maxAgeDays;
        private final Map<EventType, List<Reference>> byType = new EnumMap<>(EventType.class);

        /** Sentence {@code sentence}'s first date that refers back to an event of the type. */
        private record Reference(int sentence, ResolvedDate date) {}

        public InArticle(List<String> sentences, List<List<ResolvedDate>> dates, LocalDate published, int maxAgeDays) {
            this.sentences = sentences;
            this.dates = dates;
            this.published = published;
            this.maxAgeDays = maxAgeDays;
        }

        /**
         * As {@link DatedReferences#find}: the reference nearest sentence {@code self} (not in it), the later one of
         * two as near.
         */
        public Optional<ResolvedDate> nearest(int self, EventType type) {
            if (!NOUNS.containsKey(type) || published == null) {
                return Optional.empty();
            }
            List<Reference> refs = byType.computeIfAbsent(type, this::references);
            int lo = 0;
            int hi = refs.size();
            while (lo < hi) { // the first reference after sentence self
                int mid = (lo + hi) >>> 1;
                if (refs.get(mid).sentence() <= self) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            Reference after = lo < refs.size() ? refs.get(lo) : null;
            int before = lo - 1;
            if (before >= 0 && refs.get(before).sentence() == self) {
                before--;
            }
            Reference earlier = before >= 0 ? refs.get(before) : null;
            if (after != null && (earlier == null || after.sentence() - self <= self - earlier.sentence())) {
                return Optional.of(after.date());
            }
            return Optional.ofNullable(earlier).map(Reference::date);
        }

        private List<Reference> references(EventType type) {
            Pattern nouns = NOUNS.get(type);
            Pattern nounsBefore = NOUNS_BEFORE.get(type);
            List<Reference> refs = new ArrayList<>();
            for (int j = 0; j < sentences.size(); j++) {
                for (ResolvedDate d : dates.get(j)) {
                    if (!d.date().isAfter(published)
                            && !d.date().isBefore(published.minusDays(maxAgeDays))
                            && (names(sentences.get(j), d, nouns) || follows(sentences.get(j), d, nounsBefore))) {
                        refs.add(new Reference(j, d));
                        break;
                    }
                }
            }
            return refs;
        }
    }

    /** True when date {@code d} of {@code sentence} follows a definite noun it dates: "the attack on Tuesday". */
    static boolean follows(String sentence, ResolvedDate d, Pattern nounsBefore) {
        int[] c = d.span().toChars(sentence);
        String before = sentence.substring(Math.max(0, c[0] - 80), c[0]);
        if (!d.expression().regionMatches(true, 0, "on ", 0, 3)) {
            before = ON_BEFORE.matcher(before).replaceFirst(""); // "on" outside the expression
        }
        return nounsBefore.matcher(before).find();
    }

    /** True when date {@code d} of {@code sentence} qualifies one of {@code nouns}: "Friday's blaze", "the May 3 vote". */
    static boolean names(String sentence, ResolvedDate d, Pattern nouns) {
        int[] c = d.span().toChars(sentence);
        String after = sentence.substring(c[1], Math.min(sentence.length(), c[1] + 60));
        var m = nouns.matcher(after);
        if (!m.lookingAt()) {
            return false;
        }
        boolean possessive = after.startsWith("'s") || after.startsWith("’s");
        return possessive
                || THE_BEFORE
                        .matcher(sentence.substring(Math.max(0, c[0] - 6), c[0]))
                        .find();
    }
}
