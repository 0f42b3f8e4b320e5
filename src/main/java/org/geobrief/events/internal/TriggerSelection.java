package org.geobrief.events.internal;

import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.geobrief.events.EventFamily;
import org.geobrief.events.EventType;
import org.geobrief.events.internal.SubtypeRules.Kind;
import org.geobrief.events.internal.TriggerLexicon.Hit;

/**
 * The events a sentence reports: one per kind (one per type outside ACLED's families), from the first trigger of that
 * kind that the sentence asserts. A riot in the sentence absorbs a plain protest (the same crowd); an explosion
 * absorbs a generic "attack"; a disaster or an accident absorbs the killing, fighting or deployment words that
 * describe it ("the earthquake killed 3,000 people", "soldiers were deployed to rescue flood victims") unless armed
 * men are in the sentence; political violence absorbs a killing ("shelling killed two"); a disaster absorbs the accidents it caused ("buildings collapsed in the quake"). Sports
 * reports (two or more sports words) have no events. Announced events ("elections will be held on 3 March") of the
 * kinds that are planned ahead are returned apart.
 */
public final class TriggerSelection {

    /** What a sentence reports and what it announces. */
    public record Selection(Map<Kind, Hit> reported, Map<Kind, Hit> planned) {}

    private static final Set<EventType> ABSORBED_BY_DISASTER = EnumSet.of(
            EventType.VIOLENCE_AGAINST_CIVILIANS,
            EventType.HOMICIDE,
            EventType.BATTLES,
            EventType.STRATEGIC_DEVELOPMENTS,
            EventType.RIOTS);

    private final TriggerLexicon lexicon;
    private final SubtypeRules rules;

    public TriggerSelection(TriggerLexicon lexicon, SubtypeRules rules) {
        this.lexicon = lexicon;
        this.rules = rules;
    }

    /** The kinds {@code sentence} reports; {@code context} is it with the sentence before it in its paragraph. */
    public Map<Kind, Hit> select(String sentence, String context) {
        return selectAll(sentence, context).reported();
    }

    /**
     * The crime types {@code sentence} tells only as attempts ("tried to rob a woman", "arrested in an attempted
     * robbery"), so that a later definite "the robbery" refers back to the attempt ({@link #refersToAttempt}).
     */
    public Set<EventType> attempted(String sentence) {
        Set<EventType> out = EnumSet.noneOf(EventType.class);
        if (!AsciiText.containsAny(sentence, "attempt", "trie", "trying")) {
            return out; // no word of Occurrences.ATTEMPT_BEFORE: no second trigger search ("tries": "trie", as 'ſ')
        }
        for (Hit hit : lexicon.find(sentence, TriggerLexicon.words(sentence, WORDS))) {
            if (Occurrences.notReported(sentence, hit).filter("attempt"::equals).isPresent()) {
                out.add(hit.trigger().type());
            }
        }
        return out;
    }

    /**
     * "The victim of the robbery was not harmed", after "tried to rob a woman": a definite noun of a type the article
     * has told only as an attempt names that attempt, not a crime done.
     */
    public static boolean refersToAttempt(String sentence, Hit hit, EventType type, Set<EventType> attempted) {
        return attempted.contains(type) && BackReferences.definiteNoun(sentence, hit);
    }

