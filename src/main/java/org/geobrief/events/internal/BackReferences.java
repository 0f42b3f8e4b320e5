package org.geobrief.events.internal;

import java.util.regex.Pattern;

/**
 * Mentions that refer back to an event rather than report one. A definite noun in a temporal adjunct ("after the
 * stabbing", "since the attack", "following the blast", "on the day of the murder", "at the time of the attack") names an event the article has already told, so that it only
 * times the sentence's own news; a participle used as an adjective ("detained lawyers", "displaced persons' camp")
 * names a state, not an act.
 */
final class BackReferences {

    private static final Pattern ENDS_WITH_OF = Pattern.compile("\\sof\\z", Pattern.CASE_INSENSITIVE);
    /** A past participle: regular ("detained") or in -en ("stolen", "broken"). */
    private static final Pattern PARTICIPLE = Pattern.compile("\\p{L}+(?:ed|en)", Pattern.CASE_INSENSITIVE);

    private static final Pattern TEMPORAL_ADJUNCT = Pattern.compile(
            "\\b(?:after|before|since|following|prior\\s+to|ahead\\s+of|in\\s+the\\s+wake\\s+of|days\\s+after"
                    + "|hours\\s+after|(?:on|by|until)\\s+the\\s+(?:day|night|morning|evening|eve)\\s+of"
                    + "|at\\s+the\\s+time\\s+of)"
                    + "\\s+(?:the|this|that|last\\s+\\w+'s)\\s+(?:[\\w-]+\\s+){0,2}$",
            Pattern.CASE_INSENSITIVE);

    /**
     * A definite noun as a cause, a frame or the object of a breach names an event told before (or a standing
     * agreement): "returned home due to the theft", "were present during the visit", "a violation of the ceasefire",
     * "in response to the expulsions", "the outcomes gained during Minister Sergey Shoyu's visit".
     */
    private static final Pattern CAUSAL_ADJUNCT = Pattern.compile(
            "\\b(?:due\\s+to|because\\s+of|owing\\s+to|during|amid|in\\s+response\\s+to|in\\s+retaliation\\s+(?:for|against)"
                    + "|violations?\\s+of|breach(?:es)?\\s+of|violat(?:ed|ing)|breach(?:ed|ing))\\s+"
                    + "(?:the|this|that|its|their|his|her|(?:\\p{Lu}[\\p{L}.-]*\\s+){0,3}\\p{Lu}[\\p{L}-]*['’]s)\\s+"
                    + "(?:[\\w-]+\\s+){0,2}$",
            Pattern.CASE_INSENSITIVE);

    /**
     * An act embedded in a decision that a cause or frame refers to: "in response to the US decision to expel ...
     * diplomats and close the Russian consulate in Seattle", "after Moscow's move to shut the consulate". The decision
     * was told before (or elsewhere); the sentence reports the act it answers, not this one.
     */
    private static final Pattern DECISION_ADJUNCT = Pattern.compile(
            "\\b(?:after|following|over|in\\s+response\\s+to|in\\s+retaliation\\s+(?:for|against)|due\\s+to|because\\s+of)\\s+"
                    + "(?:the|this|that|its|their|his|her|\\p{Lu}[\\p{L}.-]*['’]s)\\s+(?:[\\w.-]+\\s+){0,3}"
                    + "(?:decision|decisions|move|moves|order|orders|plan|plans|bid)\\s+to\\s+[^,;:]{0,100}$",
            Pattern.CASE_INSENSITIVE);

    /** A word part each {@link #DECISION_ADJUNCT} match holds, in ASCII lower case. */
    private static final String[] DECISION_WORDS = {"decision", "move", "order", "plan", "bid"};

    /** A determiner right before a participle makes it an adjective: "the stolen gear", "their detained son". */
    private static final Pattern DETERMINER_BEFORE =
            Pattern.compile("\\b(?:the|these|those|its|their|his|her|our|my|your)\\s+$", Pattern.CASE_INSENSITIVE);
    /** "in a" before a participle: "a body found in a stolen car" names the car's state, not a theft told. */
    private static final Pattern INDEFINITE_IN_PHRASE_BEFORE = Pattern.compile(
            "\\b(?:in|inside|into|from|with|behind|under|aboard|driving|drove)\\s+(?:a|an)\\s+$",
            Pattern.CASE_INSENSITIVE);
    /** A noun after the participle (not a preposition or agent phrase: "the stolen in ..." is no noun phrase). */
    private static final Pattern NOUN_AFTER = Pattern.compile(
            "^\\s+(?!(?:by|in|at|on|for|as|and|or|from|over|during|with|to|into|was|were|is|are)\\b)\\p{L}{3,}",
            Pattern.CASE_INSENSITIVE);

