package org.geobrief.events.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.geobrief.events.EventType;
import org.geobrief.events.internal.SubtypeRules.Kind;
import org.geobrief.events.internal.TriggerLexicon.Hit;

/**
 * The events a sentence reports: one per kind, from the first trigger of that kind that the sentence asserts. A
 * riot in the sentence absorbs a plain protest (the same crowd); an explosion absorbs a generic "attack". Sports
 * reports (two or more sports words) have no events.
 */
public final class TriggerSelection {

    private final TriggerLexicon lexicon;
    private final SubtypeRules rules;

    public TriggerSelection(TriggerLexicon lexicon, SubtypeRules rules) {
        this.lexicon = lexicon;
        this.rules = rules;
    }

    /** The kinds {@code sentence} reports; {@code context} is it with the sentence before it in its paragraph. */
    public Map<Kind, Hit> select(String sentence, String context) {
        Map<Kind, Hit> kinds = new LinkedHashMap<>();
        if (isSports(sentence)) {
            return kinds; // "stormed back", "rallied from a deficit", "hard-fought battle"
        }
        for (Hit hit : lexicon.find(sentence)) {
            if (strength(sentence, hit) <= 0) {
                continue;
            }
            rules.refine(hit, sentence, context).ifPresent(k -> kinds.putIfAbsent(k, hit));
        }
        boolean riot = kinds.keySet().stream().anyMatch(k -> k.type() == EventType.RIOTS);
        boolean explosion = kinds.keySet().stream().anyMatch(k -> k.type() == EventType.EXPLOSIONS_REMOTE_VIOLENCE);
        kinds.keySet()
                .removeIf(k ->
                        (riot && k.type() == EventType.PROTESTS && !k.subtype().equals(TriggerLexicon.EXCESSIVE_FORCE))
                                || (explosion && k.type() == EventType.VIOLENCE_AGAINST_CIVILIANS));
        return kinds;
    }

    private static final Pattern SPORTS = Pattern.compile(
            "\\b(?:team|teams|game|games|season|quarter|score[ds]?|points?|deficit|championships?|league|tournament|coach"
                    + "|playoffs?|innings|goals?|seniors|halftime|touchdowns?|wickets?|medal|semifinals?|finals?|stadium)\\b",
            Pattern.CASE_INSENSITIVE);

    /** True when at least two sports words make trigger words metaphors. */
    static boolean isSports(String sentence) {
        Matcher m = SPORTS.matcher(sentence);
        java.util.Set<String> seen = new java.util.HashSet<>();
        while (m.find()) {
            seen.add(m.group().toLowerCase(java.util.Locale.ROOT));
        }
        return seen.size() >= 2;
    }

    /** How strongly the sentence asserts the hit: 0 when it does not (negated, intended, unsupported weak noun). */
    public double strength(String sentence, Hit hit) {
        if (hit.trigger().weak() && !Support.happened(sentence, hit)) {
            return 0;
        }
        return (hit.trigger().weak() ? 0.65 : 0.85) * Hedges.factor(sentence, hit);
    }
}
