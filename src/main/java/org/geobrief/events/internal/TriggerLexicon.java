package org.geobrief.events.internal;

import static org.geobrief.events.EventType.BATTLES;
import static org.geobrief.events.EventType.EXPLOSIONS_REMOTE_VIOLENCE;
import static org.geobrief.events.EventType.PROTESTS;
import static org.geobrief.events.EventType.RIOTS;
import static org.geobrief.events.EventType.STRATEGIC_DEVELOPMENTS;
import static org.geobrief.events.EventType.VIOLENCE_AGAINST_CIVILIANS;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;

/**
 * The trigger words and phrases, mapped to ACLED event types and sub-types (sub-type wording is ACLED's, except
 * "Deployment of troops", which ACLED files under "Other"). The sub-type here is a first guess that
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
            Trigger.strong(
                    VIOLENCE_AGAINST_CIVILIANS,
                    ATTACK,
                    "massacre|abduct|kidnap|behead|stab|summary =executions|=execution|extrajudicial =killing|=killings"),
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
                    "=ied|=ieds|improvised =explosive|landmine|land-mine|roadside-bomb|car-bomb|explosive =device|=devices"),
            Trigger.strong(EXPLOSIONS_REMOTE_VIOLENCE, REMOTE_EXPLOSIVE, "=explosion|=explosions|=blast|=blasts"),
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
            Trigger.strong(
                    STRATEGIC_DEVELOPMENTS,
                    AGREEMENT,
                    "sign|agree|reach|conclude ~ agreement|deal|accord|treaty|memorandum|ceasefire|truce"),
            Trigger.strong(STRATEGIC_DEVELOPMENTS, AGREEMENT, "=ceasefire|=truce|peace =deal|=agreement =took =effect"),
            Trigger.strong(STRATEGIC_DEVELOPMENTS, LOOTING, "loot|ransack|vandalise|vandalize|=looters"),
            Trigger.strong(STRATEGIC_DEVELOPMENTS, LOOTING, "torch|=torched"),
            Trigger.strong(STRATEGIC_DEVELOPMENTS, LOOTING, "rob ~ shop|store|bank|=businesses"),
            Trigger.strong(
                    STRATEGIC_DEVELOPMENTS,
                    LOOTING,
                    "burn|destroy|damage ~ car|vehicle|building|house|shop|office|=businesses"),
            Trigger.strong(STRATEGIC_DEVELOPMENTS, CHANGE, "sack|dismiss|oust ~ " + OFFICIALS),
            Trigger.strong(STRATEGIC_DEVELOPMENTS, CHANGE, "remove|replace|relieve ~~ =as|=from =head|=chairman|=post"),
            Trigger.strong(STRATEGIC_DEVELOPMENTS, CHANGE, OFFICIALS + " ~ resign"),
            Trigger.strong(STRATEGIC_DEVELOPMENTS, OTHER, "state =of =emergency"),
            Trigger.strong(STRATEGIC_DEVELOPMENTS, OTHER, "curfew"),
            Trigger.strong(STRATEGIC_DEVELOPMENTS, OTHER, "internet =blackout|=shutdown"),
            Trigger.strong(STRATEGIC_DEVELOPMENTS, OTHER, "cut|block|shut ~ =internet"));

    /** A trigger found in a sentence: UTF-16 range {@code [start, end)} of the sentence text. */
    public record Hit(Trigger trigger, int start, int end) {}

    /** Every trigger hit in {@code sentence}, left to right; hits of one type inside a longer hit are dropped. */
    public List<Hit> find(String sentence) {
        List<Hit> hits = new ArrayList<>();
        for (Trigger t : TRIGGERS) {
            Matcher m = t.pattern().matcher(sentence);
            while (m.find()) {
                hits.add(new Hit(t, m.start(), m.end()));
            }
        }
        hits.sort(Comparator.comparingInt(Hit::start));
        return hits;
    }
}
