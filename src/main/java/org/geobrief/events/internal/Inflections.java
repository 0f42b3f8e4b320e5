package org.geobrief.events.internal;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/** The inflected forms of an English lemma, generously: over-generation costs nothing when matching real text. */
final class Inflections {

    private static final Map<String, String> IRREGULAR = Map.ofEntries(
            Map.entry("send", "sent"),
            Map.entry("take", "took|taken"),
            Map.entry("shoot", "shot"),
            Map.entry("strike", "struck|stricken"),
            Map.entry("fight", "fought"),
            Map.entry("break", "broke|broken"),
            Map.entry("begin", "began|begun"),
            Map.entry("throw", "threw|thrown"),
            Map.entry("lead", "led"),
            Map.entry("hold", "held"),
            Map.entry("beat", "beaten"),
            Map.entry("blow", "blew|blown"),
            Map.entry("go", "went|gone"),
            Map.entry("run", "ran"),
            Map.entry("withdraw", "withdrew|withdrawn"),
            Map.entry("leave", "left"),
            Map.entry("flee", "fled"),
            Map.entry("fly", "flew|flown"),
            Map.entry("catch", "caught"),
            Map.entry("bring", "brought"),
            Map.entry("set", "set"),
            Map.entry("hit", "hit"),
            Map.entry("spread", "spread"),
            Map.entry("seize", "seized"),
            Map.entry("die", "died|dying|dies"),
            Map.entry("burn", "burnt"),
            Map.entry("rise", "rose|risen"),
            Map.entry("arise", "arose|arisen"),
            Map.entry("come", "came"),
            Map.entry("mob", "mobs|mobbed"),
            Map.entry("sweep", "swept"));

    private Inflections() {}

    /** Regex alternation of the forms of {@code lemma} (lower case); a leading {@code =} means the word as is. */
    static String of(String lemma) {
        if (lemma.startsWith("=")) {
            return lemma.substring(1);
        }
        Set<String> forms = new LinkedHashSet<>();
        forms.add(lemma);
        String stem = lemma.endsWith("e") ? lemma.substring(0, lemma.length() - 1) : lemma;
        if (lemma.endsWith("y") && lemma.length() > 2 && "aeiou".indexOf(lemma.charAt(lemma.length() - 2)) < 0) {
            String base = lemma.substring(0, lemma.length() - 1);
            forms.add(base + "ies");
            forms.add(base + "ied");
            forms.add(lemma + "ing");
        } else {
            forms.add(lemma + (lemma.matches(".*(?:s|x|z|ch|sh)") ? "es" : "s"));
            forms.add(stem + "ed");
            forms.add(stem + "ing");
            char last = lemma.charAt(lemma.length() - 1);
            if (lemma.matches(".*[^aeiou][aeiou][bdgmnprt]")) { // "kidnapped" as well as "stabbed"
                forms.add(lemma + last + "ed");
                forms.add(lemma + last + "ing");
            }
        }
        String irregular = IRREGULAR.get(lemma);
        if (irregular != null) {
            forms.addAll(Set.of(irregular.split("\\|")));
        }
        return String.join("|", forms);
    }
}
