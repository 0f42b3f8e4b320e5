package org.geobrief.events.internal;

import static org.geobrief.events.internal.TriggerLexicon.*;

import java.util.Optional;
import java.util.regex.Pattern;
import org.geobrief.events.EventType;

/**
 * Refines a trigger's first-guess type and sub-type from who else the sentence names: clashes involving protesters
 * are riots, among armed groups battles; property destruction by a crowd is a violent demonstration; a protest met
 * with tear gas or arrests is a protest with intervention; an attack on soldiers is a battle; arrests for theft,
 * fraud or drugs are ordinary crime, not an event.
 */
public final class SubtypeRules {

    /** A refined classification. */
    public record Kind(EventType type, String subtype) {}

    static final Pattern PROTEST_CONTEXT = Pattern.compile(
            "\\b(?:protest\\w*|demonstrat(?:ors?|ions?)|rioters?|crowds?|rall(?:y|ies)|marchers|mobs?)\\b",
            Pattern.CASE_INSENSITIVE);
    static final Pattern ARMED = Pattern.compile(
            "\\b(?:troops|soldiers?|military|army|militants?|rebels?|insurgents?|gunmen|fighters|separatists?"
                    + "|paratroopers|militias?|jihadists?|armed\\s+\\w+|forces)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ATTACKERS = Pattern.compile(
            "\\b(?:gunmen|militants?|attackers|assailants|insurgents?|jihadists?)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern ARMED_TARGET = Pattern.compile(
            "^\\s*(?:\\S+\\s+){0,4}?(?:troops|soldiers?|army|military|police|checkpoints?|base|posts?|convoy|barracks|positions|patrol)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern INTERVENTION_CUE = Pattern.compile(
            "\\b(?:tear\\s*gas|stun\\s+grenades?|rubber\\s+bullets|water\\s+cannons?|dispers\\w+|batons?|detain\\w*|arrest\\w*"
                    + "|crack\\w*\\s+down|beat(?:en)?)\\b",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern ORDINARY_CRIME = Pattern.compile(
            "\\b(?:theft|thie(?:f|ves)|stole|stolen|robbery|burglar\\w*|fraud\\w*|drugs?|narcotics?|smuggl\\w+|traffick\\w+"
                    + "|shoplift\\w*|embezzl\\w+|brib\\w+|drunk\\w*|suspicion\\s+of\\s+(?:theft|murder|fraud|robbery))\\b",
            Pattern.CASE_INSENSITIVE);

    /**
     * The kind for {@code hit} in {@code sentence}; empty when the hit names no event here. {@code context} is the
     * sentence with the one before it in its paragraph, so "eight officers died in the clashes" after a sentence
     * about protesters is a riot.
     */
    public Optional<Kind> refine(TriggerLexicon.Hit hit, String sentence, String context) {
        Trigger t = hit.trigger();
        boolean protestContext = PROTEST_CONTEXT.matcher(context).find();
        boolean armed = ARMED.matcher(sentence).find();
        String after = sentence.substring(hit.end());
        String subtype = t.subtype();
        EventType type = t.type();
        if (subtype.equals(ARMED_CLASH)
                && t.phrase().contains("clash")
                && !t.phrase().startsWith("armed")) {
            if (protestContext || (!armed && sentence.matches("(?is).*\\bpolice\\b.*"))) {
                return kind(EventType.RIOTS, VIOLENT_DEMONSTRATION);
            }
            return kind(type, subtype);
        }
        if (subtype.equals(ATTACK) && t.phrase().equals("attack")) {
            return ARMED_TARGET.matcher(after).find() ? kind(EventType.BATTLES, ARMED_CLASH) : kind(type, subtype);
        }
        if (subtype.equals(LOOTING) && protestContext) {
            return kind(EventType.RIOTS, VIOLENT_DEMONSTRATION);
        }
        if (type == EventType.RIOTS && subtype.equals(VIOLENT_DEMONSTRATION) && !protestContext) {
            if (ATTACKERS.matcher(sentence).find()) {
                return kind(EventType.VIOLENCE_AGAINST_CIVILIANS, ATTACK);
            }
            if (armed && t.phrase().startsWith("=stormed")) {
                return kind(EventType.BATTLES, ARMED_CLASH);
            }
            if (t.phrase().startsWith("set")) {
                return kind(EventType.STRATEGIC_DEVELOPMENTS, LOOTING);
            }
        }
        if (subtype.equals(ARRESTS) && ORDINARY_CRIME.matcher(sentence).find()) {
            return Optional.empty(); // police blotter, not political violence or its management
        }
        if (subtype.equals(PEACEFUL) && INTERVENTION_CUE.matcher(sentence).find()) {
            return kind(type, INTERVENTION);
        }
        return kind(type, subtype);
    }

    private static Optional<Kind> kind(EventType type, String subtype) {
        return Optional.of(new Kind(type, subtype));
    }
}
