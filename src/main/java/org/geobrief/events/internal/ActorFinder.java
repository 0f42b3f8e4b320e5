package org.geobrief.events.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The actors a sentence names: a head noun for a group that acts in ACLED events (protesters, police, troops,
 * militants, civilians, ...) with up to two modifiers ("Russian paratroopers", "CSTO troops", "anti-government
 * protesters", "Almaty police"). A capitalised word opening the sentence counts as a modifier only when it looks like
 * an acronym or a nationality ("Kazakh police", not "Angry demonstrators").
 */
public final class ActorFinder {

    private static final String LOWER_MODIFIERS =
            "anti-government|pro-government|armed|airborne|riot|security|government"
                    + "|local|federal|military|opposition|unidentified|unknown|foreign|state|special|interior|border";
    private static final Pattern ACTOR =
            Pattern.compile("(?<mods>(?:(?:\\p{Lu}[\\p{L}.-]*|" + LOWER_MODIFIERS + ")\\s+){0,2})"
                    + "(?<head>(?i:protesters|protestors|demonstrators|rioters|policemen|police\\s+officers|police|security\\s+forces"
                    + "|troops|soldiers|paratroopers|peacekeepers|army|militants|rebels|insurgents|gunmen|civilians"
                    + "|crowds?|law\\s+enforcement\\s+(?:officers|officials)|security\\s+personnel|border\\s+guards|militias?"
                    + "|separatists|students|workers|miners|opposition\\s+supporters|mobs?|bandits))\\b");
    private static final Pattern NATIONALITY = Pattern.compile("\\p{Lu}\\p{L}+(?:an|ian|ese|ish|i|ic|h|k|z)");
    private static final List<String> STOP_MODIFIERS = List.of(
            "The",
            "A",
            "An",
            "Some",
            "Many",
            "Several",
            "Thousands",
            "Hundreds",
            "Dozens",
            "Angry",
            "Renewed",
            "Local",
            "Armed",
            "Unarmed",
            "Other",
            "Both",
            "Most",
            "All",
            "These");

    /** A word of each of ACTOR's heads: a sentence without any has no actor (and ACTOR is not searched). */
    private static final String[] HEAD_WORDS = {
        "protest",
        "demonstrators",
        "rioters",
        "police",
        "security",
        "troops",
        "soldiers",
        "paratroopers",
        "peacekeepers",
        "army",
        "militants",
        "rebels",
        "insurgents",
        "gunmen",
        "civilians",
        "crowd",
        "law",
        "border",
        "militia",
        "separatists",
        "students",
        "workers",
        "miners",
        "opposition",
        "mob",
        "bandits"
    };

    public List<String> find(String sentence) {
        List<String> out = new ArrayList<>();
        if (!AsciiText.containsAny(sentence, HEAD_WORDS)) {
            return out;
        }
        Matcher m = ACTOR.matcher(sentence);
        while (m.find()) {
            List<String> mods = new ArrayList<>();
            int pos = m.start("mods");
            for (String mod : m.group("mods").trim().split("\\s+")) {
                if (mod.isEmpty()) {
                    continue;
                }
                boolean capital = Character.isUpperCase(mod.charAt(0));
                boolean opening = sentence.substring(0, pos).isBlank();
                boolean keep = !capital
                        || (!STOP_MODIFIERS.contains(mod)
                                && (!opening
                                        || mod.equals(mod.toUpperCase(Locale.ROOT))
                                        || NATIONALITY.matcher(mod).matches()));
                if (keep) {
                    mods.add(capital ? mod : mod.toLowerCase(Locale.ROOT));
                } else {
                    mods.clear();
                }
                pos = sentence.indexOf(mod, pos) + mod.length();
            }
            String head = m.group("head").replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
            if (head.equals("crowds")) {
                head = "crowd";
            }
            String actor = (String.join(" ", mods) + " " + head).trim();
            if (out.stream().noneMatch(a -> a.equalsIgnoreCase(actor))) {
                out.add(actor);
            }
        }
        return out.size() > 5 ? out.subList(0, 5) : out;
    }
}
