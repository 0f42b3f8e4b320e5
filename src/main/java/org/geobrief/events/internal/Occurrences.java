package org.geobrief.events.internal;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.geobrief.events.EventFamily;
import org.geobrief.events.EventType;
import org.geobrief.events.internal.TriggerLexicon.Hit;

/**
 * Whether a trigger word heads an occurrence the sentence reports, or is used for something else: a modifier of a
 * role, an office or a measure ("homicide detective", "Drought Index", "kidnapping warrants"), a statistic ("over the
 * past five years, 851 people lost their lives in crashes"), a belief the article revises ("At first, police believed
 * he committed the robbery"), an accusation, a request ("requested that all the assessors resign"), a threat or risk
 * ("the threat of wildfires"), an old event recalled ("still recovering from a car crash", "since it was affected by
 * the hurricane"), a room flooded, a quantity collapsing ("visitor numbers collapsed"), a web site visited, a post in a
 * firm or a club ("stepped down as president of the network"), a vote on a motion, a homeless man (a state, unless
 * someone was left homeless).
 *
 * <p>Each cue is named ({@link Cue}); {@link #notReported} gives the first that reads the hit as no occurrence. Issue
 * 16, round 8: general cues for precision on local news that reports no event.
 */
public final class Occurrences {

    private Occurrences() {}

    /** A reason why a trigger is no occurrence, with the test it applies. */
    public record Cue(String name, Predicate<Context> applies) {}

    /** The sentence, the hit and the text on either side of it. */
    public record Context(String sentence, Hit hit, String before, String after) {
        static Context of(String sentence, Hit hit) {
            return new Context(sentence, hit, sentence.substring(0, hit.start()), sentence.substring(hit.end()));
        }

        EventType type() {
            return hit.trigger().type();
        }
    }

    private static final int I = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    /** A noun the trigger modifies that names a person's role, an office, a document or a measure, not the event. */
    static final Pattern MODIFIED_NOUN = Pattern.compile(
            "^[-\\s]+(?:detectives?|investigators?|units?|squads?|divisions?|task\\s+force|offices?|committees?"
                    + "|commissions?|boards?|index|indices|rates?|statistics|figures|warrants?|laws?|polic(?:y|ies)"
                    + "|prevention|awareness|insurance|season|experts?|prosecutors?|lawyers?|attorneys?|drills?"
                    + "|preparedness|plans?|zones?|maps?|alarms?|departments?|stations?|chiefs?|marshals?|hydrants?"
                    + "|engines?|fighters?|codes?|escapes?|extinguishers?|hazards?|safety|sprinklers?|inspectors?"
                    + "|drills?|academy)\\b",
            I);

    /**
     * A hyphenated compound that modifies a noun: "tornado-siren dead zones", "flood-insurance rates", "storm-water
     * drains". Not a participle or adjective in the compound ("flood-hit towns", "storm-related deaths",
     * "flood-prone" is no participle but no event either), nor "murder-suicide" or "hit-and-run", which name the event.
     */
    static final Pattern COMPOUND_MODIFIER_AFTER = Pattern.compile(
            "^-(?!(?:\\w+(?:ed|ing)|\\w*(?:driven|stricken|shaken|swollen|beaten|broken|fallen|frozen|taken|stolen"
                    + "|ridden|blown|thrown|torn|hit|struck|swept)|related|suicide|suicides|and|or|by|for|in|on|like"
                    + "|style|type|free|proof)\\b)\\p{L}+\\s+\\p{L}[\\w'’-]*",
            I);

    /**
     * A habitual or generic present: "the city holds elections on the first Tuesday in September", "the river
     * usually floods in spring", "elections are held every four years". A rule of the calendar, not an occurrence.
     */
    static final Pattern HABITUAL_BEFORE = Pattern.compile(
            "\\b(?:usually|typically|normally|traditionally|customarily|routinely|ordinarily|habitually|generally)"
                    + "\\s+(?:[\\w'’-]+\\s+){0,2}$",
            I);

