package org.geobrief.events.internal;

import static org.geobrief.events.EventType.*;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The trigger words and phrases, mapped to event types and sub-types (ACLED's wording for ACLED's types, except
 * "Deployment of troops", which ACLED files under "Other"; EM-DAT's for disasters and accidents, ICCS's for crime). The sub-type here is a first guess that
 * {@link SubtypeRules} refines from the sentence (who is clashing, who is fired upon).
 */
public final class TriggerLexicon {

    static final String PEACEFUL = "Peaceful protest";
    static final String INTERVENTION = "Protest with intervention";
    static final String EXCESSIVE_FORCE = "Excessive force against protesters";
    static final String VIOLENT_DEMONSTRATION = "Violent demonstration";
    static final String MOB_VIOLENCE = "Mob violence";
    static final String ARMED_CLASH = "Armed clash";
    static final String ATTACK = "Attack";
    static final String AIR = "Air/drone strike";
    static final String SHELLING = "Shelling/artillery/missile attack";
    static final String REMOTE_EXPLOSIVE = "Remote explosive/landmine/IED";
    static final String SUICIDE = "Suicide bomb";
    static final String ARRESTS = "Arrests";
    static final String DEPLOYMENT = "Deployment of troops";
    static final String AGREEMENT = "Agreement";
    static final String LOOTING = "Looting/property destruction";
    static final String CHANGE = "Change to group/activity";
    static final String OTHER = "Other";

    private static final String TROOPS =
            "troop|soldier|paratrooper|peacekeeper|=forces|contingent|=units|=military|army|marine|=reinforcements";
    private static final String OFFICIALS = "government|cabinet|minister|governor|mayor|chief|head|commander|official";

