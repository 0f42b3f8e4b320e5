package org.geobrief.events.internal;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.geobrief.events.EventFamily;
import org.geobrief.events.EventType;
import org.geobrief.events.internal.TriggerLexicon.Hit;

/**
 * Whether a trigger tells a specific occurrence or only talks about its kind: the topic of a talk, a class or a
 * position ("a forum on identity theft", "the government's position on the expulsion of diplomats"), a running total
 * of a campaign ("the offensive has killed more than 1,600 civilians"), or a capitalised trigger word that is a
 * person's given name ("aide Rob Porter"), a negated kind ("with no history of drug trafficking"), a found object's past ("the car that police say was stolen"), or an epidemic that
 * is no infection ("the opioid epidemic").
 *
 * <p>Each cue is named ({@link Cue}); {@link #notSpecific} gives the first that applies. Issue 16, session 10: cues
 * for precision on unseen local news, beside {@link Occurrences}.
 */
public final class Specifics {

    private Specifics() {}

    /** A reason why a trigger tells no specific occurrence, with the test it applies. */
    public record Cue(String name, Predicate<Occurrences.Context> applies) {}

    private static final int I = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    /**
     * A noun of talk, teaching or opinion and the preposition that opens its topic: "a forum on", "a class about",
     * "the government's position on", "a debate over", "speculation about". The event kind is the subject matter.
     */
    static final Pattern TOPIC_BEFORE = Pattern.compile(
            "\\b(?:positions?|stances?|views?|opinions?|debates?|discussions?|forums?|seminars?|workshops?|classes"
                    + "|class|courses?|lectures?|presentations?|programs?|programmes?|conferences?|symposi(?:um|a)"
                    + "|panels?|trainings?|awareness|education|books?|films?|documentar(?:y|ies)|exhibits?|exhibitions?"
                    + "|stud(?:y|ies)|surveys?|research|speculation|lessons?|tips|advice|guidance|guidelines)\\s+"
                    + "(?:on|about|over|regarding|concerning)\\s+(?:(?:the|a|an|its|their|his|her)\\s+)?"
                    + "(?:[\\w'’-]+\\s+){0,3}$"
                    // the verbs of the same: "discussed the expulsions", "learn about identity theft"
                    + "|\\b(?:discuss(?:es|ed|ing)?|(?:talk|learn|teach|educat\\w*|speak|spoke|wr[io]t\\w*)"
                    + "(?:s|ed|ing)?\\s+(?:[\\w'’-]+\\s+){0,3}?about)\\s+(?:(?:the|a|an|its|their|his|her)\\s+)?"
                    + "(?:[\\w'’-]+\\s+){0,3}$",
            I);

    /**
     * A running total: a present perfect with a count given as a bound or a round mass ("has killed more than 1,600
     * civilians", "about 150,000 people have now been displaced", "have infected thousands"). A campaign's toll to
     * date, not one occurrence with a date and a place of its own.
     */
    static final Pattern TOTAL_BEFORE =
            Pattern.compile("\\b(?:has|have)\\s+(?:now\\s+|so\\s+far\\s+|already\\s+)?(?:been\\s+)?$", I);

    static final Pattern BOUNDED_COUNT = Pattern.compile(
            "\\b(?:more\\s+than|over|at\\s+least|about|around|nearly|almost|some|upwards\\s+of|tens\\s+of)\\s+"
                    + "\\d{1,3}(?:,\\d{3})+|\\b(?:more\\s+than|over|at\\s+least|about|around|nearly|almost|some)\\s+"
                    + "\\d{4,}|\\b(?:hundreds|thousands|millions|tens\\s+of\\s+thousands)\\s+of\\b"
                    + "|\\b\\d[\\d,.]*\\s+(?:million|thousand)\\b",
            I);

    /**
     * "with no history of drug trafficking", "there was no sign of looting", "no major hurricane landfalls": the
     * sentence says it did not occur.
     */
    static final Pattern NEGATED_BEFORE = Pattern.compile(
            "\\b(?:no|without|never|not\\s+any)\\s+(?:[\\w-]+\\s+)?(?:history|record|records|sign|signs|evidence"
                    + "|indication|indications|reports?|trace|hint|suggestion)\\s+of\\s+(?:[\\w'’-]+\\s+){0,2}$"
                    // "no major hurricane landfalls", "there was no looting": a determiner that negates the noun
                    + "|\\bno\\s+(?!(?:longer|sooner|later|more|less|matter|doubt|one's)\\b)(?:(?!(?:on|of|in|at|about|for|to|with|by|from|after"
                    + "|before|was|were|is|are|had|has|have|been|be)\\b)[\\w()-]+\\s+){0,3}$",
            I);

    /**
     * An epidemic of something that is not an infection: "the heroin and opioid epidemic", "an epidemic of gun
     * violence". A social problem, not an outbreak of disease (the taxonomy's Epidemic is an infectious disease).
     */
    static final Pattern NON_INFECTIOUS_BEFORE = Pattern.compile(
            "\\b(?:opioids?|opiates?|heroin|drugs?|overdoses?|addiction|obesity|diabetes|gun|violence|loneliness"
                    + "|vaping|meth\\w*|fentanyl|painkillers?|suicides?|foreclosures?|crime|homelessness|eviction)\\s+"
                    + "(?:(?:and|or)\\s+[\\w-]+\\s+)?(?:[\\w-]+\\s+)?$",
            I);