    static final Pattern HABITUAL_AFTER = Pattern.compile(
            "^[^.;,]{0,40}?\\b(?:every|each)\\s+(?:other\\s+|two\\s+|three\\s+|four\\s+|five\\s+|six\\s+|\\d+\\s+)?"
                    + "(?:years?|months?|weeks?|spring|summer|fall|autumn|winter|decades?)\\b",
            I);

    /** "holds elections on the first Tuesday in September": a present-tense rule naming an ordinal weekday. */
    static final Pattern CALENDAR_RULE = Pattern.compile(
            "\\b(?:holds?|is\\s+held|are\\s+held|takes?\\s+place|falls?|occurs?)\\b[^.;]{0,60}?\\b(?:on\\s+)?the\\s+"
                    + "(?:first|second|third|fourth|last)\\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day\\s+(?:in|of)\\b",
            I);

    /** "cold case homicide", "an unsolved murder": a case file reopened, not a new occurrence. */
    static final Pattern CASE_FILE_BEFORE =
            Pattern.compile("\\b(?:cold[-\\s]+case|unsolved|decades?[-\\s]+old)\\s+(?:[\\w'’-]+\\s+){0,1}$", I);

    /** "Of the 107 cold cases the FBI is reviewing, the lynching is the oldest": old case files. */
    static final Pattern COLD_CASES = Pattern.compile("\\bcold[-\\s]+cases?\\b", I);

    /** "burglary was not a motive", "the attack never happened": the sentence denies it. */
    static final Pattern DENIED_AFTER = Pattern.compile(
            "^\\s+(?:was|were|is|are)\\s+(?:not|never)\\s+(?:a\\s+|the\\s+)?(?:motive|factor|involved|cause|reported"
                    + "|confirmed|real)\\b|^\\s+(?:did|has|had|have)\\s+(?:not|never|n't)\\s+(?:happen|occur|take\\s+place)",
            I);

    /** "to prevent another crypto outbreak", "to avoid a repeat of the flood". */
    static final Pattern PREVENTED_BEFORE = Pattern.compile(
            "\\b(?:prevent\\w*|avoid\\w*|avert\\w*|curb\\w*|deter\\w*)\\s+(?:(?:a|an|another|the|more|further|future"
                    + "|new|any)\\s+)?(?:[\\w-]+\\s+){0,2}$",
            I);

    /** People left homeless: "left 200 people homeless", "were made homeless by the floods". */
    static final Pattern MADE_HOMELESS_BEFORE = Pattern.compile(
            "\\b(?:left|leaving|leaves|leave|made|making|rendered|become|became|becoming)\\s+(?:[\\w,-]+\\s+){0,4}$",
            I);

    /** "voted on by the Committee", "the council voted the resolution": a body's vote on a motion is no election. */
    static final Pattern MOTION_VOTE = Pattern.compile(
            "\\b(?:resolution|ordinance|motion|amendment|bill|budget|proposal)\\b[^.;]{0,80}\\bvot\\w*"
                    + "|\\bvot\\w*\\s+(?:on\\s+)?by\\s+(?:the\\s+)?(?:[\\w'’-]+\\s+){0,4}(?:committee|council|board"
                    + "|commission|legislature|house|senate|assembly|commissioners)\\b",
            I);

    /** "named as a kidnapping victim": the role of a person, not an occurrence told here. */
    static final Pattern ROLE_BEFORE = Pattern.compile("\\bas\\s+(?:a|an)\\s+$", I);

    static final Pattern ROLE_AFTER = Pattern.compile("^\\s+(?:victims?|suspects?|witness(?:es)?)\\b", I);

