package org.geobrief.events.internal;

import static org.geobrief.events.internal.TriggerLexicon.*;

import java.util.Optional;
import java.util.regex.Pattern;
import org.geobrief.events.EventType;

/**
 * Refines a trigger's first-guess type and sub-type from who else the sentence names: clashes involving protesters
 * are riots, among armed groups battles; property destruction by a crowd is a violent demonstration; a protest met
 * with tear gas or arrests is a protest with intervention; an attack on soldiers is a battle; arrests for theft,
 * fraud or drugs, or with nothing political around them, are ordinary crime, not an event; so is property
 * destruction outside unrest; battles need armed actors, agreements a conflict, and an attack needs violence ("an
 * attack on the flames", a "heart attack" are none).
 */
public final class SubtypeRules {

    private static final Pattern POLICE = Pattern.compile("\\bpolice\\b", Pattern.CASE_INSENSITIVE);

    /** A refined classification. */
    public record Kind(EventType type, String subtype) {}

    static final Pattern PROTEST_CONTEXT = Pattern.compile(
            "\\b(?:protest\\w*|demonstrat(?:ors?|ions?)|rioters?|crowds?|rall(?:y|ies)|marchers|mobs?)\\b",
            Pattern.CASE_INSENSITIVE);
    static final Pattern ARMED = Pattern.compile(
            "\\b(?:troops|soldiers?|military|army|militants?|rebels?|insurgents?|gunmen|fighters|separatists?"
                    + "|paratroopers|militias?|jihadists?|armed\\s+\\w+|forces)\\b",
            Pattern.CASE_INSENSITIVE);
    static final Pattern ATTACKERS = Pattern.compile(
            "\\b(?:gunmen|militants?|attackers|assailants|insurgents?|jihadists?)\\b", Pattern.CASE_INSENSITIVE);
    /** Who commits political violence rather than a crime: armed groups, forces, or a political motive. */
    private static final Pattern ORGANISED = Pattern.compile(
            "\\b(?:gunmen|militants?|attackers|insurgents?|jihadists?|rebels?|militias?|troops|soldiers?|army|military"
                    + "|forces|separatists?|offensive|bombing|shelling|siege|civilians|war|regime|air\\s+campaign|terror\\w*|extremists?|bandits|armed\\s+(?:group|men)\\w*|fighters"
                    + "|Taliban|Boko\\s+Haram|al-Shabaab|Islamic\\s+State|ISIS|ISIL|Hamas|Hezbollah|cartel|paramilitar\\w+"
                    + "|protesters?|activists?|journalists?|opposition|political|politicians?|sectarian|ethnic|airstrikes?)\\b",
            Pattern.CASE_INSENSITIVE);
    /**
     * One person as the doer just before the trigger, in the trigger's clause: "when a man attacked his mom's car",
     * "when Henry came in and set the bed and couch on fire", "she smashed the windows".
     */
    private static final Pattern ONE_PERSON_BEFORE = Pattern.compile(
            "(?:\\b(?:a|an)\\s+(?:[\\w-]+\\s+){0,2}(?:man|woman|teen(?:ager)?|boy|girl|suspect|neighbou?r|stranger"
                    + "|intruder|driver|resident)|\\b(?:he|she)|\\bwhen\\s+[A-Z][a-z]+)\\s+(?:[\\w'’-]+\\s+){0,4}$");
    /** A police matter: the act is reported as a crime by police, sheriff or prosecutors. */
    private static final Pattern POLICE_MATTER = Pattern.compile(
            "\\b(?:police|sheriff\\w*|deputies|detectives|arrested|charged|prosecutors?)\\b", Pattern.CASE_INSENSITIVE);

