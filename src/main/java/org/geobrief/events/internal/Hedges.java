package org.geobrief.events.internal;

import java.util.regex.Pattern;
import org.geobrief.events.EventType;

/**
 * How far a sentence asserts that a trigger happened: 0 when negated or only intended ("did not protest", "will send
 * troops", "is known to send troops"), less than 1 when hedged, reported as a possibility or inside a quotation.
 */
final class Hedges {

    private static final Pattern UNREAL_BEFORE = Pattern.compile(
            "\\b(?:could|may|might|would|should|must|can|cannot|will|shall|not|(?<!\\b(?:led|lead|leads|leading|due|response|related|linked|according|addition|subjected|resorted|returned|had|has|have|forced|caused|causing|were|was)\\s)to|no|never|without|n't|nor|threaten\\w*"
                    + "|plans?|planned|intends?|ready|propos\\w*|consider\\w*|prevent|prevents|avert|avoid|deter)\\s+(?:\\w+\\s+){0,1}$"
                    + "|\\b(?:rather\\s+than|instead\\s+of)\\s+(?:\\w+\\s+){0,3}$");
    /** Inside a two-part phrase ("troops ... will send"): a modal or negation before its second part. */
    private static final Pattern UNREAL_WITHIN = Pattern.compile(
            "\\s(?:could|may|might|would|should|must|can|cannot|will|shall|not|never|n't)\\s+(?:\\w+\\s+)?\\S+$");

    private static final Pattern HEDGE = Pattern.compile(
            "\\b(?:if|whether|right\\s+to|refrain|urg\\w+|call\\w*\\s+for|warn\\w*|threat\\w*|fear\\w*|risk|possible"
                    + "|prospect|hope\\w*|could|might|would|may|will)\\b");