    private static final List<Trigger> TRIGGERS = List.of(
            Trigger.strong(PROTESTS, PEACEFUL, "=protested|=protesting"),
            Trigger.strong(PROTESTS, PEACEFUL, "=demonstrated|=demonstrating =against|=outside|=in|=at|=near|=for"),
            Trigger.strong(PROTESTS, PEACEFUL, "=rallied|=marched|=picketed"),
            Trigger.strong(PROTESTS, PEACEFUL, "take ~ to the =streets|=street"),
            Trigger.strong(PROTESTS, PEACEFUL, "sit-in|=walkout|=walkouts"),
            Trigger.strong(PROTESTS, PEACEFUL, "hunger|general =strike|=strikes"),
            Trigger.strong(PROTESTS, PEACEFUL, "go|=on =strike"),
            Trigger.weak(
                    PROTESTS, PEACEFUL, "=protest|=protests|=demonstration|=demonstrations|=rally|=rallies|=marches"),
            Trigger.weak(PROTESTS, PEACEFUL, "=protesters|=protestors|=demonstrators|=marchers"),
            Trigger.weak(PROTESTS, PEACEFUL, "=revolt|=uprising"),
            Trigger.strong(PROTESTS, EXCESSIVE_FORCE, "open =fire|=fired on|at ~ protester|demonstrator|crowd|marcher"),
            Trigger.strong(PROTESTS, EXCESSIVE_FORCE, "kill|shoot ~ =protesters|=protestors|=demonstrators"),
            Trigger.strong(RIOTS, VIOLENT_DEMONSTRATION, "=stormed|=storming"),
            Trigger.strong(RIOTS, VIOLENT_DEMONSTRATION, "set =fire|=alight|=ablaze"),
            Trigger.strong(RIOTS, VIOLENT_DEMONSTRATION, "set ~ on =fire"),
            Trigger.strong(RIOTS, VIOLENT_DEMONSTRATION, "riot|=rioters|=rioting"),
            Trigger.strong(RIOTS, VIOLENT_DEMONSTRATION, "throw ~ stone|rock|molotov|petrol bomb"),
            Trigger.strong(RIOTS, VIOLENT_DEMONSTRATION, "pitched =battles|=battle"),
            Trigger.strong(RIOTS, MOB_VIOLENCE, "mob|lynch"),
            // a group fight: "a backstage melee", "a brawl broke out" (a fight of two is an assault, not coded)
            Trigger.weak(RIOTS, MOB_VIOLENCE, "=melee|=melees|=brawl|=brawls"),
            Trigger.strong(RIOTS, VIOLENT_DEMONSTRATION, "seize|take|gain =control =of"),
            Trigger.weak(BATTLES, ARMED_CLASH, "=clash|=clashes"),
            Trigger.strong(BATTLES, ARMED_CLASH, "=clashed|=clashing"),
            Trigger.weak(BATTLES, ARMED_CLASH, "armed =clash|=clashes"),
            Trigger.strong(BATTLES, ARMED_CLASH, "gun =battle|=battles|firefight|shootout"),
            Trigger.strong(BATTLES, ARMED_CLASH, "exchange =of =fire"),
            Trigger.strong(BATTLES, ARMED_CLASH, "exchange =fire"),
            Trigger.strong(BATTLES, ARMED_CLASH, "ambush"),
            Trigger.weak(BATTLES, ARMED_CLASH, "=fighting"),
            Trigger.strong(BATTLES, ARMED_CLASH, "=fought"),
            Trigger.strong(VIOLENCE_AGAINST_CIVILIANS, ATTACK, "attack"),
            // one word each: written as one phrase, "stab" matched only before "executions"
            Trigger.strong(VIOLENCE_AGAINST_CIVILIANS, ATTACK, "massacre|abduct|kidnap|behead|stab"),
            Trigger.strong(VIOLENCE_AGAINST_CIVILIANS, ATTACK, "summary =executions|=execution"),
            Trigger.strong(VIOLENCE_AGAINST_CIVILIANS, ATTACK, "extrajudicial =killing|=killings"),
            Trigger.strong(
                    VIOLENCE_AGAINST_CIVILIANS,
                    ATTACK,
                    "kill|shoot ~ civilian|resident|villager|=people|worshipper|student|journalist|=women|=children"),
            Trigger.strong(
                    VIOLENCE_AGAINST_CIVILIANS, ATTACK, "open =fire|=fired on|at ~ civilian|resident|villager|=people"),
            Trigger.strong(
                    EXPLOSIONS_REMOTE_VIOLENCE,
                    AIR,
                    "airstrike|air-strike|air-raid|drone-strike|drone-attack|bombing-raid"),
            Trigger.strong(
                    EXPLOSIONS_REMOTE_VIOLENCE,
                    SHELLING,
                    "=shelled|=shelling|artillery|mortar|missile|=rocket|=rockets"),
            Trigger.strong(
                    EXPLOSIONS_REMOTE_VIOLENCE,
                    REMOTE_EXPLOSIVE,
                    "=ied|=ieds|landmine|land-mine|roadside-bomb|car-bomb"),
            Trigger.strong(EXPLOSIONS_REMOTE_VIOLENCE, REMOTE_EXPLOSIVE, "improvised =explosive"),
            Trigger.strong(EXPLOSIONS_REMOTE_VIOLENCE, REMOTE_EXPLOSIVE, "explosive =device|=devices"),
            Trigger.strong(EXPLOSIONS_REMOTE_VIOLENCE, REMOTE_EXPLOSIVE, "=explosion|=explosions"),
            Trigger.strong(
                    EXPLOSIONS_REMOTE_VIOLENCE,
                    REMOTE_EXPLOSIVE,
                    "=a|=an|=the|=second|=powerful|=huge|=massive|=bomb|=deadly|=twin|=another|=latest ~ =blast|=blasts"),
            Trigger.strong(EXPLOSIONS_REMOTE_VIOLENCE, REMOTE_EXPLOSIVE, "bomb ~ =exploded|=went|=detonated"),
            Trigger.strong(
                    EXPLOSIONS_REMOTE_VIOLENCE, SUICIDE, "suicide =bomber|=bombers|=bombing|=attack|=attacker|=bomb"),
            Trigger.strong(STRATEGIC_DEVELOPMENTS, ARRESTS, "arrest|detain"),
            Trigger.strong(STRATEGIC_DEVELOPMENTS, ARRESTS, "=taken|=took into =custody"),
            Trigger.strong(STRATEGIC_DEVELOPMENTS, ARRESTS, "round =up"),
            Trigger.strong(
                    STRATEGIC_DEVELOPMENTS, DEPLOYMENT, "send|deploy|dispatch|transfer|airlift|station ~~ " + TROOPS),
            Trigger.strong(STRATEGIC_DEVELOPMENTS, DEPLOYMENT, TROOPS + " ~~ arrive|land|deploy|transfer|send|enter"),
            Trigger.strong(STRATEGIC_DEVELOPMENTS, DEPLOYMENT, "=flights|=planes|=aircraft ~ carrying ~ " + TROOPS),
            Trigger.strong(STRATEGIC_DEVELOPMENTS, LOOTING, "loot|ransack|vandalise|vandalize|=looters"),
            Trigger.strong(STRATEGIC_DEVELOPMENTS, LOOTING, "torch|=torched"),
            Trigger.strong(STRATEGIC_DEVELOPMENTS, LOOTING, "rob ~ shop|store|bank|=businesses"),
            Trigger.strong(
                    STRATEGIC_DEVELOPMENTS,
                    LOOTING,
                    "burn|destroy|damage ~ car|vehicle|building|house|shop|office|=businesses"),
            Trigger.strong(STRATEGIC_DEVELOPMENTS, OTHER, "state =of =emergency"),
            Trigger.strong(STRATEGIC_DEVELOPMENTS, OTHER, "curfew"),
            Trigger.strong(STRATEGIC_DEVELOPMENTS, OTHER, "internet =blackout|=shutdown"),
            Trigger.strong(STRATEGIC_DEVELOPMENTS, OTHER, "cut|block|shut ~ =internet"),
            Trigger.strong(
                    RIOTS,
                    VIOLENT_DEMONSTRATION,
                    "topple|tear|pull|bring =down ~ =statue|=statues|=monument|=monuments"),
            Trigger.strong(
                    RIOTS,
                    VIOLENT_DEMONSTRATION,
                    "topple|deface|vandalise|vandalize ~ =statue|=statues|=monument|=monuments"),
            // disasters (EM-DAT / GDACS); each needs the sentence to speak of damage, victims or weather
            // (DisasterRules)
            Trigger.strong(
                    FLOOD, "Flood (general)", "=flood|=floods|=flooding|=floodwaters|=flooded|=inundated|=inundation"),
            Trigger.strong(FLOOD, "Flash flood", "flash =flood|=floods|=flooding"),
            // water taking out roads: "washing out county roads", "roads washed out" (DisasterRules wants the roads)
            Trigger.strong(FLOOD, "Flood (general)", "=washed|=washing|=wash =out|=away"),
            Trigger.strong(FLOOD, "Coastal flood", "storm =surge|=surges"),
            Trigger.strong(
                    EARTHQUAKE,
                    "Ground movement",
                    "earthquake|=quake|=quakes|=tremor|=tremors|=aftershock|=aftershocks"),
            Trigger.strong(EARTHQUAKE, "Tsunami", "=tsunami|=tsunamis"),
            Trigger.strong(STORM, "Tropical cyclone", "=hurricane|=hurricanes|=typhoon|=typhoons|=cyclone|=cyclones"),
            Trigger.strong(STORM, "Tropical cyclone", "tropical =storm|=depression"),
            Trigger.strong(STORM, "Tornado", "=tornado|=tornadoes|=twister"),
            Trigger.strong(STORM, "Winter storm", "=blizzard|=blizzards|=snowstorm|=snowstorms"),
            Trigger.strong(STORM, "Winter storm", "=ice|=winter =storm|=storms"),
            Trigger.strong(STORM, "Convective storm", "=thunderstorm|=thunderstorms|=hailstorm|=hailstorms"),
            Trigger.strong(STORM, "Storm (general)", "=storm|=storms|=gales|=windstorm"),
            Trigger.strong(WILDFIRE, "Forest fire", "wildfire|=bushfire|=bushfires|=blaze|=blazes"),
            Trigger.strong(WILDFIRE, "Forest fire", "=forest|=bush =fire|=fires"),
            Trigger.strong(WILDFIRE, "Land fire", "=brush|=grass|=scrub|=peat =fire|=fires"),
            // land burned by the acre: "fires burned more than 260 acres and five structures"
            Trigger.strong(
                    WILDFIRE,
                    "Land fire",
                    "=fire|=fires|=blaze|=blazes|=flames ~ =burned|=scorched|=charred|=consumed|=blackened ~ =acres|=acre|=hectares"),
            Trigger.strong(DROUGHT, "Drought", "=drought|=droughts"),
            Trigger.strong(LANDSLIDE, "Landslide", "=landslide|=landslides|=landslip|=landslips|=rockfall"),
            Trigger.strong(LANDSLIDE, "Mudslide", "=mudslide|=mudslides|=mudflow|=mudflows"),
            Trigger.strong(LANDSLIDE, "Avalanche", "=avalanche|=avalanches"),
            Trigger.strong(LANDSLIDE, "Landslide", "=rockslide|=rockslides|=rock =slide|=slides"),
            Trigger.strong(LANDSLIDE, "Mudslide", "=mud =slide|=slides"),
            // ground giving way: "the hillside gave way", "part of the embankment slid onto the road"
            Trigger.strong(
                    LANDSLIDE,
                    "Landslide",
                    "=hillside|=hillsides|=slope|=slopes|=mountainside|=embankment|=cliff|=hill ~ =gave =way"),
            Trigger.strong(
                    LANDSLIDE,
                    "Landslide",
                    "=hillside|=hillsides|=slope|=slopes|=mountainside|=embankment|=cliff ~ =slid|=slipped|=crumbled"),
            Trigger.strong(
                    VOLCANIC_ACTIVITY,
                    "Volcanic eruption",
                    "=volcano|=volcanic ~ =erupted|=eruption|=eruptions|=ash|=lava"),
            Trigger.strong(VOLCANIC_ACTIVITY, "Volcanic eruption", "=eruption|=eruptions|=lava ~ =volcano|=mount"),
            Trigger.strong(EPIDEMIC, "Infectious disease", "=outbreak|=outbreaks|=epidemic|=epidemics"),
            Trigger.strong(
                    EPIDEMIC,
                    "Infectious disease",
                    "=cholera|=ebola|=measles|=mpox|=monkeypox|=dengue|=diphtheria|=anthrax|=plague|=meningitis|=marburg|=polio|=flu"),
            Trigger.strong(EPIDEMIC, "Viral disease", "=bird|=avian =flu|=influenza"),
            Trigger.strong(EXTREME_TEMPERATURE, "Heat wave", "=heatwave|=heatwaves|=heatstroke"),
            Trigger.strong(EXTREME_TEMPERATURE, "Heat wave", "=heat =wave|=waves"),
            Trigger.strong(EXTREME_TEMPERATURE, "Heat wave", "=extreme|=scorching|=record =heat"),
            Trigger.strong(EXTREME_TEMPERATURE, "Cold wave", "=cold|=freezing =wave|=waves|=snap|=spell"),
            // "the cold temperatures" describe the weather; a cold wave only where the sentence says it did harm
            Trigger.weak(EXTREME_TEMPERATURE, "Cold wave", "=cold|=freezing|=frigid =temperatures"),
            // accidents (EM-DAT technological)
            Trigger.strong(
                    TRANSPORT_ACCIDENT,
                    "Road",
                    "=crash|=crashed|=crashes|=collision|=collided|=collide|=overturned|=plunged|=veered"),
            // a vehicle striking someone, told in the passive: "she was struck by an SUV backing out of a driveway"
            Trigger.strong(
                    TRANSPORT_ACCIDENT,
                    "Road",
                    "=struck|=hit|=killed|=run =by ~ =car|=suv|=truck|=vehicle|=van|=minivan|=bus|=pickup|=motorist|=driver"),
            Trigger.strong(TRANSPORT_ACCIDENT, "Rail", "=struck|=hit|=killed =by ~ =train|=trains"),
            // a road accident told without "crash": "an automobile accident", "a one-car wreck", "An earlier accident
            // shut down the fast lane of Interstate 64", "lost control of his car", "went off the road and struck a
            // tree", "the pickup flipped" (FamilyRules wants a vehicle or a road in the sentence)
            Trigger.strong(
                    TRANSPORT_ACCIDENT,
                    "Road",
                    "=car|=automobile|=auto|=traffic|=vehicle|=motorcycle|=truck|=one-car|=two-car|=single-car"
                            + "|=single-vehicle|=two-vehicle|=multi-vehicle|=head-on|=rollover|=motor-vehicle"
                            + " =accident|=accidents|=wreck|=wrecks|=collision|=crash"),
            Trigger.strong(
                    TRANSPORT_ACCIDENT,
                    "Road",
                    "=accident|=accidents|=wreck|=wrecks ~ =interstate|=highway|=lane|=lanes|=route|=road|=roadway"
                            + "|=intersection"),
            Trigger.strong(TRANSPORT_ACCIDENT, "Road", "=rollover|=rollovers"),
            Trigger.strong(TRANSPORT_ACCIDENT, "Road", "=lost|=losing =control =of"),
            Trigger.strong(
                    TRANSPORT_ACCIDENT,
                    "Road",
                    "=went|=ran|=drove|=veered|=careened|=skidded|=slid|=traveled|=travelled =off =the|=a =road|=roadway"
                            + "|=highway|=pavement|=interstate|=street|=embankment|=bridge"),
            Trigger.strong(TRANSPORT_ACCIDENT, "Road", "=left|=leaving =the =road|=roadway|=highway|=pavement"),
            Trigger.strong(
                    TRANSPORT_ACCIDENT,
                    "Road",
                    "=struck|=striking|=hit|=slammed|=smashed|=crashed ~ =tree|=trees|=pole|=guardrail"
                            + "|=embankment|=culvert|=abutment|=ditch|=median"),
            Trigger.strong(
                    TRANSPORT_ACCIDENT,
                    "Road",
                    "=car|=truck|=vehicle|=suv|=van|=pickup|=jeep|=sedan|=motorcycle ~ =flipped|=rolled|=overturned"),
            Trigger.strong(TRANSPORT_ACCIDENT, "Rail", "=derailed|=derailment|=derailments"),
            Trigger.strong(TRANSPORT_ACCIDENT, "Water", "=capsized|=capsizing|=sank|=shipwreck|=sinking"),
            Trigger.strong(STRUCTURAL_COLLAPSE, "Collapse", "=collapse|=collapsed|=collapsing|=caved"),
            Trigger.strong(
                    INDUSTRIAL_ACCIDENT,
                    "Fire",
                    "=fire|=fires|=blaze|=blazes ~ =broke|=broken|=ripped|=swept|=gutted|=engulfed|=destroyed|=killed"),
            Trigger.strong(INDUSTRIAL_ACCIDENT, "Fire", "=gutted|=engulfed"),
            // a fire told by what it did or by the crews sent to it: "a fire damaged the home", "the house caught
            // fire",
            // "firefighters responded to a blaze", "flames engulfed the trailer" (fire-department words are modifiers,
            // Occurrences). Not "extinguished the fire": the fire of a crash told before, as often as a fire of its own
            Trigger.strong(
                    INDUSTRIAL_ACCIDENT,
                    "Fire",
                    "=fire|=blaze =damaged|=burned|=razed|=tore|=spread|=started|=erupted|=consumed|=heavily"),
            Trigger.strong(INDUSTRIAL_ACCIDENT, "Fire", "=caught =fire"),
            Trigger.strong(INDUSTRIAL_ACCIDENT, "Fire", "=was|=were|=been =burned|=burnt =down"),
            Trigger.strong(INDUSTRIAL_ACCIDENT, "Fire", "=went =up =in =flames"),
            Trigger.strong(
                    INDUSTRIAL_ACCIDENT,
                    "Fire",
                    "=flames =engulfed|=consumed|=gutted|=destroyed|=spread|=shot|=tore|=broke"),
            Trigger.strong(
                    INDUSTRIAL_ACCIDENT,
                    "Fire",
                    // a determiner after "to": "called to a house fire", not "called to fire the chief"
                    "=responded|=called|=dispatched|=summoned =to =a|=an|=the ~ =fire|=blaze|=fires|=blazes"),
            Trigger.strong(
                    INDUSTRIAL_ACCIDENT,
                    "Fire",
                    "=home|=residence|=dwelling|=trailer|=duplex|=condo|=chimney|=vehicle|=car|=business|=church"
                            + "|=mobile-home =fire|=fires|=blaze|=blazes"),
            Trigger.strong(INDUSTRIAL_ACCIDENT, "Gas leak", "=gas|=ammonia|=chlorine =leak|=leaks|=leaked"),
            Trigger.strong(INDUSTRIAL_ACCIDENT, "Chemical spill", "=chemical|=oil|=toxic =spill|=spills|=leak"),
            // crime (UNODC ICCS); political violence keeps ACLED's types (CrimeRules)
            Trigger.strong(THEFT, "Theft", "steal|=stole|=stolen|=theft|=thefts|=shoplifting"),
            // the agent nouns name people ("helping stop a thief"): an event only where the sentence says one happened
            Trigger.weak(THEFT, "Theft", "=thieves|=thief"),
            Trigger.strong(THEFT, "Robbery", "rob|=robbery|=robberies|=robbers|=heist|=mugged|=mugging"),
            Trigger.strong(THEFT, "Burglary", "=burglary|=burglaries|=burgled|=burglarized|=break-in"),
            Trigger.weak(THEFT, "Burglary", "=burglar|=burglars"),
            Trigger.strong(
                    FRAUD,
                    "Fraud",
                    "=fraud|=frauds|=fraudulent|=defrauded|=defrauding|=scam|=scams|=scammed|=swindled|=ponzi"),
            Trigger.strong(FRAUD, "Fraud", "=money =laundering"),
            Trigger.strong(
                    FRAUD, "Corruption", "=embezzlement|=embezzled|=embezzling|=bribery|=bribes|=bribe|=kickbacks"),
            Trigger.strong(FRAUD, "Corruption", "=corruption =charges|=case|=probe|=scandal|=trial"),
            Trigger.strong(HOMICIDE, "Murder", "murder|=homicide|=homicides|=manslaughter"),
            Trigger.strong(HOMICIDE, "Murder", "shoot|stab|beat|bludgeon|strangle|hack ~ =dead|=death"),
            Trigger.strong(HOMICIDE, "Murder", "=found =dead"),
            // "whose strangled body was found": the body of one strangled (a strangling survived is no homicide)
            Trigger.strong(HOMICIDE, "Murder", "=strangled|=strangulated =body|=bodies|=corpse|=remains"),
            // gunfire that hit someone: "Shots fired from the Durango struck Taleferio in the back of the head"
            Trigger.strong(HOMICIDE, "Murder", "=shots|=gunfire|=bullet|=bullets ~ =struck|=hit|=killed"),
            Trigger.strong(KIDNAPPING, "Kidnapping", "=hostage|=hostages|=ransom"),
            Trigger.strong(
                    TRAFFICKING_AND_SEIZURES,
                    "Drug seizure",
                    "seize|confiscate|intercept|find|discover ~ =drugs|=cocaine|=heroin|=methamphetamine|=meth|=cannabis|=marijuana|=fentanyl|=opium|=hashish|=narcotics|=tons|=tonnes|=kilograms|=kg|=pills|=captagon"),
            Trigger.strong(TRAFFICKING_AND_SEIZURES, "Drug seizure", "drug =bust|=haul|=seizure|=raid"),
            // drugs taken from a person: "officers retrieved two baggies of white rocks, believed to be crack cocaine"
            Trigger.strong(
                    TRAFFICKING_AND_SEIZURES,
                    "Drug seizure",
                    "=retrieved|=recovered|=confiscated|=seized ~~ =cocaine|=crack|=heroin|=methamphetamine|=meth"
                            + "|=marijuana|=narcotics|=fentanyl|=oxycodone|=pills"),
            Trigger.strong(TRAFFICKING_AND_SEIZURES, "Smuggling", "smuggle|=smugglers|=smuggler|=contraband"),
            Trigger.strong(TRAFFICKING_AND_SEIZURES, "Human trafficking", "=trafficking|=trafficked|=traffickers"),
            // humanitarian
            Trigger.strong(
                    DISPLACEMENT,
                    "Displacement",
                    "displace|=fled|=flee|=fleeing ~ =homes|=home|=villages|=village|=fighting|=violence|=country|=across|=border"),
            Trigger.strong(DISPLACEMENT, "Displacement", "=displaced|=displacement|=homeless"),
            Trigger.strong(DISPLACEMENT, "Displacement", "=forced =to =flee"),
            Trigger.strong(EVACUATION, "Evacuation", "evacuate|=evacuation|=evacuations|=evacuees"),
            Trigger.strong(
                    AID_DELIVERY,
                    "Aid delivery",
                    "deliver|distribute|airdrop|air-drop|send|dispatch|provide|bring ~ =aid|=food|=supplies|=relief|=assistance|=tents|=medicine|=medicines|=water"),
            Trigger.strong(
                    AID_DELIVERY,
                    "Aid delivery",
                    "=aid|=relief|=humanitarian =convoy|=convoys|=shipment|=shipments|=trucks|=lorries|=deliveries|=flights|=supplies"),
            // political process
            Trigger.strong(
                    ELECTION,
                    "Election",
                    "=election|=elections|=by-election|=by-elections|=runoff|=run-off|=polls|=vote|=voted|=voters|=ballot|=ballots|=balloting"),
            Trigger.strong(REFERENDUM, "Referendum", "=referendum|=referendums|=referenda|=plebiscite"),
            // a measure put to the voters: "Issue 9, the smaller of the two levies, is on the May 8 ballot"
            Trigger.strong(REFERENDUM, "Tax levy", "=levy|=levies|=issue|=measure|=proposition ~~ =ballot"),
            Trigger.strong(ELECTION, "Primary election", "=primary|=primaries"),
            // a person voted into an office: "was elected to finish out the former mayor's term in February"
            Trigger.strong(ELECTION, "Election", "=was|=were =elected|=re-elected"),
            Trigger.strong(
                    CHANGE_OF_GOVERNMENT,
                    "Dismissal",
                    "sack|dismiss|oust ~ " + OFFICIALS + "|=premier|=ministers|=president|=prime"),
            Trigger.strong(
                    CHANGE_OF_GOVERNMENT, "Dismissal", "remove|replace|relieve ~~ =as|=from =head|=chairman|=post"),
            Trigger.strong(CHANGE_OF_GOVERNMENT, "Resignation", "resign|=resignation|=quit"),
            Trigger.strong(CHANGE_OF_GOVERNMENT, "Resignation", "=stepped|=steps|=step|=stepping =down"),
            Trigger.strong(CHANGE_OF_GOVERNMENT, "Appointment", "appoint|nominate|=inauguration"),
            Trigger.strong(CHANGE_OF_GOVERNMENT, "Appointment", "=was|=were|=been|=is =inaugurated"),
            Trigger.strong(CHANGE_OF_GOVERNMENT, "Appointment", "=sworn =in"),
            Trigger.strong(CHANGE_OF_GOVERNMENT, "Coup", "=coup|=putsch"),
            Trigger.strong(CHANGE_OF_GOVERNMENT, "Coup", "=seized|=took|=seize =power"),
            Trigger.strong(
                    AGREEMENT_OR_CEASEFIRE,
                    AGREEMENT,
                    "sign|agree|reach|conclude|broker ~ agreement|deal|accord|treaty|memorandum|ceasefire|truce"),
            Trigger.strong(AGREEMENT_OR_CEASEFIRE, "Ceasefire", "=ceasefire|=cease-fire|=truce|=armistice"),
            Trigger.strong(AGREEMENT_OR_CEASEFIRE, "Peace agreement", "=peace =deal|=agreement|=accord|=treaty"),
            Trigger.strong(AGREEMENT_OR_CEASEFIRE, AGREEMENT, "=agreement =took =effect"),
            Trigger.strong(
                    SANCTIONS,
                    "Sanctions imposed",
                    "impose|announce|slap|extend|expand|tighten|adopt ~ =sanctions|=embargo"),
            Trigger.strong(SANCTIONS, "Sanctions imposed", "=sanctions =on|=against"),
            // trade measures between states (the gold set's "Trade tariffs"): the decision is the event
            Trigger.strong(
                    SANCTIONS,
                    "Trade tariffs",
                    "impose|announce|slap|levy|unveil|introduce|raise ~ =tariffs|=tariff|=duties|=levies"),
            Trigger.strong(
                    SANCTIONS,
                    "Trade tariffs",
                    "=retaliatory|=punitive|=import|=anti-dumping|=countervailing =tariffs|=tariff|=duties"),
            // a retaliation list: "unveiled a list of products worth $50 billion ... subject to higher tariffs"
            Trigger.strong(
                    SANCTIONS,
                    "Trade tariffs",
                    "unveil|publish|release|issue ~ =list|=lists ~~ ~~ =tariffs|=tariff|=duties"),
            Trigger.strong(SANCTIONS, "Trade tariffs", "=listing ~~ ~~ =tariffs|=tariff|=duties"),
            Trigger.strong(SANCTIONS, "Sanctions lifted", "lift|ease|remove|suspend ~ =sanctions|=embargo"),
            Trigger.strong(OFFICIAL_VISIT, "Official visit", "visit|=toured|=trip"),
            // a head of state's tour ("a marathon tour of the United States"); the visitor check keeps out concerts
            Trigger.strong(OFFICIAL_VISIT, "Official visit", "=tour"),
            Trigger.strong(OFFICIAL_VISIT, "Summit", "=summit|=summits"),
            Trigger.strong(
                    SANCTIONS,
                    "Diplomatic expulsion",
                    "expel|=expulsion|=expulsions ~ =diplomats|=diplomat|=envoy|=envoys|=ambassador|=staff|=officials|=spies"),
            Trigger.strong(SANCTIONS, "Diplomatic expulsion", "=diplomats|=diplomat|=envoys ~ =expelled"),
            Trigger.strong(
                    OFFICIAL_VISIT,
                    "Official visit",
                    "=delegation|=mission|=envoy|=minister|=president|=premier|=chancellor|=king|=pope|=secretary ~ arrive|=landed"),
            Trigger.strong(HOMICIDE, "Murder", "=killing|=killings =of"),
            // envoys sent: "Egypt dispatched its foreign minister and intelligence chief to Khartoum"
            Trigger.strong(
                    OFFICIAL_VISIT,
                    "Official visit",
                    "dispatch|send ~ =minister|=envoy|=envoys|=emissary|=emissaries|=delegation|=secretary|=ambassador ~~ =to"),
            Trigger.strong(
                    SANCTIONS, "Diplomatic expulsion", "close|shut ~ =consulate|=embassy|=consulates|=embassies"),
            Trigger.strong(THEFT, "Burglary", "=broken|=broke|=breaking =into"),
            Trigger.strong(THEFT, "Burglary", "=break =and =enter|=entering"),
            Trigger.strong(FRAUD, "Fraud", "=insider =trading|=dealing"),
            Trigger.strong(FRAUD, "Fraud", "trade ~ =inside|=insider =information|=tips"),
            Trigger.strong(HOMICIDE, "Murder", "=fatally|=fatal =shot|=shooting|=stabbed|=stabbing|=wounded|=beaten"),
            Trigger.strong(HOMICIDE, "Murder", "=school|=mass|=drive-by =shooting|=shootings"),
            Trigger.strong(HOMICIDE, "Murder", "=stabbing|=shooting|=shot =death|=deaths"),
            Trigger.strong(
                    TRAFFICKING_AND_SEIZURES,
                    "Weapons seizure",
                    "recover|seize|confiscate|intercept ~ =firearms|=weapons|=guns|=rifles|=pistols|=ammunition|=cartridges|=explosives"),
            Trigger.strong(
                    INDUSTRIAL_ACCIDENT,
                    "Fire",
                    "=apartment|=house|=building|=factory|=warehouse|=residential|=kitchen|=hotel|=market|=structure|=garage|=barn =fire|=fires|=blaze|=blazes"),
            Trigger.strong(
                    AID_DELIVERY,
                    "Aid delivery",
                    "=humanitarian =response|=operation|=operations|=assistance|=aid|=supplies"),
            Trigger.strong(
                    BATTLES,
                    "Government regains territory",
                    "regain|recapture|retake|=retook|=retaken ~ =control|=towns|=town|=city|=villages|=village|=areas|=territory"),
            Trigger.strong(
                    BATTLES,
                    ARMED_CLASH,
                    "=military =operations|=operation|=offensive =were|=was|=is|=are|=continued|=continuing"),
            Trigger.strong(
                    EXPLOSIONS_REMOTE_VIOLENCE, AIR, "=air =campaign|=raids|=raid|=strikes|=attacks|=bombardment"),
            Trigger.strong(PROTESTS, PEACEFUL, "=supporters|=hundreds|=thousands ~ =gathered|=rallied|=massed"),
            Trigger.strong(PROTESTS, PEACEFUL, "=supporters|=hundreds|=thousands ~ =turned =out"),
            // a march as a noun: "set off on a march from Beijing" (the month is never followed by these)
            Trigger.strong(PROTESTS, PEACEFUL, "=march =from|=through|=against"),
            // the passive with its agent: what was killed by a bomb, fired on, pulled down by a crowd
            Trigger.strong(
                    EXPLOSIONS_REMOTE_VIOLENCE,
                    REMOTE_EXPLOSIVE,
                    "=killed|=wounded|=injured =by ~ =bomb|=bombs|=explosive|=landmine|=mine|=grenade"),
            Trigger.strong(
                    EXPLOSIONS_REMOTE_VIOLENCE,
                    SHELLING,
                    "=fired =on|=at ~ =towns|=town|=city|=cities|=villages|=village|=positions|=neighbourhoods|=neighborhoods"),
            Trigger.strong(
                    RIOTS,
                    MOB_VIOLENCE,
                    "=pulled|=torn|=tore|=brought =down =by ~ =youths|=mob|=protesters|=rioters|=residents|=villagers|=crowd"),
            // an order against a party or movement: "ordered the party to temporarily disband"
            Trigger.strong(
                    STRATEGIC_DEVELOPMENTS,
                    OTHER,
                    "=party|=parties|=movement|=group ~ =disband|=disbanded|=dissolved|=banned|=deregistered"));