    static final Pattern NON_INFECTIOUS_AFTER = Pattern.compile(
            "^\\s+of\\s+(?:[\\w-]+\\s+){0,1}(?:opioids?|drugs?|guns?|violence|overdoses?|addiction|obesity|loneliness"
                    + "|homelessness|crime|suicides?|foreclosures?|evictions?)\\b",
            I);

    /**
     * A relative clause that gives a found object its past: "the Ford Focus that police say was stolen from Decatur",
     * "a pickup which had been stolen". Without a date of its own the theft is the object's history, not an occurrence
     * the article reports.
     */
    static final Pattern OBJECT_HISTORY_BEFORE = Pattern.compile(
            "\\b(?:that|which)\\s+(?:(?:police|authorities|officers|deputies|investigators|officials|he|she|they)\\s+"
                    + "(?:say|said|believe|believed|think|thought)\\s+)?(?:was|were|had\\s+been|has\\s+been|have\\s+been)"
                    + "\\s+(?:\\w+ly\\s+)?$",
            I);

    /** "stolen" before its noun: "found in stolen car", "a stolen pickup": the object's state. */
    static final Pattern ATTRIBUTIVE_AFTER = Pattern.compile(
            "^\\s+(?!(?:from|by|in|on|at|during|last|overnight|early|late|sometime|and|or|while|when|after|before|"
                    + "earlier|yesterday|today|this|that)\\b)\\p{L}{3,}",
            I);

    static final Pattern AUXILIARY_BEFORE =
            Pattern.compile("\\b(?:was|were|been|being|be|is|are|had|have|has|got|get|gets)\\s+(?:\\w+ly\\s+)?$", I);

    /** A capitalised word that follows the trigger: "Rob Porter", "Storm Reid". */
    static final Pattern NAME_AFTER = Pattern.compile("^\\s+\\p{Lu}\\p{Ll}+\\b(?!\\s+(?:Day|Night|Eve)\\b)");

    /** Disasters and accidents: "the fire has burned more than 1,000 acres so far" is the fire itself, still going. */
    private static final java.util.Set<EventFamily> PHYSICAL =
            java.util.EnumSet.of(EventFamily.DISASTERS, EventFamily.ACCIDENTS);

    static final List<Cue> CUES = List.of(
            new Cue(
                    "topic of talk",
                    c -> TOPIC_BEFORE.matcher(tail(c.before(), 90)).find()),
            new Cue(
                    "running total",
                    c -> !PHYSICAL.contains(c.type().family())
                            && TOTAL_BEFORE.matcher(tail(c.before(), 40)).find()
                            && BOUNDED_COUNT.matcher(c.sentence()).find()),
            new Cue("given name", Specifics::givenName),
            new Cue(
                    "object's history",
                    c -> c.type() == EventType.THEFT
                            && !Occurrences.DATED_AFTER.matcher(c.after()).find()
                            && (OBJECT_HISTORY_BEFORE
                                            .matcher(tail(c.before(), 60))
                                            .find()
                                    || attributive(c))),
            new Cue("negated", c -> NEGATED_BEFORE.matcher(tail(c.before(), 80)).find()),
            new Cue(
                    "not an infection",
                    c -> c.type() == EventType.EPIDEMIC
                            && (NON_INFECTIOUS_BEFORE
                                            .matcher(tail(c.before(), 50))
                                            .find()
                                    || NON_INFECTIOUS_AFTER.matcher(c.after()).find())));

    /** The name of the first cue that reads {@code hit} as no specific occurrence, if any. */
    public static Optional<String> notSpecific(String sentence, Hit hit) {
        Occurrences.Context c = Occurrences.Context.of(sentence, hit);
        for (Cue cue : CUES) {
            if (cue.applies().test(c)) {
                return Optional.of(cue.name());
            }
        }
        return Optional.empty();
    }

    /**
     * A trigger word written with a capital inside a sentence of ordinary case and followed by a capitalised word:
     * "aide Rob Porter" is a person. Not at the start of the sentence or after a quote or a colon, not in a headline's
     * title case, and not a disaster, whose names are events ("Hurricane Maria").
     */
    static boolean givenName(Occurrences.Context c) {
        String s = c.sentence();
        int at = c.hit().start();
        if (at == 0 || !Character.isUpperCase(s.charAt(at)) || c.type().family() == EventFamily.DISASTERS) {
            return false;
        }
        String before = c.before().stripTrailing();
        if (before.isEmpty() || ".:\"“‘'(—-".indexOf(before.charAt(before.length() - 1)) >= 0) {
            return false;
        }
        return NAME_AFTER.matcher(c.after()).find() && !titleCase(s);
    }

    /** "found in stolen car": the participle "stolen" before its noun, not after an auxiliary. */
    static boolean attributive(Occurrences.Context c) {
        String word = c.sentence().substring(c.hit().start(), c.hit().end());
        return word.equalsIgnoreCase("stolen")
                && ATTRIBUTIVE_AFTER.matcher(c.after()).find()
                && !AUXILIARY_BEFORE.matcher(tail(c.before(), 30)).find();
    }

    /** More than half of the sentence's words of four letters or more begin with a capital: a headline. */
    private static boolean titleCase(String sentence) {
        int words = 0;
        int capitals = 0;
        for (String w : sentence.split("[^\\p{L}]+")) {
            if (w.length() >= 4) {
                words++;
                if (Character.isUpperCase(w.charAt(0))) {
                    capitals++;
                }
            }
        }
        return words > 0 && capitals * 2 > words;
    }

    private static String tail(String s, int n) {
        return s.length() <= n ? s : s.substring(s.length() - n);
    }
}