    /** A sentence about counts over years or rates, not about an occurrence. */
    static final Pattern STATISTICS = Pattern.compile(
            "\\b(?:statistics|statistical|on\\s+average|each\\s+year|every\\s+year|per\\s+year|annually"
                    + "|over\\s+the\\s+(?:past|last)\\s+(?:\\w+\\s+)?(?:years|decades)|in\\s+recent\\s+years"
                    + "|out\\s+of\\s+(?:that|this|those)\\s+(?:number|total|figure))\\b",
            I);

    /** "At first, police believed ...", "appeared to have interrupted a burglary": a reading the article revises. */
    static final Pattern REVISED_BELIEF_BEFORE = Pattern.compile(
            "\\b(?:at\\s+first|initially)\\b[^;]{0,60}\\b(?:believed|thought|suspected|assumed)\\b[^;]*$"
                    + "|\\b(?:appeared|seemed)\\s+to\\s+(?:have\\s+)?(?:[\\w'’-]+\\s+){0,3}$",
            I);

    /** "customers have accused him of fraud", "alleges that famous people are involved in trafficking". */
    static final Pattern ACCUSATION_BEFORE = Pattern.compile(
            "\\b(?:accus(?:e|es|ed|ing)\\s+[^;]{0,80}?\\bof(?!\\s+responsib)|alleges?\\s+that|claims?\\s+that"
                    + "|conspiracy\\s+theor\\w*|rumou?rs?\\s+(?:that|of))\\s+[^.;]{0,80}$",
            I);

    /**
     * A date the clause gives the act: "is accused of stabbing him on March 23" tells a dated crime (a charge frame,
     * {@link LegalFrames}), not a bare accusation.
     */
    static final Pattern DATED_AFTER = Pattern.compile(
            "^[^.;]{0,80}?\\b(?:on|in|last|early|late|this|yesterday|today)\\s+(?:\\w+\\s+)?(?:jan\\w*|feb\\w*|mar\\w*"
                    + "|apr\\w*|may|jun\\w*|jul\\w*|aug\\w*|sep\\w*|oct\\w*|nov\\w*|dec\\w*|\\w+day|week|month|night"
                    + "|morning|\\d{1,2}(?:st|nd|rd|th)?)\\b"
                    // a calendar day written bare, as news style does: "whose body was found inside her home Feb. 26"
                    + "|^[^.;]{0,80}?\\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?\\s+\\d{1,2}\\b",
            I);

    /**
     * A later proceeding on the crime: a plea, a conviction, a sentence, a trial, a hearing, charges dropped or
     * dismissed ("pleaded guilty to first-degree murder", "agreed to drop ... a kidnapping charge", "evidence presented
     * at the punishment stage showed she embezzled"). The frame reaches over its clause, not past a clause that tells
     * a new act ("after he shot", "was arrested Tuesday in a robbery").
     */
    static final Pattern PROCEEDING_BEFORE = Pattern.compile(
            "\\b(?:plead(?:s|ed|ing)?|pled|pleas?|convict(?:s|ed|ion|ions)?|found\\s+guilty|acquitt\\w*|sentenc\\w+"
                    + "|trials?|testif\\w*|testimony|(?:a|the|his|her|their|bond|bail|court|preliminary|detention)\\s+hearings?"
                    + "|punishment\\s+(?:phase|stage)|verdicts?|evidence\\s+(?:presented|introduced|showed)"
                    + "|(?:drop|dismiss|reduc|withdr[ae]w)\\w*\\s+(?:[\\w'’-]+\\s+){0,6}?(?:charges?|counts?))\\b"
                    + "(?:(?!\\b(?:after|when|because|while|before|since|where|arrest\\w*|charged|detained|suspected"
                    + "|investigat\\w*|accused)\\b)[^.;]){0,220}$",
            I);