    /** The kinds {@code sentence} reports and those it announces, each with its first trigger. */
    public Selection selectAll(String sentence, String context) {
        Map<Kind, Hit> kinds = new LinkedHashMap<>();
        Map<Kind, Hit> planned = new LinkedHashMap<>();
        Map<String, Integer> words = TriggerLexicon.words(sentence, WORDS);
        if (isSports(sentence, words.keySet())) {
            return new Selection(kinds, planned); // "stormed back", "rallied from a deficit", "hard-fought battle"
        }
        Set<Kind> wider = new java.util.HashSet<>();
        Hedges.HedgeWords hedgeWords = new Hedges.HedgeWords(sentence);
        for (Hit hit : lexicon.find(sentence, words)) {
            if (ArmsTrade.merchandise(sentence, hit)) {
                continue; // "selling $1.3 billion in artillery to Saudi Arabia": goods, not shelling
            }
            if (BackReferences.refersBack(sentence, hit)) {
                continue; // "after the stabbing, he ran away": the stabbing was told before
            }
            if (Occurrences.notReported(sentence, hit).isPresent()) {
                continue; // "a homicide detective", "the threat of wildfires": no occurrence
            }
            if (Specifics.notSpecific(sentence, hit).isPresent()) {
                continue; // "a forum on identity theft", "aide Rob Porter": no specific occurrence
            }
            boolean asserted = strength(sentence, hit, hedgeWords) > 0;
            if (!asserted && !Hedges.future(sentence, hit)) {
                continue;
            }
            var kind = rules.refine(hit, sentence, context);
            if (kind.isEmpty()) {
                continue;
            }
            Kind k = kind.get();
            if (FamilyRules.plannable(k) && Hedges.deadline(sentence, hit)) {
                continue; // "Elections are due by August but ... a vote next month": the deadline is no event
            }
            if (!asserted || (FamilyRules.plannable(k) && Hedges.future(sentence, hit))) {
                if (FamilyRules.plannable(k)) {
                    planned.putIfAbsent(k, hit);
                }
                continue;
            }
            if (!k.type().isAcled() && !wider.add(k)) {
                // one event per kind: "a tropical storm, the second hurricane of the season"; kinds apart stay apart
                // ("a brush fire on Center Street in Torrington ... and a forest fire in Glastonbury")
                continue;
            }
            kinds.putIfAbsent(k, hit);
        }
        boolean riot = kinds.keySet().stream().anyMatch(k -> k.type() == EventType.RIOTS);
        boolean explosion = kinds.keySet().stream().anyMatch(k -> k.type() == EventType.EXPLOSIONS_REMOTE_VIOLENCE);
        boolean disaster = kinds.keySet().stream().anyMatch(k -> k.type().family() == EventFamily.DISASTERS);
        boolean accident = kinds.keySet().stream().anyMatch(k -> k.type().family() == EventFamily.ACCIDENTS);
        boolean armed = (disaster || accident)
                && SubtypeRules.ATTACKERS.matcher(sentence).find();
        boolean violence = kinds.keySet().stream().anyMatch(k -> k.type().family() == EventFamily.POLITICAL_VIOLENCE);
        kinds.keySet()
                .removeIf(k ->
                        (riot && k.type() == EventType.PROTESTS && !k.subtype().equals(TriggerLexicon.EXCESSIVE_FORCE))
                                || (explosion && k.type() == EventType.VIOLENCE_AGAINST_CIVILIANS)
                                || ((disaster || accident) && !armed && ABSORBED_BY_DISASTER.contains(k.type()))
                                || (disaster && k.type().family() == EventFamily.ACCIDENTS)
                                || (violence && k.type() == EventType.HOMICIDE));
        Hit measure = kinds.entrySet().stream()
                .filter(e -> e.getKey().type() == EventType.REFERENDUM)
                .map(Map.Entry::getValue)
                .findFirst()
                .orElse(null);
        if (measure != null) {
            // "Issue 9 ... is on the May 8 ballot": the ballot is the measure's, not a second event
            kinds.entrySet()
                    .removeIf(e -> e.getKey().type() == EventType.ELECTION
                            && e.getValue().start() >= measure.start()
                            && e.getValue().end() <= measure.end());
        }
        planned.keySet().removeIf(kinds::containsKey);
        return new Selection(kinds, planned);
    }

    /** True for kinds announced ahead: elections, referendums, visits, summits, agreements, protests. */
    public static boolean plannable(Kind kind) {
        return FamilyRules.plannable(kind);
    }

