package org.geobrief.events.internal;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.geobrief.events.EventFamily;
import org.geobrief.events.EventType;
import org.geobrief.events.internal.SubtypeRules.Kind;

/**
 * Decides whether a trigger of the families beyond ACLED's (disasters, accidents, crime, humanitarian, political
 * process) names an event in its sentence, and refines its sub-type. Each family's words are common in other senses
 * ("a flood of refugees", "a market crash", "the talks collapsed", "a stolen election", "a voted budget"), so each
 * kind needs its own evidence in the sentence: damage, victims or weather for a disaster; a vehicle or a structure for
 * an accident; a police or court act for a crime; officials for a visit or an appointment.
 */
final class FamilyRules {

    private static final Pattern COASTAL =
            Pattern.compile("\\b(?:coast\\w*|sea|tidal|storm\\s+surge)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern FLASH_FLOOD =
            Pattern.compile("\\b(?:flash|torrential|cloudburst)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern RIVERINE = Pattern.compile(
            "\\b(?:river|rivers|burst\\s+(?:its|their)\\s+banks|overflow\\w*)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern ELECTION_WORD =
            Pattern.compile("\\b(?:elections?|polls|ballot|runoff|run-off|by-elections?)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern PRESIDENTIAL = Pattern.compile("\\bpresidential\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern NATIONAL_ELECTION = Pattern.compile(
            "\\b(?:parliamentary|legislative|general|congressional|midterms?)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern LOCAL_ELECTION = Pattern.compile(
            "\\b(?:local|municipal|mayoral|regional|council|gubernatorial)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern PEACE = Pattern.compile("\\bpeace\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern CEASEFIRE =
            Pattern.compile("\\b(?:cease-?fire|truce|armistice)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern STATE_VISIT = Pattern.compile("\\bstate\\s+visit\\b", Pattern.CASE_INSENSITIVE);

    private static final int I = Pattern.CASE_INSENSITIVE;

    /** A vote with its day: "the May 5 election", "on the May 8 ballot", "the May 8 primary" (scheduled or held). */
    static final Pattern DATED_VOTE = Pattern.compile(
            "\\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+"
                    + "(?:[\\w-]+\\s+){0,2}(?:elections?|primary|primaries|ballots?|votes?|referendum|runoff|polls)\\b");
    /** "primary" as a vote, not as "the primary reason": a party's, a dated or a voted-in primary. */
    private static final Pattern PRIMARY_VOTE = Pattern.compile(
            "\\b(?:democratic|republican|party|presidential|gubernatorial|congressional|senate|mayoral)\\s+primar"
                    + "|\\bprimar(?:y|ies)\\s+(?:elections?|votes?|races?|ballots?|contests?|day)\\b"
                    + "|\\b(?:voting|voters|votes?|ballots?)\\s+in\\s+the\\s+(?:[\\w-]+\\s+){0,3}primar",
            I);
    /** Water that washes roads out: the flood is in the sentence ("washed away the picnic" is not one). */
    private static final Pattern FLOOD_WATER =
            Pattern.compile("\\b(?:water|rain\\w*|rivers?|creeks?|streams?|flood\\w*|runoff|snowmelt|melt\\w*)\\b", I);

    private static final Pattern SNOW = Pattern.compile("\\b(?:snow\\w*|blizzard\\w*|sleet|freezing\\s+rain)\\b", I);
    /**
     * A team's or a trainer's "drought" (a run without wins) rather than a dry spell: owned by a person ("Suroor's
     * two-year drought") or ended by a win, with no weather, water or crops in the sentence.
     */
    private static final Pattern SPORTING_DROUGHT_BEFORE = Pattern.compile(
            "(?:['’]s\\s+(?:[\\w-]+\\s+){0,2}|\\b(?:ended|ends|ending|snapped|snaps|broke|breaks|end|snap|break)\\s+"
                    + "(?:[\\w'’-]+\\s+){0,5})$",
            I);

    private static final Pattern DRY_SPELL = Pattern.compile(
            "\\b(?:rain\\w*|water|wells?|reservoirs?|crops?|harvests?|farm\\w*|irrigat\\w*|livestock|cattle|famine"
                    + "|dry|arid|heat\\w*|wildfires?|hunger|food)\\b",
            I);
    /** Parties that make an agreement commercial: "signed agreements with three insurers". */
    private static final Pattern COMMERCIAL = Pattern.compile(
            "\\b(?:with|between)\\s+(?:[\\w$-]+\\s+){0,3}(?:insurers?|compan(?:y|ies)|firms?|banks?|suppliers?|customers?"
                    + "|clients?|lenders?|investors?|producers?|retailers?|developers?|contractors?|distributors?|unions?"
                    + "|sponsors?|broadcasters?|carriers?|airlines?)\\b",
            I);
    /** The agent of an appointment, left out when looking for the post filled: "committees appointed by the mayor". */
    private static final Pattern APPOINTER = Pattern.compile(
            "\\bby\\s+(?:the\\s+|a\\s+|an\\s+)?(?:[\\w.-]+\\s+){0,3}?"
                    + "(?:president|prime\\s+minister|premier|minister|governor|mayor|king|queen|council|board|cabinet|government"
                    + "|parliament|officials?|[\\w.-]+)\\b(?:\\s+or\\s+(?:other\\s+)?(?:[\\w-]+\\s+){0,2}officials?)?",
            I);
    /** A rule, not a happening: "committees are appointed by the mayor". */
    private static final Pattern HABITUAL_APPOINTMENT =
            Pattern.compile("\\b(?:is|are)\\s+(?:usually\\s+|normally\\s+|typically\\s+)?appointed\\b", I);

    /** Damage, victims, weather or response: what turns "flood" or "storm" into a disaster being reported. */
    private static final Pattern DISASTER_EFFECT = Pattern.compile(
            "\\b(?:kill\\w*|dead|died|deaths?|toll|missing|injur\\w*|homeless|evacu\\w+|rescu\\w+|destroy\\w*|damag\\w*"
                    + "|swept|submerged|inundat\\w*|hit|hits|struck|strikes|batter\\w*|lash\\w*|ravag\\w*|devastat\\w*"
                    + "|affected|hectares|acres|magnitude|richter|epicent\\w+|landfall|rain\\w*|downpours?|winds?|mph|km/h"
                    + "|burn\\w*|blaze|flames|firefighters|contain\\w*|spread\\w*|erupt\\w*|cases|infect\\w*|confirmed"
                    + "|outbreak|declared|temperatures?|degrees|crops|livestock|emergency|residents|homes|houses|villages"
                    + "|roads|bridges|power|outages?|cut\\s+off|stranded|trapped|buried|engulf\\w*|rages?|raging|flood\\w*"
                    + "|shook|shaking|tremor|felt|hectare|wildfires?|quake|hurricane|typhoon|cyclone|storm|tornado"
                    + "|heatwave|drought|landslides?|mudslides?|avalanches?|cholera|epidemic|spreads?|snow\\w*|dump\\w*"
                    + "|closed|closing|wash\\w*|occurred|broke\\s+out)\\b",
            I);
    /** A word before the trigger that makes it a metaphor: "a political earthquake", "a diplomatic storm". */
    private static final Pattern METAPHOR_BEFORE = Pattern.compile(
            "\\b(?:political|diplomatic|media|perfect|electoral|financial|social|twitter|online|brain|fire|shit|PR)\\s*$",
            I);

    private static final Pattern OF_AFTER = Pattern.compile("^\\s+of\\s+(?!water|rain|mud)", I);

    private static final Pattern VEHICLE = Pattern.compile(
            "\\b(?:cars?|bus|buses|minibus\\w*|trucks?|lorr(?:y|ies)|vans?|vehicles?|motorcycles?|motorbikes?|taxis?"
                    + "|tankers?|trains?|railway|rail|tram|locomotives?|metro|freight|planes?|aircraft|jets?|airliners?"
                    + "|helicopters?|flights?|boats?|ships?|ferr(?:y|ies)|vessels?|canoes?|dinghy|barges?|road|highway"
                    + "|motorway|pedestrians?|drivers?|passengers?|crossing|interstate|roadway|intersection|lanes?"
                    // the lexicon's own vehicle words: "struck by an SUV", "the pickup flipped"
                    + "|suvs?|pickups?|minivans?|jeeps?|sedans?|motorists?|tractor-trailers?|semis?)\\b",
            I);
    private static final Pattern RAIL =
            Pattern.compile("\\b(?:trains?|railway|rail|tram|locomotives?|metro|freight|derail\\w*)\\b", I);
    private static final Pattern AIR = Pattern.compile(
            "\\b(?:planes?|aircraft|jets?|airliners?|helicopters?|flights?|airport|runway|pilots?)\\b", I);
    private static final Pattern WATER = Pattern.compile(
            "\\b(?:boats?|ships?|ferr(?:y|ies)|vessels?|canoes?|dinghy|barges?|capsiz\\w*|shipwreck)\\b", I);
    private static final Pattern STRUCTURE = Pattern.compile(
            "\\b(?:buildings?|bridges?|roofs?|houses?|homes?|walls?|mines?|tunnels?|dams?|towers?|blocks?|stadium"
                    + "|schools?|church|mosques?|hotels?|structures?|ceilings?|scaffold\\w*|cranes?|floors?|storeys?"
                    + "|apartments?|markets?|factory|factories|warehouses?|balcon(?:y|ies)|stage|overpass|flyover)\\b",
            I);
    private static final Pattern SITE = Pattern.compile(
            "\\b(?:factory|factories|plant|refinery|warehouses?|mines?|pipelines?|depot|facility|mill|workshop"
                    + "|fireworks|boiler|tanker|cylinders?|chemicals?|gas|fuel|oil|petrol|ammonia|chlorine|industrial"
                    + "|buildings?|houses?|homes?|apartments?|hotels?|hospitals?|markets?|shops?|store|nightclub|bar|school"
                    + "|dormitory|prison|slum|flats?|tower|block|high-rise|mall)\\b",
            I);
    private static final Pattern FOREST = Pattern.compile(
            "\\b(?:forests?|woodland|bush|wild\\w*|hectares|acres|vegetation|hills?|mountains?|brush|grassland|scrub"
                    + "|park|reserve|containment|contained)\\b",
            I);
    /** Hostile fire: "opened fire", "under fire", "exchange of fire" are shooting, not a blaze. */
    private static final Pattern GUNFIRE_BEFORE = Pattern.compile(
            "\\b(?:open\\w*|return\\w*|exchang\\w*(?:\\s+of)?|under|cease|gun|artillery|rocket|mortar|heavy|live|set\\s+on"
                    + "|set|sniper|came\\s+under)\\s+$",
            I);

    private static final Pattern HOSTILE = Pattern.compile(
            "\\b(?:shell\\w*|bomb\\w*|air\\s*strikes?|drones?|missiles?|rockets?|attack\\w*|militants?|insurgents?|rebels?"
                    + "|troops|arson\\w*|terror\\w*|suicide|gunmen|IEDs?|molotov|protesters|rioters)\\b",
            I);
    /** Something a police force, prosecutor or court did, or a victim suffered: the crime is news, not a topic. */
    private static final Pattern CRIME_ACT = Pattern.compile(
            "\\b(?:arrest\\w*|charg\\w+|convict\\w*|sentenc\\w+|jail\\w*|prison|detain\\w*|indict\\w*|raid\\w*|seiz\\w+"
                    + "|stole|stolen|robbed|broke\\s+into|kill\\w*|shot|stabb\\w*|dead|body|bodies|uncover\\w*|bust\\w*"
                    + "|confiscat\\w+|intercept\\w*|dismantl\\w+|plead\\w*|pleaded|guilty|investigat\\w+|suspects?"
                    + "|police|officers|deputies|prosecutors?|court|accused|allegedly|victims?|lost|took|targeted"
                    + "|found|discovered|freed|released|rescued|held|abduct\\w*|kidnap\\w*|ransom|worth|million|billion"
                    + "|survivors?|died|wounded|injured)\\b",
            I);

    private static final Pattern DRUGS = Pattern.compile(
            "\\b(?:drugs?|cocaine|heroin|methamphetamine|meth|cannabis|marijuana|fentanyl|opium|hashish|narcotics?|pills"
                    + "|captagon|tramadol|ecstasy|crystal)\\b",
            I);
    private static final Pattern HUMANS = Pattern.compile(
            "\\b(?:human|women|girls|children|migrants?|people|persons|victims|workers|sex|labou?r|organs?)\\b", I);
    private static final Pattern POLITICAL_THEFT =
            Pattern.compile("\\b(?:elections?|votes?|ballots?|show|spotlight)\\b", I);
    /** Officials or states as actors of a political act. */
    /** Bodies whose heads hold no public office. */
    private static final String PRIVATE_BODIES =
            "festivals?|films?|bands?|compan(?:y|ies)|firms?|clubs?|teams?|schools?|colleges?|universit(?:y|ies)"
                    + "|museums?|theat(?:re|er)s?|orchestras?|churche?s?|foundations?|banks?|hospitals?|charit(?:y|ies)"
                    + "|societ(?:y|ies)|associations?|leagues?|networks?|newspapers?|magazines?|studios?|corporations?"
                    + "|businesses|business|chambers?\\s+of\\s+commerce|librar(?:y|ies)|zoos?|institutes?|academ(?:y|ies)"
                    + "|choirs?|arts?|galler(?:y|ies)|restaurants?|stores?|shops?";
    /** The posts a private body's head holds. */
    private static final String POSTS = "(?:executive\\s+|artistic\\s+|managing\\s+)?(?:director|directors|chairman"
            + "|chairwoman|chair|chief|president|head|leader|manager|ceo|founder|coach|principal|spokes(?:man|woman)"
            + "|officials?)\\b";

    private static final Pattern OFFICIALS = Pattern.compile(
            "\\b(?:president|presidents|prime\\s+minister|premier|minister|ministers|chancellor|king|queen|prince|emir"
                    + "|sultan|pope|secretary|governor|mayor|ambassador|envoy|delegation|leaders?|head\\s+of|chief|speaker"
                    + "|cabinet|government|parliament|lawmakers|senate|commissioner|general|commander|spokesman"
                    + "|officials?|chairman|director|justice|attorney|office|party)\\b",
            I);

    private static final Pattern STATES = Pattern.compile(
            "\\b(?:government|governments|president|minister|leaders|nations|countries|states|parliament|parties"
                    + "|kingdom|republic|union|council|administration|treasury|washington|moscow|beijing|brussels|UN|EU"
                    + "|NATO|U\\.S|United\\s+States|US|UK)\\b");
    /** Words saying that a vote takes place (or will): "held", "went to the polls", "turnout", "results". */
    private static final Pattern HELD = Pattern.compile(
            "\\b(?:held|hold|holds|holding|voted|turnout|cast\\s+(?:their\\s+)?ballots?|went\\s+to\\s+the\\s+polls|go\\s+to\\s+the\\s+polls"
                    + "|polling\\s+stations?|counting|elected|re-elected|won\\s+(?:the|a)\\s+(?:\\w+\\s+)?(?:election|vote|poll)"
                    + "|results|runoff|run-off|snap|due\\s+on|scheduled|next\\s+(?:week|month|year|\\w+day))\\b",
            I);

    /** A public office one is elected to. */
    private static final Pattern PUBLIC_OFFICE = Pattern.compile(
            "\\b(?:mayor|mayor['’]s|council|councilman|councilwoman|councilmember|alderman|aldermen|commission"
                    + "|commissioner|senat\\w*|legislat\\w*|governor|congress\\w*|assembly|parliament|representatives?"
                    + "|school\\s+board|judge|sheriff|president|prime\\s+minister|office|seat)\\b",
            I);

    private static final Pattern LOCAL_OFFICE = Pattern.compile(
            "\\b(?:mayor|mayor['’]s|council|councilman|councilwoman|councilmember|alderman|aldermen|school\\s+board"
                    + "|sheriff|county|city|town)\\b",
            I);

    /** When after "was elected": "in February", "on Tuesday", "last month". */
    private static final Pattern ELECTED_WHEN = Pattern.compile(
            "\\b(?:in|on|last)\\s+(?:jan\\w*|feb\\w*|mar\\w*|apr\\w*|may|jun\\w*|jul\\w*|aug\\w*|sep\\w*|oct\\w*"
                    + "|nov\\w*|dec\\w*|\\w+day|week|month)\\b",
            I);

    /** Chosen by a body, not by voters: "was elected by the board", "elected chairman by fellow commissioners". */
    private static final Pattern ELECTED_BY_BODY =
            Pattern.compile("^[^.;]{0,60}?\\bby\\s+(?:the|his|her|their|fellow)\\b", I);

    /** "up for re-election", "up for election": the seat's next election. */
    private static final Pattern UP_FOR_ELECTION = Pattern.compile("\\bup\\s+for\\s+(?:re-?)?election\\b", I);

    private static final Pattern COURT = Pattern.compile(
            "\\b(?:sentenc\\w+|convict\\w*|guilty|trial|verdict|court|appeal\\w*|jury|judge|pleaded|acquitt\\w+|lawsuit"
                    + "|settle\\w*|prison|jail\\w*)\\b",
            I);
    private static final Pattern INVESTIGATION =
            Pattern.compile("\\b(?:arrest\\w*|raid\\w*|seiz\\w+|detain\\w*|indict\\w*|charged)\\b", I);
    private static final Pattern AID_ACT = Pattern.compile(
            "\\b(?:deliver\\w*|distribut\\w*|arriv\\w*|reach\\w*|sent|shipped|airdrop\\w*|air-drop\\w*|entered|handed"
                    + "|provid\\w*|ramp\\w*|dispatch\\w*|brought|received|unload\\w*|supplied|flown|scal\\w+\\s+up)\\b",
            I);
    private static final Pattern AID_CONTEXT = Pattern.compile(
            "\\b(?:humanitarian|relief|aid|victims|displaced|refugees|survivors|affected|famine|hunger|needy|UN|UNICEF|WFP"
                    + "|UNHCR|Red\\s+Cross|Red\\s+Crescent|NGOs?|charity|charities|donat\\w+|emergency|flood\\w*|earthquake"
                    + "|quake|storm|camps?|besieged)\\b");
    private static final Pattern SUMMIT_HELD = Pattern.compile(
            "\\b(?:held|hosted|hosts|hosting|attended|attend\\w*|opened|began|ended|met|meet|meeting|gathered|at\\s+(?:a|the)"
                    + "|in)\\b",
            I);
    /** Where the visitor is named after a visit: its agent or its role ("by the minister", "as special envoy"). */
    /**
     * The head of a firm, a festival or a school is no official visitor: "Film Festival director visits Columbia
     * State", "the director of the county museum toured". Taken out of the visitor before {@link #OFFICIALS} reads it.
     */
    private static final Pattern PRIVATE_POSTHOLDER = Pattern.compile(
            "\\b(?:" + PRIVATE_BODIES + ")(?:['’]s)?\\s+(?:[\\w'’-]+\\s+){0,2}?" + POSTS + "|\\b" + POSTS
                    + "\\s+of\\s+(?:the\\s+|a\\s+|an\\s+)?(?:[\\w'’-]+\\s+){0,3}?(?:" + PRIVATE_BODIES + ")\\b",
            I);

    private static final Pattern VISITOR_AFTER =
            Pattern.compile("\\b(?:by|as|at\\s+the\\s+head\\s+of|leading|heading)\\b", I);
    /**
     * A visit fronted before its clause ("In a visit to Tunis on 1 February Macron criticised ..."): the visitor is
     * the clause's subject, often a bare surname whose title the sentence before gave.
     */
    private static final Pattern FRONTED_VISIT =
            Pattern.compile("^\\s*(?:in|during|on)\\s+(?:a|an|his|her|their)\\s+(?:[\\w-]+\\s+){0,2}$", I);

    /** A relative clause describing people by their state: "who were displaced", "who had been displaced". */
    private static final Pattern DESCRIBED_PEOPLE =
            Pattern.compile("\\bwho\\s+(?:were|was|had\\s+been|have\\s+been|has\\s+been)\\s+$", I);

    private static final Pattern SCENE_DEPARTURE =
            Pattern.compile("\\b(?:scene|police|custody|arrest|jail|prison)\\b", I);

    /** What opens the visit's own clause: "giving a vote of confidence to the Saudi military as [the prince tours]". */
    private static final Pattern CLAUSE_OPENING =
            Pattern.compile("[;:]|\\b(?:as|while|whereas|when|because|although)\\s", I);

    private FamilyRules() {}

    /** The part of {@code before} (text before a visit trigger) in the trigger's own clause. */
    static String visitorClause(String before) {
        Matcher m = CLAUSE_OPENING.matcher(before);
        int from = 0;
        while (m.find()) {
            from = m.end();
        }
        return before.substring(from);
    }

    /** The kind {@code hit} names in {@code sentence} when its type is not one of ACLED's; empty for none. */
    static Optional<Kind> refine(TriggerLexicon.Hit hit, String sentence, String context) {
        Trigger t = hit.trigger();
        EventType type = t.type();
        String before = sentence.substring(0, hit.start());
        String after = sentence.substring(hit.end());
        return switch (type.family()) {
            case DISASTERS -> t.phrase().startsWith("=washed")
                            && !FLOOD_WATER.matcher(sentence).find()
                    ? Optional.empty()
                    : disaster(type, t.subtype(), sentence, before, after);
            case ACCIDENTS -> accident(type, t.subtype(), sentence, before);
            case CRIME -> crime(type, t.subtype(), sentence);
            case HUMANITARIAN -> humanitarian(type, t.subtype(), sentence, after, hit);
            case POLITICAL_PROCESS -> process(type, t.subtype(), sentence, context, hit);
            default -> kind(type, t.subtype());
        };
    }

    private static Optional<Kind> disaster(EventType type, String subtype, String s, String before, String after) {
        if (type == EventType.DROUGHT
                && SPORTING_DROUGHT_BEFORE.matcher(before).find()
                && !DRY_SPELL.matcher(s).find()) {
            return Optional.empty(); // "ended Saeed bin Suroor's two-year drought": a run without wins
        }
        if (type == EventType.STORM
                && subtype.equals("Storm (general)")
                && SNOW.matcher(s).find()) {
            subtype = "Winter storm"; // "Tuesday's storm dumping even more snow"
        }
        if (METAPHOR_BEFORE.matcher(before).find()
                || (OF_AFTER.matcher(after).find() && type != EventType.EPIDEMIC)
                || !DISASTER_EFFECT.matcher(s).find()) {
            return Optional.empty(); // "a flood of complaints", "a political earthquake", "drought-resistant seeds"
        }
        if (type == EventType.WILDFIRE
                && subtype.equals("Forest fire")
                && !FOREST.matcher(s).find()) {
            if (GUNFIRE_BEFORE.matcher(before).find() || HOSTILE.matcher(s).find()) {
                return Optional.empty();
            }
            return SITE.matcher(s).find() ? kind(EventType.INDUSTRIAL_ACCIDENT, "Fire") : Optional.empty();
        }
        if (type == EventType.FLOOD && subtype.equals("Flood (general)")) {
            if (COASTAL.matcher(s).find()) {
                return kind(type, "Coastal flood");
            }
            if (FLASH_FLOOD.matcher(s).find()) {
                return kind(type, "Flash flood");
            }
            if (RIVERINE.matcher(s).find()) {
                return kind(type, "Riverine flood");
            }
        }
        if (type == EventType.EPIDEMIC) {
            String virus = "(?is).*\\b(?:ebola|measles|mpox|monkeypox|dengue|polio|flu|influenza|covid\\w*|coronavirus"
                    + "|marburg|zika|lassa|yellow\\s+fever)\\b.*";
            String bacteria = "(?is).*\\b(?:cholera|diphtheria|anthrax|plague|meningitis|typhoid|tuberculosis)\\b.*";
            return kind(type, s.matches(virus) ? "Viral disease" : s.matches(bacteria) ? "Bacterial disease" : subtype);
        }
        return kind(type, subtype);
    }

    private static Optional<Kind> accident(EventType type, String subtype, String s, String before) {
        switch (type) {
            case TRANSPORT_ACCIDENT -> {
                if (!VEHICLE.matcher(s).find()) {
                    return Optional.empty(); // "a market crash", "shares sank"
                }
                if (RAIL.matcher(s).find()) {
                    return kind(type, "Rail");
                }
                if (AIR.matcher(s).find()) {
                    return kind(type, "Air");
                }
                if (WATER.matcher(s).find()) {
                    return kind(type, "Water");
                }
                return subtype.equals("Water") ? Optional.empty() : kind(type, "Road");
            }
            case STRUCTURAL_COLLAPSE -> {
                return STRUCTURE.matcher(s).find() ? kind(type, subtype) : Optional.empty(); // "the talks collapsed"
            }
            default -> {
                if (subtype.equals("Fire")
                        && (GUNFIRE_BEFORE.matcher(before).find()
                                || HOSTILE.matcher(s).find())) {
                    return Optional.empty(); // "opened fire", an arson attack or a fire after shelling
                }
                if (subtype.equals("Fire")
                        && FOREST.matcher(s).find()
                        && !SITE.matcher(s).find()) {
                    return kind(EventType.WILDFIRE, "Forest fire");
                }
                return kind(type, subtype);
            }
        }
    }

    private static Optional<Kind> crime(EventType type, String subtype, String s) {
        if (!CRIME_ACT.matcher(s).find()) {
            return Optional.empty(); // fraud or corruption as a topic
        }
        if (COURT.matcher(s).find() && !INVESTIGATION.matcher(s).find()) {
            return Optional.empty(); // a trial, verdict or sentence reports on a crime of the past, not a new event
        }
        return switch (type) {
            case THEFT -> POLITICAL_THEFT.matcher(s).find() ? Optional.empty() : kind(type, subtype);
            case TRAFFICKING_AND_SEIZURES -> {
                if (subtype.equals("Drug seizure") && !DRUGS.matcher(s).find()) {
                    yield Optional.empty();
                }
                if (subtype.equals("Human trafficking") && !HUMANS.matcher(s).find()) {
                    yield kind(type, DRUGS.matcher(s).find() ? "Drug seizure" : "Smuggling");
                }
                yield kind(type, subtype);
            }
            default -> kind(type, subtype);
        };
    }

    private static Optional<Kind> humanitarian(
            EventType type, String subtype, String s, String after, TriggerLexicon.Hit hit) {
        if (type == EventType.DISPLACEMENT
                && DESCRIBED_PEOPLE.matcher(s.substring(0, hit.start())).find()) {
            return Optional.empty(); // "two siblings, 11 and 7, who were displaced from Umemger village": who they are
        }
        if (type == EventType.DISPLACEMENT
                && SCENE_DEPARTURE
                        .matcher(after.length() > 30 ? after.substring(0, 30) : after)
                        .find()) {
            return Optional.empty(); // "fled the scene"
        }
        if (type == EventType.DISPLACEMENT
                && s.substring(Math.max(0, hit.start() - 4), hit.start()).equalsIgnoreCase("the ")
                && s.substring(hit.start(), hit.end()).equalsIgnoreCase("homeless")) {
            return Optional.empty(); // "programs to help the homeless": a social group, not people driven out
        }
        if (type == EventType.AID_DELIVERY
                && !(AID_CONTEXT.matcher(s).find() && AID_ACT.matcher(s).find())) {
            return Optional.empty(); // "provide water services"
        }
        return kind(type, subtype);
    }

    private static Optional<Kind> process(
            EventType type, String subtype, String s, String context, TriggerLexicon.Hit hit) {
        String phrase = hit.trigger().phrase();
        switch (type) {
            case ELECTION -> {
                if (phrase.startsWith("=primary")) {
                    // "the May 8 primary", "the Democratic primary"; not "the primary reason"
                    return DATED_VOTE.matcher(s).find()
                                    || PRIMARY_VOTE.matcher(s).find()
                            ? kind(type, "Primary election")
                            : Optional.empty();
                }
                if (phrase.startsWith("=was")) {
                    // voted into a public office at a date the sentence gives; not "elected president of the club"
                    return PUBLIC_OFFICE.matcher(s).find()
                                    && ELECTED_WHEN
                                            .matcher(s.substring(hit.end()))
                                            .find()
                                    && !PRIVATE_POSTHOLDER.matcher(s).find()
                                    && !ELECTED_BY_BODY
                                            .matcher(s.substring(hit.end()))
                                            .find()
                            ? kind(
                                    type,
                                    LOCAL_ELECTION.matcher(s).find()
                                                    || LOCAL_OFFICE.matcher(s).find()
                                            ? "Local election"
                                            : subtype)
                            : Optional.empty();
                }
                if (UP_FOR_ELECTION.matcher(s).find() && ELECTED_WHEN.matcher(s).find()) {
                    // "his seat is up for re-election in November": the seat's election, planned
                    return kind(type, LOCAL_OFFICE.matcher(s).find() ? "Local election" : subtype);
                }
                if (!HELD.matcher(s.substring(0, hit.start()) + " " + s.substring(hit.end()))
                                .find()
                        && !DATED_VOTE.matcher(s).find()) {
                    return Optional.empty(); // "ahead of the elections", "the election commission"
                }
                if (phrase.startsWith("=election") && !ELECTION_WORD.matcher(s).find()) {
                    return Optional.empty();
                }
                if (!s.matches(
                        "(?is).*\\b(?:elections?|polls|polling|ballots?|runoff|run-off|by-elections?|electorate)\\b.*")) {
                    return Optional.empty(); // "parliament voted to approve the budget"
                }
                String sub = PRESIDENTIAL.matcher(s).find()
                        ? "Presidential election"
                        : NATIONAL_ELECTION.matcher(s).find()
                                ? "Parliamentary election"
                                : LOCAL_ELECTION.matcher(s).find() ? "Local election" : subtype;
                return kind(type, sub);
            }
            case REFERENDUM -> {
                return HELD.matcher(s).find() || DATED_VOTE.matcher(s).find() ? kind(type, subtype) : Optional.empty();
            }
            case CHANGE_OF_GOVERNMENT -> {
                if (!subtype.equals("Coup") && !OFFICIALS.matcher(context).find()) {
                    return Optional.empty(); // "quit smoking", "the coach stepped down"
                }
                if (subtype.equals("Appointment")
                        && (HABITUAL_APPOINTMENT.matcher(s).find()
                                || !OFFICIALS
                                        .matcher(APPOINTER.matcher(context).replaceAll(" "))
                                        .find())) {
                    return Optional.empty(); // "committees are appointed by the mayor": the post filled is no office
                }
                return kind(type, subtype);
            }
            case AGREEMENT_OR_CEASEFIRE -> {
                boolean conflict = SubtypeRules.CONFLICT.matcher(s).find();
                if (!conflict
                        && (!STATES.matcher(s).find() || COMMERCIAL.matcher(s).find())) {
                    return Optional.empty(); // business and trade agreements between firms ("with three insurers")
                }
                if (subtype.equals("Peace agreement") && !PEACE.matcher(s).find()) {
                    return Optional.empty(); // a bare "agreement" needs its peace
                }
                return kind(type, CEASEFIRE.matcher(s).find() ? "Ceasefire" : subtype);
            }
            case SANCTIONS -> {
                // expelling diplomats and levying tariffs are acts of state whoever the sentence names
                return subtype.equals("Diplomatic expulsion")
                                || subtype.equals("Trade tariffs")
                                || STATES.matcher(s).find()
                                || OFFICIALS.matcher(s).find()
                        ? kind(type, subtype)
                        : Optional.empty();
            }
            case OFFICIAL_VISIT -> {
                if (subtype.equals("Summit")) {
                    return SUMMIT_HELD.matcher(s).find() ? kind(type, subtype) : Optional.empty();
                }
                boolean delegation = hit.trigger().phrase().startsWith("=delegation")
                        || hit.trigger().phrase().startsWith("dispatch"); // the envoy sent is the visitor
                // the visitor is the subject before the trigger, the agent or the role after it ("a visit by the
                // minister", "visiting Russia as the special envoy"), not what is visited ("visited the complaints
                // office")
                String after = s.substring(hit.end(), Math.min(s.length(), hit.end() + 60));
                Matcher role = VISITOR_AFTER.matcher(after);
                String visitor = visitorClause(s.substring(Math.max(0, hit.start() - 80), hit.start()))
                        + (role.find() ? after.substring(role.start()) : "");
                boolean fronted =
                        FRONTED_VISIT.matcher(s.substring(0, hit.start())).matches()
                                && OFFICIALS.matcher(context).find();
                visitor = PRIVATE_POSTHOLDER.matcher(visitor).replaceAll(" ");
                if (!(delegation || fronted || OFFICIALS.matcher(visitor).find())
                        || SubtypeRules.ARMED.matcher(visitor).find()) {
                    // a family visit; troops arriving are a deployment (but a visitor may speak of "military action")
                    return Optional.empty();
                }
                return kind(type, STATE_VISIT.matcher(s).find() ? "State visit" : subtype);
            }
            default -> {
                return kind(type, subtype);
            }
        }
    }

    /** True for families whose events can be announced ahead ("elections next month", "a march planned for Friday"). */
    static boolean plannable(Kind k) {
        return k.type().family() == EventFamily.POLITICAL_PROCESS
                        && k.type() != EventType.CHANGE_OF_GOVERNMENT
                        && k.type() != EventType.SANCTIONS
                || k.type() == EventType.PROTESTS;
    }

    private static Optional<Kind> kind(EventType type, String subtype) {
        return Optional.of(new Kind(type, subtype));
    }
}