    /**
     * Per trigger, per word of its phrase ({@code ~} gaps left out), the words of the sentence that can stand there:
     * every form of the word, lower case, split where the patterns' word boundaries are; for hyphenated forms
     * ("air-strike") the first part and the joined word, since the patterns match "air strike", "air-strike" and
     * "airstrike". A trigger can only match a sentence holding one word of each of its parts, and its matches begin
     * where a word of its first part does.
     */
    private static final List<List<Set<String>>> PARTS = parts();

    /** Each trigger's pattern, searched only at the word starts where a match can begin. */
    private static final List<WordStartSearch> SEARCHES =
            TRIGGERS.stream().map(t -> WordStartSearch.of(t.pattern())).toList();

    /** Word → indexes of the triggers whose first part it can stand in. */
    private static final Map<String, int[]> BY_FIRST_WORD = index();

    private static List<List<Set<String>>> parts() {
        List<List<Set<String>>> all = new ArrayList<>();
        for (Trigger t : TRIGGERS) {
            List<Set<String>> parts = new ArrayList<>();
            for (String token : t.phrase().trim().split("\\s+")) {
                if (token.equals("~") || token.equals("~~")) {
                    continue;
                }
                Set<String> keys = new HashSet<>();
                for (String lemma : token.split("\\|")) {
                    for (String form : Inflections.of(lemma).split("\\|")) {
                        String f = form.toLowerCase(Locale.ROOT);
                        keys.add(f.split("-")[0]);
                        keys.add(f.replace("-", ""));
                    }
                }
                parts.add(Set.copyOf(keys));
            }
            all.add(List.copyOf(parts));
        }
        return List.copyOf(all);
    }