    /** Future or intention just before the trigger: "will hold", "plans to visit", "is set to sign". */
    private static final Pattern FUTURE_BEFORE = Pattern.compile(
            "\\b(?:will|shall|'ll|plans?\\s+to|planned\\s+to|planning\\s+to|intends?\\s+to|(?:is|are)\\s+due\\s+to"
                    + "|set\\s+to|scheduled\\s+to|expected\\s+to|going\\s+to|to\\s+be)\\s+(?:\\w+\\s+){0,2}$"
                    // "his seat is up for re-election in November": the seat's next election
                    + "|\\b(?:is|are)\\s+up\\s+for\\s+(?:re-?)?$",
            Pattern.CASE_INSENSITIVE);
    /** A sentence that schedules something: "upcoming", "next month", "scheduled for", "to be held". */
    private static final Pattern SCHEDULED = Pattern.compile(
            "\\b(?:upcoming|forthcoming|next\\s+(?:week|month|year|\\w+day)|(?:scheduled|planned|slated|set|called)\\s+for"
                    + "|to\\s+be\\s+held|will\\s+be\\s+held|will\\s+take\\s+place|due\\s+to\\s+(?:be\\s+held|take\\s+place))\\b",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern CALLED_OFF = Pattern.compile(
            "\\b(?:not|never|n't|no|postpon\\w+|cancel\\w*|delay\\w*|call\\w*\\s+off|suspend\\w*|boycott\\w*|due\\s+by"
                    + "|no\\s+later\\s+than|by\\s+the\\s+end\\s+of|deadline)\\b",
            Pattern.CASE_INSENSITIVE);

    /**
     * How far (chars) from the trigger a cancellation or a deadline bounds it: "Elections are due by August but [the
     * prime minister] is expected to dissolve Parliament on Friday to pave the way for a vote next month" announces
     * the vote; the deadline is another clause's.
     */
    private static final int CALLED_OFF_REACH = 60;

    /** What a crowd demands is no hedge on the crowd: "supporters gathered ..., calling for his release". */
    private static final Pattern DEMAND = Pattern.compile("\\b(?:urg\\w+|call\\w*\\s+for)\\b");

    /** A feeling about the event, not the event: "she was worried about flooding", "fears of a blizzard". */
    private static final Pattern EMOTION_BEFORE = Pattern.compile(
            "\\b(?:worried|worries|worry|worrying|concerned|afraid|fears?|feared|fearful|anxious|nervous|scared|fretting"
                    + "|dread\\w*|panicked)\\s+(?:about|of|over|that)\\s+(?:[\\w'’-]+\\s+){0,3}$",
            Pattern.CASE_INSENSITIVE);

    /** A word part each {@link #EMOTION_BEFORE} match holds, in ASCII lower case. */
    private static final String[] FEELINGS = {
        "worr", "concerned", "afraid", "fear", "anxious", "nervous", "scared", "fretting", "dread", "panicked"
    };

    /**
     * A forecast of a hazard, its subject the trigger: "a storm system moving into the valley could drop two inches of
     * rain", "the storm is expected to bring snow". A forecast is not yet a disaster.
     */
    private static final Pattern FORECAST_AFTER = Pattern.compile(
            "^[^.;:]{0,80}?\\b(?:could|may|might|would|will|is\\s+expected\\s+to|are\\s+expected\\s+to"
                    + "|is\\s+forecast\\s+to|are\\s+forecast\\s+to|threatens?\\s+to|is\\s+likely\\s+to)\\s+"
                    + "(?:drop|dump|bring|produce|hit|reach|arrive|strike|cause|make|move|develop|form|intensify|deliver"
                    + "|spread|affect)\\b",
            Pattern.CASE_INSENSITIVE);

    /** Any such event, not one: "police officers break up any brawls that erupt". */
    private static final Pattern ANY_BEFORE =
            Pattern.compile("\\b(?:any|every|whatever)\\s+(?:[\\w-]+\\s+)?$", Pattern.CASE_INSENSITIVE);

    private static boolean anyBefore(String before) {
        return AsciiText.containsAny(before, "any", "every", "whatever")
                && ANY_BEFORE.matcher(before).find();
    }

    /** What is expected, not reported: "observers anticipate an escalation of terrorist attacks". */
    private static final Pattern EXPECTED_BEFORE = Pattern.compile(
            "\\b(?:anticipat\\w+|predict\\w*|foresee\\w*|fears?|feared|fearing)\\s+(?:an?\\s+|the\\s+|more\\s+|further\\s+)?"
                    + "(?:(?:escalation|increase|rise|surge|upsurge|wave|spate|renewal)\\s+(?:of|in)\\s+)?(?:[\\w-]+\\s+){0,2}$",
            Pattern.CASE_INSENSITIVE);

    /** A habitual condition: "Any time you work a homicide investigation, ...", "whenever a fire breaks out". */
    private static final Pattern WHENEVER_BEFORE = Pattern.compile(
            "\\b(?:any\\s?time|whenever|every\\s+time)\\s+(?:[\\w'’-]+\\s+){0,5}$", Pattern.CASE_INSENSITIVE);

    /** A cause's effect is a fact: "water has caused a portion of County Road 56 to wash out". */
    private static final Pattern CAUSED_TO =
            Pattern.compile("\\bcaus(?:ed|es|ing)\\s+(?:\\S+\\s+){0,6}to\\s+$", Pattern.CASE_INSENSITIVE);

    /*
     * The searches of the patterns above that run on every trigger or over whole sentences, tried only where a match
     * can begin (WordStartSearch); the others are not of its anchored form or are short and prefiltered.
     */
    private static final WordStartSearch HEDGE_SEARCH = WordStartSearch.of(HEDGE);
    private static final WordStartSearch UNREAL_BEFORE_SEARCH = WordStartSearch.of(UNREAL_BEFORE);
    private static final WordStartSearch SCHEDULED_SEARCH = WordStartSearch.of(SCHEDULED);
    private static final WordStartSearch CALLED_OFF_SEARCH = WordStartSearch.of(CALLED_OFF);
    private static final WordStartSearch WHENEVER_SEARCH = WordStartSearch.of(WHENEVER_BEFORE);
    private static final WordStartSearch EXPECTED_SEARCH = WordStartSearch.of(EXPECTED_BEFORE);
    private static final WordStartSearch CAUSED_TO_SEARCH = WordStartSearch.of(CAUSED_TO);

    private Hedges() {}

    /** True when {@code hit} is the object of a feeling ("worried about flooding"): no event is asserted. */
    static boolean felt(String sentence, TriggerLexicon.Hit hit) {
        String before = sentence.substring(Math.max(0, hit.start() - 60), hit.start());
        return AsciiText.containsAny(before, FEELINGS)
                && EMOTION_BEFORE.matcher(before).find();
    }

    /** A hazard as the modifier of an outlook: "the flood outlook", "a storm warning", "wildfire risk". */
    private static final Pattern OUTLOOK_AFTER = Pattern.compile(
            "^\\s+(?:outlooks?|forecasts?|predictions?|warnings?|watch|watches|advisory|advisories|risks?|threats?"
                    + "|danger|season|insurance|preparedness|plans?|drills?|maps?|zones?|plains?)\\b",
            Pattern.CASE_INSENSITIVE);

    /**
     * True when a hazard named by {@code hit} is only forecast ("a storm ... could drop rain") or names an outlook,
     * a warning or a risk of it ("despite the gloomy weather and flood outlook").
     */
    static boolean forecast(String sentence, TriggerLexicon.Hit hit) {
        return hit.trigger().type().family() == org.geobrief.events.EventFamily.DISASTERS
                && (FORECAST_AFTER.matcher(sentence.substring(hit.end())).find()
                        || OUTLOOK_AFTER.matcher(sentence.substring(hit.end())).find());
    }

    /**
     * True when the sentence announces the trigger's event for later ("will visit", "elections scheduled for March")
     * and does not call it off or deny it.
     */
    static boolean future(String sentence, TriggerLexicon.Hit hit) {
        String before = sentence.substring(Math.max(0, hit.start() - 40), hit.start());
        String around = sentence.substring(Math.max(0, hit.start() - 40), Math.min(sentence.length(), hit.end() + 60));
        return (FUTURE_BEFORE.matcher(before).find() || SCHEDULED_SEARCH.find(around))
                && !CALLED_OFF_SEARCH.find(sentence.substring(
                        Math.max(0, hit.start() - CALLED_OFF_REACH),
                        Math.min(sentence.length(), hit.end() + CALLED_OFF_REACH)));
    }

    /** A deadline right after the trigger: "Elections are due by August", "must be held no later than May". */
    private static final Pattern DEADLINE_AFTER = Pattern.compile(
            "^\\s*(?:(?:are|is|were|was|must\\s+be\\s+held|have\\s+to\\s+be\\s+held)\\s+)?(?:due\\s+by|no\\s+later\\s+than"
                    + "|by\\s+the\\s+end\\s+of)\\b",
            Pattern.CASE_INSENSITIVE);

    /** True when the trigger only names a deadline ("elections are due by August"), no event and no date of one. */
    static boolean deadline(String sentence, TriggerLexicon.Hit hit) {
        return DEADLINE_AFTER
                .matcher(sentence.substring(hit.end(), Math.min(sentence.length(), hit.end() + 40)))
                .find();
    }

    /** A gerund opening its clause: "Imposing new tariffs is an economic dead end" speaks of the act in general. */
    private static final Pattern GERUND_START = Pattern.compile("(?:^|[\"“‘(:;]|\\s[-–—])\\s*$");

    private static final Pattern GERUND = Pattern.compile("^\\p{L}+ing\\b");
    /** The gerund phrase's predicate: "is", "would be", "remains" within a few words of the trigger's end. */
    private static final Pattern GENERIC_PREDICATE = Pattern.compile(
            "^\\s*(?:[\\w$%.,-]+\\s+){0,4}?(?:is|are|was|were|would|will|could|can|may|might|remains?|seems?)\\b");

    /** True when the trigger is a gerund subject of a general statement ("Imposing tariffs is a dead end"). */
    static boolean generic(String sentence, TriggerLexicon.Hit hit) {
        return GERUND.matcher(sentence.substring(hit.start(), hit.end())).find()
                && GERUND_START.matcher(sentence.substring(0, hit.start())).find()
                && GENERIC_PREDICATE
                        .matcher(sentence.substring(hit.end(), Math.min(sentence.length(), hit.end() + 50)))
                        .find();
    }

    static double factor(String sentence, TriggerLexicon.Hit hit) {
        return factor(sentence, hit, new HedgeWords(sentence));
    }

    /** As {@link #factor(String, TriggerLexicon.Hit)}, with the sentence's hedge words counted once for its hits. */
    static double factor(String sentence, TriggerLexicon.Hit hit, HedgeWords hedgeWords) {
        if (generic(sentence, hit)
                || felt(sentence, hit)
                || forecast(sentence, hit)
                || anyBefore(sentence.substring(Math.max(0, hit.start() - 30), hit.start()))
                || WHENEVER_SEARCH.find(sentence.substring(Math.max(0, hit.start() - 60), hit.start()))
                || EXPECTED_SEARCH.find(sentence.substring(Math.max(0, hit.start() - 60), hit.start()))) {
            return 0;
        }
        String before = sentence.substring(Math.max(0, hit.start() - 40), hit.start());
        if ((UNREAL_BEFORE_SEARCH.find(before)
                        && !AnnouncedMeasures.decided(sentence, hit)
                        && !CAUSED_TO_SEARCH.find(before))
                || UNREAL_WITHIN
                        .matcher(sentence.substring(hit.start(), hit.end()))
                        .find()) {
            return 0;
        }
        double f = 1;
        boolean crowd =
                hit.trigger().type() == EventType.PROTESTS || hit.trigger().type() == EventType.RIOTS;
        for (int i = hedgeWords.count(crowd); i > 0; i--) {
            f *= 0.6; // each hedge ("may", "called for", "right to") weakens the assertion further
        }
        if (insideQuote(sentence, hit.start())) {
            f *= 0.7;
        }
        return f;
    }

    /**
     * The hedge words of one sentence ("may", "called for", "right to"), counted on first use and then shared by
     * its triggers (issue 18: the whole-sentence search ran once per trigger). Not for sharing between threads.
     */
    static final class HedgeWords {
        private final String sentence;
        private int all = -1;
        private int demands;

        HedgeWords(String sentence) {
            this.sentence = sentence;
        }

        /** How many hedge words the sentence holds; for a crowd's trigger its demands do not count. */
        int count(boolean crowd) {
            if (all < 0) {
                all = 0;
                WordStartSearch.Matches h = HEDGE_SEARCH.matches(sentence);
                while (h.find()) {
                    all++;
                    if (DEMAND.matcher(h.group()).matches()) {
                        demands++;
                    }
                }
            }
            return crowd ? all - demands : all;
        }
    }

    private static boolean insideQuote(String s, int pos) {
        int open = 0;
        int straight = 0;
        for (int i = 0; i < pos; i++) {
            char c = s.charAt(i);
            if (c == '“') {
                open++;
            } else if (c == '”') {
                open = Math.max(0, open - 1);
            } else if (c == '"') {
                straight++;
            }
        }
        return open > 0 || straight % 2 == 1;
    }
}
