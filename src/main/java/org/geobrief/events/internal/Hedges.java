package org.geobrief.events.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.geobrief.events.EventType;

/**
 * How far a sentence asserts that a trigger happened: 0 when negated or only intended ("did not protest", "will send
 * troops", "is known to send troops"), less than 1 when hedged, reported as a possibility or inside a quotation.
 */
final class Hedges {

    private static final Pattern UNREAL_BEFORE = Pattern.compile(
            "\\b(?:could|may|might|would|should|must|can|cannot|will|shall|not|(?<!\\b(?:led|lead|leads|leading|due|response|related|linked|according|addition|subjected|resorted|returned|had|has|have|forced|were|was)\\s)to|no|never|without|n't|nor|threaten\\w*"
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
                    + "|set\\s+to|scheduled\\s+to|expected\\s+to|going\\s+to|to\\s+be)\\s+(?:\\w+\\s+){0,2}$",
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

    private Hedges() {}

    /**
     * True when the sentence announces the trigger's event for later ("will visit", "elections scheduled for March")
     * and does not call it off or deny it.
     */
    static boolean future(String sentence, TriggerLexicon.Hit hit) {
        String before = sentence.substring(Math.max(0, hit.start() - 40), hit.start());
        String around = sentence.substring(Math.max(0, hit.start() - 40), Math.min(sentence.length(), hit.end() + 60));
        return (FUTURE_BEFORE.matcher(before).find()
                        || SCHEDULED.matcher(around).find())
                && !CALLED_OFF
                        .matcher(sentence.substring(
                                Math.max(0, hit.start() - CALLED_OFF_REACH),
                                Math.min(sentence.length(), hit.end() + CALLED_OFF_REACH)))
                        .find();
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
        if (generic(sentence, hit)) {
            return 0;
        }
        String before = sentence.substring(Math.max(0, hit.start() - 40), hit.start());
        if ((UNREAL_BEFORE.matcher(before).find() && !AnnouncedMeasures.decided(sentence, hit))
                || UNREAL_WITHIN
                        .matcher(sentence.substring(hit.start(), hit.end()))
                        .find()) {
            return 0;
        }
        double f = 1;
        boolean crowd =
                hit.trigger().type() == EventType.PROTESTS || hit.trigger().type() == EventType.RIOTS;
        Matcher h = HEDGE.matcher(sentence);
        while (h.find()) {
            if (crowd && DEMAND.matcher(h.group()).matches()) {
                continue;
            }
            f *= 0.6; // each hedge ("may", "called for", "right to") weakens the assertion further
        }
        if (insideQuote(sentence, hit.start())) {
            f *= 0.7;
        }
        return f;
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