    /** The trigger patterns' searches, in the lexicon's order (for the engine's equivalence test). */
    static List<WordStartSearch> searches() {
        return SEARCHES;
    }

    private static Map<String, int[]> index() {
        Map<String, BitSet> sets = new HashMap<>();
        for (int i = 0; i < PARTS.size(); i++) {
            for (String key : PARTS.get(i).get(0)) {
                sets.computeIfAbsent(key, k -> new BitSet()).set(i);
            }
        }
        Map<String, int[]> out = new HashMap<>();
        sets.forEach((k, v) -> out.put(k, v.stream().toArray()));
        return out;
    }

    /** A trigger found in a sentence: UTF-16 range {@code [start, end)} of the sentence text. */
    public record Hit(Trigger trigger, int start, int end) {}

    /**
     * Every trigger hit in {@code sentence}, left to right. One pass over the sentence's words finds the triggers that
     * have a word for each part of their phrase; only their patterns run, each from the first word that can begin it (a
     * sentence of news wakes a handful of the triggers).
     */
    public List<Hit> find(String sentence) {
        return find(sentence, words(sentence));
    }

    /** The words the lexicon looks a sentence's words up by: every word that can stand in a part of a phrase. */
    private static final Set<String> KEYS = allKeys();

    private static final WordTable LEXICON_WORDS = WordTable.of(KEYS);