    /**
     * A calendar date of the act after the trigger ("pleaded guilty to robbing the store on March 3"): a weekday there
     * dates the proceeding more often than the act ("was sentenced for the robbery on Monday").
     */
    static final Pattern CALENDAR_DATED_AFTER = Pattern.compile(
            "^[^.;]{0,80}?\\b(?:on|in|early|late|since)\\s+(?:jan\\w*|feb\\w*|mar\\w*|apr\\w*|may|jun\\w*|jul\\w*"
                    + "|aug\\w*|sep\\w*|oct\\w*|nov\\w*|dec\\w*)\\b",
            I);

    /** "the kidnapping charge was dropped", "burglary counts were dismissed": charges of it withdrawn. */
    static final Pattern CHARGE_DROPPED_AFTER = Pattern.compile(
            "^\\s+(?:charges?|counts?)\\b[^.;]{0,40}?\\b(?:was|were|been|be|is|are)\\s+(?:\\w+\\s+)?(?:dropped|dismissed"
                    + "|withdrawn|reduced|thrown\\s+out)\\b",
            I);

    /** "attempt to commit third-degree burglary", "tried to rob a woman": an attempt, no theft or killing done. */
    static final Pattern ATTEMPT_BEFORE = Pattern.compile(
            "\\b(?:attempt(?:s|ed|ing)?|tried|tries|trying)\\s+(?:to\\s+(?:commit\\s+)?)?(?:(?:an?|the)\\s+)?"
                    + "(?:[\\w-]+\\s+){0,1}$",
            I);

    /** The crimes an attempt leaves undone: theft, killing, kidnapping. */
    private static final Set<EventType> ATTEMPTABLE = Set.of(EventType.THEFT, EventType.HOMICIDE);

    private static final Pattern KIDNAP_WORD = Pattern.compile("^(?:kidnap|abduct)", I);

    /** "requested that all the assessors resign", "asked him to step down". */
    static final Pattern REQUEST_BEFORE = Pattern.compile(
            "\\b(?:request\\w*|ask\\w*|urg\\w*|demand\\w*|call\\w*\\s+on)\\s+(?:[\\w'’-]+\\s+){0,4}?"
                    + "(?:that\\s+(?:[\\w'’-]+\\s+){0,3}|to\\s+(?:\\w+ly\\s+)?)$",
            I);

    /** "the threat of wildfires", "the risk of a flood": a possibility. */
    static final Pattern THREAT_BEFORE = Pattern.compile(
            "\\b(?:threats?|risks?|dangers?|chances?|possibility|likelihood|prospects?|odds)\\s+of\\s+"
                    + "(?:(?:a|an|more|further|new|another|the)\\s+)?(?:[\\w-]+\\s+){0,1}$",
            I);

    /** An old event recalled, with no account of it here: "still recovering from", "since it was hit by". */
    static final Pattern RECALLED_BEFORE = Pattern.compile(
            "\\b(?:recover\\w*\\s+from|anniversary\\s+of|in\\s+memory\\s+of|commemorat\\w+|memorial\\s+(?:to|for)"
                    + "|since\\s+(?:it|they|he|she|we|the\\s+\\w+)\\s+(?:was|were|had\\s+been|has\\s+been)\\s+"
                    + "(?:[\\w'’-]+\\s+){0,3})\\s*(?:(?:the|a|an|his|her|their|its|that)\\s+)?(?:[\\w'’-]+\\s+){0,2}$",
            I);

    /** A room or a part of a building flooded: a leak, not a disaster. */
    static final Pattern ROOM_BEFORE = Pattern.compile(
            "\\b(?:basements?|hallways?|rooms?|kitchens?|bathrooms?|classrooms?|gyms?|cellars?|garages?|toilets?"
                    + "|corridors?|lobby|offices?)\\s+(?:[\\w'’-]+\\s+){0,1}$",
            I);

    /** A quantity or an arrangement that collapses: "visitor numbers collapsed", "the talks collapsed". */
    static final Pattern QUANTITY_BEFORE = Pattern.compile(
            "\\b(?:numbers|prices?|sales|talks|deal|markets?|economy|demand|ratings|support|values?|currency|stocks?"
                    + "|shares|revenues?|profits?|exports?|imports?|tourism|arrivals|industry|business|negotiations"
                    + "|coalition|government|regime|market|bubble|ceasefire|truce)\\s+(?:(?:have|has|had)\\s+)?$",
            I);