    /**
     * A noun with its own arguments is news even in an adjunct: "after the police killing of an unarmed man on March
     * 18 in Sacramento" introduces the killing; "after the stabbing, he ran" refers to it.
     */
    private static final Pattern OWN_ARGUMENTS =
            Pattern.compile("\\s+(?:of|on|in|at|near|by)\\s", Pattern.CASE_INSENSITIVE);

    /** A participle before a plural noun: "detained lawyers", "displaced families". */
    private static final Pattern ATTRIBUTIVE_AFTER = Pattern.compile(
            "^\\s+(?!(?:by|in|at|on|for|as|and|or|from|over|during|with|without|since|under|to|into|this|last|its|his"
                    + "|hers?|their|the|a|an|us|them|dozens|hundreds|thousands|millions|others|tens|scores|days|hours"
                    + "|weeks|months|years|times)\\b)(?:\\p{L}+\\s+)?\\p{L}{3,}(?:s\\b|people\\b|persons\\b|['’])",
            Pattern.CASE_INSENSITIVE);
    /** What opens a noun phrase, so that a participle after it is an adjective: "of detained", "internally displaced". */
    private static final Pattern NOUN_PHRASE_OPENER = Pattern.compile(
            "\\b(?:of|the|for|with|about|among|from|these|those|some|many|other|more|all|at|internally|newly|recently"
                    + "|formerly|previously)\\s+$",
            Pattern.CASE_INSENSITIVE);

    /** "the robbery", "that shooting": a definite determiner right before the trigger. */
    private static final Pattern DEFINITE_BEFORE =
            Pattern.compile("\\b(?:the|that|this)\\s+$", Pattern.CASE_INSENSITIVE);
    /** A verb form, not a noun: "the man robbed", "the robbing". */
    private static final Pattern VERB_FORM = Pattern.compile("\\p{L}+(?:ed|ing)", Pattern.CASE_INSENSITIVE);

    private BackReferences() {}

    /** The trigger is a noun after a definite determiner ("the victim of the robbery"). */
    static boolean definiteNoun(String sentence, TriggerLexicon.Hit hit) {
        String before = sentence.substring(Math.max(0, hit.start() - 20), hit.start());
        return DEFINITE_BEFORE.matcher(before).find()
                && !VERB_FORM
                        .matcher(sentence.substring(hit.start(), hit.end()))
                        .matches();
    }

    /** True when {@code hit} names an event told before or a state, not an event the sentence reports. */
    static boolean refersBack(String sentence, TriggerLexicon.Hit hit) {
        String before = sentence.substring(Math.max(0, hit.start() - 60), hit.start());
        if ((TEMPORAL_ADJUNCT.matcher(before).find()
                        || CAUSAL_ADJUNCT.matcher(before).find())
                && !OWN_ARGUMENTS.matcher(sentence.substring(hit.end())).lookingAt()
                && !ENDS_WITH_OF
                        .matcher(sentence.substring(hit.start(), hit.end()))
                        .find()) {
            return true;
        }
        String longBefore = sentence.substring(Math.max(0, hit.start() - 200), hit.start());
        if (AsciiText.containsAny(longBefore, DECISION_WORDS)
                && DECISION_ADJUNCT.matcher(longBefore).find()) {
            return true;
        }
        String word = sentence.substring(hit.start(), hit.end());
        if (!PARTICIPLE.matcher(word).matches()) {
            return false;
        }
        String after = sentence.substring(hit.end());
        return NOUN_PHRASE_OPENER.matcher(before).find()
                        && ATTRIBUTIVE_AFTER.matcher(after).find()
                || (DETERMINER_BEFORE.matcher(before).find()
                                || INDEFINITE_IN_PHRASE_BEFORE.matcher(before).find())
                        && NOUN_AFTER.matcher(after).find();
    }
}