    private static Set<String> allKeys() {
        Set<String> keys = new HashSet<>();
        PARTS.forEach(parts -> parts.forEach(keys::addAll));
        return Set.copyOf(keys);
    }

    /** Every word a trigger's phrase can hold, in ASCII lower case ({@link #words(String, WordTable)} needs these). */
    static Set<String> keys() {
        return KEYS;
    }

    /**
     * The sentence's words that the lexicon looks up, split where the patterns' {@code \\b} splits ASCII text, in
     * ASCII lower case, each mapped to the char index where it first occurs: what {@link #find(String, Map)} looks
     * triggers up by.
     */
    public static Map<String, Integer> words(String sentence) {
        return words(sentence, LEXICON_WORDS);
    }

    /**
     * As {@link #words(String)}, for the words of {@code table} (which must hold the lexicon's {@link #keys()} when the
     * map goes to {@link #find(String, Map)}): other word tests of the same sentence can share it ({@link
     * TriggerSelection#isSports}). Each word of the sentence is looked up without being copied.
     */
    static Map<String, Integer> words(String sentence, WordTable table) {
        Map<String, Integer> words = new HashMap<>();
        int n = sentence.length();
        int i = 0;
        while (i < n) {
            while (i < n && !isWordChar(sentence.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && isWordChar(sentence.charAt(i))) {
                i++;
            }
            if (i > start) {
                String word = table.find(sentence, start, i);
                if (word != null) {
                    words.putIfAbsent(word, start);
                }
            }
        }
        return words;
    }

    /** {@code text} with A–Z in lower case and every other char as it is (same length, same indexes). */
    static String asciiLowerCase(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            if (chars[i] >= 'A' && chars[i] <= 'Z') {
                chars[i] += 'a' - 'A';
            }
        }
        return new String(chars);
    }