    static final Pattern QUANTITY_AFTER = Pattern.compile(
            "^\\s+(?:in|of)\\s+(?:the\\s+)?(?:[\\w-]+\\s+){0,1}(?:numbers|prices?|sales|talks|deal|markets?|economy"
                    + "|demand|ratings|support|values?|currency|stocks?|shares|revenues?|profits?|exports?|imports?"
                    + "|tourism|arrivals|negotiations|coalition)\\b",
            I);

    /** "visit the agency's Web site", "visit www.example.org". */
    static final Pattern WEB_AFTER = Pattern.compile(
            "^\\w*\\s+(?:[\\w’'.-]+\\s+){0,4}?(?:web\\s*sites?|websites?|sites?|pages?|homepage|portal|www\\.)", I);

    /** A post in a firm, a club or a newspaper: "as president of the network", "editor in chief". */
    static final Pattern PRIVATE_POST_AFTER = Pattern.compile(
            "^[^.;]{0,40}?\\bas\\s+(?:[\\w-]+\\s+){0,2}?(?:president|chairman|chairwoman|chair|chief|director|head"
                    + "|editor|ceo|manager|coach|captain|principal|pastor|treasurer)\\s+of\\s+(?:the\\s+|its\\s+|his\\s+"
                    + "|her\\s+|[\\w’'-]+['’]s\\s+)?(?:[\\w-]+\\s+){0,2}?(?:company|network|club|association|firm|bank"
                    + "|union|league|team|church|university|college|school|foundation|newspaper|magazine|society|group"
                    + "|corporation|hospital|institute|museum|charity|organi[sz]ation|chamber|paper|station|business"
                    + "|agency|board)\\b"
                    + "|^[^.;]{0,40}?\\b(?:editor[-\\s]+in[-\\s]+chief|chief\\s+(?:executive|operating|financial"
                    + "|technology|marketing)|ceo)\\b",
            I);

    private static final Set<EventType> COLLAPSES = Set.of(EventType.STRUCTURAL_COLLAPSE);

    // the cues that read the whole sentence, run per hit: searched only from the word starts where they can begin
    // (issue 18), sharing the sentence's word starts with the other searches of it
    private static final WordStartSearch CALENDAR_RULE_SEARCH = WordStartSearch.of(CALENDAR_RULE);

    private static final WordStartSearch COLD_CASES_SEARCH = WordStartSearch.of(COLD_CASES);

    private static final WordStartSearch MOTION_VOTE_SEARCH = WordStartSearch.of(MOTION_VOTE);

    private static final WordStartSearch STATISTICS_SEARCH = WordStartSearch.of(STATISTICS);