    /**
     * A lone offender's attack, arson or vandalism reported by police: a crime of no taxonomy type (CODING.md: arson of
     * a home, smashing a car's windows, assault), not political violence.
     */
    static boolean loneOffence(String sentence, String context, int triggerStart) {
        return ONE_PERSON_BEFORE
                        .matcher(sentence.substring(Math.max(0, triggerStart - 80), triggerStart))
                        .find()
                && POLICE_MATTER_SEARCH.find(context)
                && !ORGANISED_SEARCH.find(context)
                && !UNREST_SEARCH.find(context);
    }

    /** A killing by state forces: violence against civilians in ACLED's sense, not a homicide. */
    private static final Pattern STATE_KILLING = Pattern.compile(
            "\\b(?:police|officers?|deputies|troopers|soldiers|guards?)\\s+(?:\\w+\\s+){0,15}?(?:fatally\\s+)?(?:shot|killed|fired)\\b"
                    + "|\\b(?:police|officer-involved|police-involved)\\s+(?:killing|shooting)s?\\b"
                    + "|\\b(?:shot|killed)\\s+(?:dead\\s+)?by\\s+(?:police|officers?|deputies|troopers|soldiers)\\b",
            Pattern.CASE_INSENSITIVE);
    /** Who kills for a political or armed cause: a killing by them is violence against civilians, not a homicide. */
    private static final Pattern PERPETRATORS = Pattern.compile(
            "\\b(?:gunmen|militants?|attackers|insurgents?|jihadists?|rebels?|militias?|troops|soldiers?|army|military"
                    + "|separatists?|terror\\w*|extremists?|bandits|armed\\s+(?:group|men)\\w*|fighters|Taliban"
                    + "|Boko\\s+Haram|al-Shabaab|Islamic\\s+State|ISIS|ISIL|Hamas|Hezbollah|cartel|paramilitar\\w+|offensive"
                    + "|bombing|shelling|siege|air\\s+campaign|airstrikes?)\\b",
            Pattern.CASE_INSENSITIVE);
    /** Work after a disaster: troops sent to rescue, fire on a blaze. */
    private static final Pattern RELIEF = Pattern.compile(
            "\\b(?:rescu\\w+|relief|evacuat\\w*|flood\\w*|earthquake|quake|storm|hurricane|typhoon|cyclone|wildfires?"
                    + "|blaze|disaster|victims|humanitarian|search|firefight\\w*|landslides?|avalanches?|clean-?up)\\b",
            Pattern.CASE_INSENSITIVE);
    /** Fighting said to happen: "fighting broke out", "heavy fighting raged", along a front. */
    private static final Pattern FIGHTING_HAPPENED = Pattern.compile(
            "^\\s*(?:\\S+\\s+){0,2}?(?:broke\\s+out|erupted|raged|continued|intensified|flared|resumed|escalated|was\\s+reported"
                    + "|has\\s+been\\s+reported|between|along|on\\s+the\\s+front|near|around|in\\s+the\\s+(?:north|south|east|west))\\b",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern FRONT = Pattern.compile(
            "\\b(?:border|frontline|front\\s+line|front|positions|trenches|offensive|ceasefire|truce|shelling|war)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern INDUSTRIAL = Pattern.compile(
            "\\b(?:gas|factory|factories|plant|refinery|warehouses?|mines?|coal|pipelines?|depot|boiler|fireworks|tanker"
                    + "|cylinders?|chemicals?|fuel|petrol|industrial|furnace|reactor|kitchen|restaurant)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ATTACK_CONTEXT = Pattern.compile(
            "\\b(?:bomb\\w*|attack\\w*|militants?|insurgents?|terror\\w*|IEDs?|explosive\\s+device|suicide|drones?"
                    + "|missiles?|rockets?|shell\\w*|strikes?|gunmen|grenades?|mines?\\s+planted|detonat\\w+|claimed)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ARMED_TARGET = Pattern.compile(
            "^\\s*(?:\\S+\\s+){0,4}?(?:troops|soldiers?|army|military|police|checkpoints?|base|posts?|convoy|barracks|positions|patrol)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern INTERVENTION_CUE = Pattern.compile(
            "\\b(?:tear\\s*gas|stun\\s+grenades?|rubber\\s+bullets|water\\s+cannons?|dispers\\w+|batons?|detain\\w*|arrest\\w*"
                    + "|crack\\w*\\s+down|beat(?:en)?)\\b",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern NOT_VIOLENCE_BEFORE_ATTACK = Pattern.compile(
            "\\b(?:heart|cyber|panic|asthma|anxiety|verbal|personal|ransomware|hacker|phishing|denial-of-service)[\\s-]*$",
            Pattern.CASE_INSENSITIVE);
    static final Pattern CONFLICT = Pattern.compile(
            "\\b(?:cease-?fire|truce|peace|rebels?|militants?|armed|insurgents?|opposition|war|conflict|hostilities"
                    + "|surrender|fighting|prisoners?|separatists?|militias?|troops|withdrawal)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern POLITICAL = Pattern.compile(
            "\\b(?:activists?|opposition|journalists?|dissidents?|bloggers?|lawyers?|politicians?|party|terror\\w*|militants?"
                    + "|rebels?|insurgents?|extremists?|coup|clash\\w*|unrest|riots?|rioters|looters|anti-government|regime"
                    + "|treason|sedition|separatists?|demonstrat\\w+|uprising|crackdown|emergency)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern UNREST = Pattern.compile(
            "\\b(?:unrest|riots?|rioters|looters|looting|clash\\w*|mobs?|gangs?|militants?|rebels?|protest\\w*|crowds?"
                    + "|demonstrators|uprising|violence)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern VIOLENT = Pattern.compile(
            "\\b(?:kill\\w*|wound\\w*|injur\\w*|dead|died|gunmen|militants?|armed|shot|shooting|stabb\\w*|bomb\\w*"
                    + "|terror\\w*|assailants?|attackers?|civilians?|victims?|soldiers|troops|police|weapons?|guns?|knife"
                    + "|knives|machetes?|rebels?|insurgents?|villagers?|residents|hostages?|nerve\\s+agent|poison\\w*)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern FIRED = Pattern.compile(
            "\\b(?:fir(?:ed|es|ing)|launch\\w*|hit|hits|struck|landed|rain\\w*|pound\\w*|barrages?|attacks?|strikes?"
                    + "|intercept\\w*|kill\\w*|wound\\w*|injur\\w*|damag\\w*|destroy\\w*|shelling|bombard\\w*)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SPACE = Pattern.compile(
            "\\b(?:space|cosmodrome|satellites?|orbit\\w*|astronauts?|cosmonauts?|nasa|booster|lift(?:ed)?\\s+off)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ORDINARY_CRIME = Pattern.compile(
            "\\b(?:theft|thie(?:f|ves)|stole|stolen|robbery|burglar\\w*|fraud\\w*|drugs?|narcotics?|smuggl\\w+|traffick\\w+"
                    + "|shoplift\\w*|embezzl\\w+|brib\\w+|drunk\\w*|suspicion\\s+of\\s+(?:theft|murder|fraud|robbery))\\b",
            Pattern.CASE_INSENSITIVE);

    // the patterns searched at the word starts where a match can begin (issue 18); the same matches as Matcher.find
    private static final WordStartSearch ARMED_SEARCH = WordStartSearch.of(ARMED);
    private static final WordStartSearch ARMED_TARGET_SEARCH = WordStartSearch.of(ARMED_TARGET);
    private static final WordStartSearch ATTACKERS_SEARCH = WordStartSearch.of(ATTACKERS);
    private static final WordStartSearch ATTACK_CONTEXT_SEARCH = WordStartSearch.of(ATTACK_CONTEXT);
    private static final WordStartSearch FIGHTING_HAPPENED_SEARCH = WordStartSearch.of(FIGHTING_HAPPENED);
    private static final WordStartSearch FIRED_SEARCH = WordStartSearch.of(FIRED);
    private static final WordStartSearch FRONT_SEARCH = WordStartSearch.of(FRONT);
    private static final WordStartSearch INDUSTRIAL_SEARCH = WordStartSearch.of(INDUSTRIAL);
    private static final WordStartSearch INTERVENTION_CUE_SEARCH = WordStartSearch.of(INTERVENTION_CUE);
    private static final WordStartSearch ORDINARY_CRIME_SEARCH = WordStartSearch.of(ORDINARY_CRIME);
    private static final WordStartSearch ORGANISED_SEARCH = WordStartSearch.of(ORGANISED);
    private static final WordStartSearch PERPETRATORS_SEARCH = WordStartSearch.of(PERPETRATORS);
    private static final WordStartSearch POLICE_SEARCH = WordStartSearch.of(POLICE);
    private static final WordStartSearch POLICE_MATTER_SEARCH = WordStartSearch.of(POLICE_MATTER);
    private static final WordStartSearch POLITICAL_SEARCH = WordStartSearch.of(POLITICAL);
    private static final WordStartSearch PROTEST_CONTEXT_SEARCH = WordStartSearch.of(PROTEST_CONTEXT);
    private static final WordStartSearch RELIEF_SEARCH = WordStartSearch.of(RELIEF);
    private static final WordStartSearch SPACE_SEARCH = WordStartSearch.of(SPACE);
    private static final WordStartSearch STATE_KILLING_SEARCH = WordStartSearch.of(STATE_KILLING);
    private static final WordStartSearch UNREST_SEARCH = WordStartSearch.of(UNREST);
    private static final WordStartSearch VIOLENT_SEARCH = WordStartSearch.of(VIOLENT);

    /**
     * The kind for {@code hit} in {@code sentence}; empty when the hit names no event here. {@code context} is the
     * sentence with the one before it in its paragraph, so "eight officers died in the clashes" after a sentence
     * about protesters is a riot.
     */
    public Optional<Kind> refine(TriggerLexicon.Hit hit, String sentence, String context) {
        Trigger t = hit.trigger();
        if (!t.type().isAcled()) {
            if (t.type() == EventType.THEFT && UNREST_SEARCH.find(context)) {
                return Optional.empty(); // "mobs robbed shops": looting in unrest is ACLED's
            }
            if (t.type() == EventType.HOMICIDE && PERPETRATORS_SEARCH.find(sentence)) {
                return kind(EventType.VIOLENCE_AGAINST_CIVILIANS, ATTACK); // "gunmen shot dead five villagers"
            }
            if (t.type() == EventType.HOMICIDE && STATE_KILLING_SEARCH.find(sentence)) {
                return kind(EventType.VIOLENCE_AGAINST_CIVILIANS, ATTACK); // "police fatally shot a man"
            }
            return FamilyRules.refine(hit, sentence, context);
        }
        boolean protestContext = PROTEST_CONTEXT_SEARCH.find(context);
        boolean armed = ARMED_SEARCH.find(sentence);
        if ((t.type() == EventType.VIOLENCE_AGAINST_CIVILIANS
                        || t.type() == EventType.RIOTS
                        || t.subtype().equals(LOOTING))
                && !protestContext
                && !armed
                && loneOffence(sentence, context, hit.start())) {
            return Optional.empty();
        }
        String after = sentence.substring(hit.end());
        String subtype = t.subtype();
        EventType type = t.type();
        if (subtype.equals(ARMED_CLASH)
                && t.phrase().contains("clash")
                && !t.phrase().startsWith("armed")) {
            if (protestContext || (!armed && POLICE_SEARCH.find(sentence))) {
                return kind(EventType.RIOTS, VIOLENT_DEMONSTRATION);
            }
            return armed ? kind(type, subtype) : Optional.empty(); // "clashed with the president's son-in-law"
        }
        if (subtype.equals(ATTACK) && t.phrase().equals("attack")) {
            if (NOT_VIOLENCE_BEFORE_ATTACK
                            .matcher(sentence.substring(0, hit.start()))
                            .find()
                    || !VIOLENT_SEARCH.find(sentence)) {
                return Optional.empty(); // "heart attack", "cyber attacks"
            }
            return ARMED_TARGET_SEARCH.find(after) ? kind(EventType.BATTLES, ARMED_CLASH) : kind(type, subtype);
        }
        if (subtype.equals(LOOTING) && protestContext) {
            return kind(EventType.RIOTS, VIOLENT_DEMONSTRATION);
        }
        if (type == EventType.RIOTS && subtype.equals(VIOLENT_DEMONSTRATION) && !protestContext) {
            if (ATTACKERS_SEARCH.find(sentence)) {
                return kind(EventType.VIOLENCE_AGAINST_CIVILIANS, ATTACK);
            }
            if (armed && t.phrase().startsWith("=stormed")) {
                return kind(EventType.BATTLES, ARMED_CLASH);
            }
            if (t.phrase().startsWith("set")) {
                return kind(EventType.STRATEGIC_DEVELOPMENTS, LOOTING);
            }
        }
        if (type == EventType.BATTLES
                && t.phrase().equals("=fighting")
                && !armed
                && (FIGHTING_HAPPENED_SEARCH.find(after) || FRONT_SEARCH.find(sentence))) {
            return kind(type, subtype); // "Fighting broke out on Wednesday along the border"
        }
        if (type == EventType.BATTLES && !t.phrase().contains("clash") && !armed) {
            return Optional.empty(); // "hard-fought battles", "disputes fought in the courts"
        }
        if (subtype.equals(SHELLING)
                && !t.phrase().startsWith("=shelled")
                && (!FIRED_SEARCH.find(sentence) || SPACE_SEARCH.find(sentence))) {
            return Optional.empty(); // "a contract to sell 180 artillery howitzers"
        }
        if (subtype.equals(REMOTE_EXPLOSIVE)
                && (t.phrase().startsWith("=explosion|") || t.phrase().startsWith("=a|=an|=the"))) {
            if (INDUSTRIAL_SEARCH.find(sentence) && !ATTACK_CONTEXT_SEARCH.find(sentence)) {
                return kind(EventType.INDUSTRIAL_ACCIDENT, "Explosion"); // "a gas explosion at a chemical plant"
            }
        }
        if (subtype.equals(DEPLOYMENT) && RELIEF_SEARCH.find(context)) {
            return Optional.empty(); // soldiers sent to rescue flood victims: the flood is the event
        }
        if (type == EventType.VIOLENCE_AGAINST_CIVILIANS && !t.phrase().equals("attack")) {
            boolean organised = ORGANISED_SEARCH.find(context);
            if (t.phrase().contains("abduct") && hit.end() - hit.start() > 0) {
                String word = sentence.substring(hit.start(), hit.end()).toLowerCase(java.util.Locale.ROOT);
                if (word.startsWith("abduct") || word.startsWith("kidnap")) {
                    return organised
                            ? kind(type, "Abduction/forced disappearance")
                            : kind(EventType.KIDNAPPING, "Kidnapping");
                }
            }
            if (!organised && !STATE_KILLING_SEARCH.find(sentence)) {
                return kind(EventType.HOMICIDE, "Murder"); // a killing with no armed group or politics around it
            }
        }
        if (subtype.equals(ARRESTS)
                && (ORDINARY_CRIME_SEARCH.find(sentence) || !(protestContext || POLITICAL_SEARCH.find(context)))) {
            return Optional.empty(); // police blotter, not political violence or its management
        }
        if (subtype.equals(LOOTING) && !(armed || UNREST_SEARCH.find(context))) {
            return Optional.empty(); // a burglary or a house fire
        }
        if (subtype.equals(PEACEFUL) && INTERVENTION_CUE_SEARCH.find(sentence)) {
            return kind(type, INTERVENTION);
        }
        return kind(type, subtype);
    }

    private static Optional<Kind> kind(EventType type, String subtype) {
        return Optional.of(new Kind(type, subtype));
    }
}