    /** As {@link #find(String)}, with the sentence's {@link #words} already split. */
    public List<Hit> find(String sentence, Map<String, Integer> words) {
        BitSet candidates = new BitSet(TRIGGERS.size());
        for (String word : words.keySet()) {
            int[] hit = BY_FIRST_WORD.get(word);
            if (hit != null) {
                for (int t : hit) {
                    candidates.set(t);
                }
            }
        }
        int n = sentence.length();
        List<Hit> hits = new ArrayList<>();
        for (int t = candidates.nextSetBit(0); t >= 0; t = candidates.nextSetBit(t + 1)) {
            List<Set<String>> parts = PARTS.get(t);
            if (!everyPartPresent(parts, words)) {
                continue;
            }
            int from = n;
            if (words.size() < parts.get(0).size()) { // the same minimum, from the smaller side
                for (Map.Entry<String, Integer> w : words.entrySet()) {
                    if (w.getValue() < from && parts.get(0).contains(w.getKey())) {
                        from = w.getValue();
                    }
                }
            } else {
                for (String key : parts.get(0)) {
                    Integer at = words.get(key);
                    if (at != null && at < from) {
                        from = at;
                    }
                }
            }
            Trigger trigger = TRIGGERS.get(t);
            WordStartSearch.Matches m = SEARCHES.get(t).matches(sentence, from);
            while (m.find()) {
                hits.add(new Hit(trigger, m.start(), m.end()));
            }
        }
        hits.sort(Comparator.comparingInt(Hit::start));
        return hits;
    }

    private static boolean everyPartPresent(List<Set<String>> parts, Map<String, Integer> words) {
        for (int p = 1; p < parts.size(); p++) {
            if (!anyPresent(parts.get(p), words)) {
                return false;
            }
        }
        return true;
    }

    /** True when a word of {@code part} is among {@code words}; looked up from the smaller of the two. */
    private static boolean anyPresent(Set<String> part, Map<String, Integer> words) {
        if (words.size() < part.size()) {
            for (String word : words.keySet()) {
                if (part.contains(word)) {
                    return true;
                }
            }
            return false;
        }
        for (String key : part) {
            if (words.containsKey(key)) {
                return true;
            }
        }
        return false;
    }

    /** A word character as the patterns' {@code \\b} sees it (ASCII letters, digits and underscore). */
    private static boolean isWordChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
    }
}
