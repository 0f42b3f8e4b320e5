package org.geobrief.events.internal;

import java.util.regex.Pattern;
import org.geobrief.events.EventType;

/**
 * Weapons as goods: "signed off on selling more than $1.3 billion in artillery to Saudi Arabia", "a $2 billion
 * missile deal". A weapon noun (artillery, missiles, rockets, mortars, drones) names an attack only when something is
 * fired; beside words of trade or procurement, and with no verb of firing or hitting in the sentence, it names
 * merchandise.
 */
final class ArmsTrade {

    private static final Pattern TRADE = Pattern.compile(
            "\\b(?:sell\\w*|sold|sales?|buy\\w*|bought|purchas\\w+|procur\\w+|contracts?|deals?|arms|export\\w*|import\\w*"
                    + "|suppl(?:y|ied|ies|ying)|deliver\\w*|order\\w*|acqui\\w+|modernizes?|modernises?|upgrade\\w*"
                    + "|systems|package|billion|million|\\$)\\b|\\$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern FIRING = Pattern.compile(
            "(?<!-)\\b(?:fired|firing|fire|launched|launching|hit|hits|struck|strikes?|landed|killed|killing|wounded|injured"
                    + "|shelled|shelling|pounded|attack\\w*|intercepted|exploded|destroyed|damaged|targeted)\\b",
            Pattern.CASE_INSENSITIVE);
    /** How far (chars) from the weapon a word of trade may be. */
    private static final int WINDOW = 80;

    private ArmsTrade() {}

    /** True when {@code hit}, a weapon noun of remote violence, is merchandise in {@code sentence}. */
    static boolean merchandise(String sentence, TriggerLexicon.Hit hit) {
        if (hit.trigger().type() != EventType.EXPLOSIONS_REMOTE_VIOLENCE) {
            return false;
        }
        String near =
                sentence.substring(Math.max(0, hit.start() - WINDOW), Math.min(sentence.length(), hit.end() + WINDOW));
        return TRADE.matcher(near).find() && !FIRING.matcher(sentence).find();
    }
}