    /** The cues in the order they are tried. */
    static final List<Cue> CUES = List.of(
            new Cue(
                    "modifier",
                    c -> !c.sentence().substring(c.hit().start(), c.hit().end()).endsWith("ed") // "detained lawyers"
                            && MODIFIED_NOUN.matcher(c.after()).find()),
            new Cue(
                    "compound modifier",
                    c -> COMPOUND_MODIFIER_AFTER.matcher(c.after()).find()),
            new Cue(
                    "habitual",
                    c -> HABITUAL_BEFORE.matcher(tail(c.before(), 40)).find()
                            || HABITUAL_AFTER.matcher(c.after()).find()
                            || CALENDAR_RULE_SEARCH.find(c.sentence())),
            new Cue(
                    "case file",
                    c -> CASE_FILE_BEFORE.matcher(tail(c.before(), 40)).find()),
            new Cue("cold cases", c -> COLD_CASES_SEARCH.find(c.sentence())),
            new Cue("denied", c -> DENIED_AFTER.matcher(c.after()).find()),
            new Cue(
                    "prevented",
                    c -> PREVENTED_BEFORE.matcher(tail(c.before(), 50)).find()),
            new Cue(
                    "motion vote",
                    c -> c.type() == EventType.ELECTION
                            && c.sentence()
                                    .substring(c.hit().start(), c.hit().end())
                                    .regionMatches(true, 0, "vot", 0, 3)
                            && MOTION_VOTE_SEARCH.find(c.sentence())),
            new Cue(
                    "homeless state",
                    c -> c.type() == EventType.DISPLACEMENT
                            && c.sentence()
                                    .substring(c.hit().start(), c.hit().end())
                                    .equalsIgnoreCase("homeless")
                            && !MADE_HOMELESS_BEFORE
                                    .matcher(tail(c.before(), 50))
                                    .find()),
            new Cue(
                    "role",
                    c -> ROLE_BEFORE.matcher(tail(c.before(), 10)).find()
                            && ROLE_AFTER.matcher(c.after()).find()),
            new Cue("statistics", c -> STATISTICS_SEARCH.find(c.sentence())),
            new Cue(
                    "revised belief",
                    c -> REVISED_BELIEF_BEFORE.matcher(tail(c.before(), 100)).find()),
            new Cue(
                    "accusation",
                    c -> ACCUSATION_BEFORE.matcher(tail(c.before(), 160)).find()
                            && !DATED_AFTER.matcher(c.after()).find()),
            new Cue(
                    "proceeding",
                    c -> (c.type().family() == EventFamily.CRIME || c.type() == EventType.VIOLENCE_AGAINST_CIVILIANS)
                            && ((PROCEEDING_BEFORE
                                                    .matcher(tail(c.before(), 280))
                                                    .find()
                                            && !CALENDAR_DATED_AFTER
                                                    .matcher(c.after())
                                                    .find())
                                    || CHARGE_DROPPED_AFTER.matcher(c.after()).find())),
            new Cue(
                    "attempt",
                    c -> (ATTEMPTABLE.contains(c.type())
                                    || KIDNAP_WORD
                                            .matcher(c.sentence()
                                                    .substring(c.hit().start()))
                                            .find())
                            && ATTEMPT_BEFORE.matcher(tail(c.before(), 50)).find()),
            new Cue("request", c -> REQUEST_BEFORE.matcher(tail(c.before(), 80)).find()),
            new Cue("threat", c -> THREAT_BEFORE.matcher(tail(c.before(), 50)).find()),
            new Cue(
                    "recalled",
                    c -> RECALLED_BEFORE.matcher(tail(c.before(), 80)).find()),
            new Cue(
                    "room",
                    c -> c.type() == EventType.FLOOD
                            && ROOM_BEFORE.matcher(tail(c.before(), 30)).find()),
            new Cue(
                    "quantity",
                    c -> COLLAPSES.contains(c.type())
                            && (QUANTITY_BEFORE.matcher(tail(c.before(), 30)).find()
                                    || QUANTITY_AFTER.matcher(c.after()).find())),
            new Cue(
                    "web",
                    c -> c.type() == EventType.OFFICIAL_VISIT
                            && WEB_AFTER.matcher(c.after()).find()),
            new Cue(
                    "private post",
                    c -> c.type() == EventType.CHANGE_OF_GOVERNMENT
                            && PRIVATE_POST_AFTER.matcher(c.after()).find()));

    /** The first cue that reads {@code hit} in {@code sentence} as no occurrence, if any. */
    public static Optional<String> notReported(String sentence, Hit hit) {
        Context c = Context.of(sentence, hit);
        for (Cue cue : CUES) {
            if (cue.applies().test(c)) {
                return Optional.of(cue.name());
            }
        }
        return Optional.empty();
    }

    private static String tail(String s, int chars) {
        return s.substring(Math.max(0, s.length() - chars));
    }
}