    private static final Pattern SPORTS = Pattern.compile(
            "\\b(?:team|teams|game|games|season|quarter|score[ds]?|points?|deficit|championships?|league|tournament|coach"
                    + "|playoffs?|innings|goals?|seniors|halftime|touchdowns?|wickets?|medal|semifinals?|finals?|stadium|series"
                    + "|layups?|rebounds?|homers?|home\\s+runs?|[\\w-]+-run|pitchers?|batters?|nba|nfl|mlb|nhl|fifa|uefa"
                    + "|seconds\\s+left|overtime)\\b",
            Pattern.CASE_INSENSITIVE);

    /**
     * A word each {@link #SPORTS} match contains, lower case, as the sentence's ASCII words split it ("home runs":
     * "home"; "two-run": "run"): a sentence without one has no sports words, and the pattern does not run over it.
     */
    private static final Set<String> SPORTS_WORDS = Set.of(
            "team",
            "teams",
            "game",
            "games",
            "season",
            "quarter",
            "score",
            "scored",
            "scores",
            "point",
            "points",
            "deficit",
            "championship",
            "championships",
            "league",
            "tournament",
            "coach",
            "playoff",
            "playoffs",
            "innings",
            "goal",
            "goals",
            "seniors",
            "halftime",
            "touchdown",
            "touchdowns",
            "wicket",
            "wickets",
            "medal",
            "semifinal",
            "semifinals",
            "final",
            "finals",
            "stadium",
            "series",
            "layup",
            "layups",
            "rebound",
            "rebounds",
            "homer",
            "homers",
            "home",
            "run",
            "pitcher",
            "pitchers",
            "batter",
            "batters",
            "nba",
            "nfl",
            "mlb",
            "nhl",
            "fifa",
            "uefa",
            "seconds",
            "overtime");

    /** The words a sentence is split into for its triggers and its sports test, looked up once. */
    private static final WordTable WORDS =
            WordTable.of(java.util.stream.Stream.concat(TriggerLexicon.keys().stream(), SPORTS_WORDS.stream())
                    .toList());

    /** True when at least two sports words make trigger words metaphors. */
    static boolean isSports(String sentence) {
        return isSports(sentence, TriggerLexicon.words(sentence, WORDS).keySet());
    }

    /**
     * The {@link #SPORTS_WORDS} that alone can make two different matches: "home runs" and "home  runs", "two-run" and
     * "three-run", "seconds left" and "seconds  left". Every other word makes one, so a sentence needs two sports
     * words or one of these before the pattern can count two.
     */
    private static final Set<String> MATCHING_TWICE = Set.of("home", "run", "seconds");

    /** As {@link #isSports(String)}, with the sentence's {@link TriggerLexicon#words} already split. */
    private static boolean isSports(String sentence, Set<String> words) {
        long sportsWords =
                words.stream().filter(SPORTS_WORDS::contains).limit(2).count();
        if (sportsWords == 0 || (sportsWords == 1 && Collections.disjoint(words, MATCHING_TWICE))) {
            return false;
        }
        Matcher m = SPORTS.matcher(sentence);
        java.util.Set<String> seen = new java.util.HashSet<>();
        while (m.find()) {
            seen.add(m.group().toLowerCase(java.util.Locale.ROOT));
        }
        return seen.size() >= 2;
    }

    /** How strongly the sentence asserts the hit: 0 when it does not (negated, intended, unsupported weak noun). */
    public double strength(String sentence, Hit hit) {
        return strength(sentence, hit, new Hedges.HedgeWords(sentence));
    }

    private static double strength(String sentence, Hit hit, Hedges.HedgeWords hedgeWords) {
        if (hit.trigger().weak() && !Support.happened(sentence, hit)) {
            return 0;
        }
        return (hit.trigger().weak() ? 0.65 : 0.85) * Hedges.factor(sentence, hit, hedgeWords);
    }
}
