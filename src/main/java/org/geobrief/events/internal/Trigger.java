package org.geobrief.events.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.geobrief.events.EventType;

/**
 * A word or phrase that signals an event of a type. Phrases are written as lemmas separated by spaces; {@code a|b}
 * is a choice, {@code =word} an exact form, {@code ~} up to four words in between, {@code ~~} up to ten.
 *
 * @param weak true for bare nouns ("protests", "clashes") that name an event only when something in the sentence
 *     says it happened (see {@link Support})
 */
public record Trigger(EventType type, String subtype, String phrase, boolean weak, Pattern pattern) {

    static Trigger strong(EventType type, String subtype, String phrase) {
        return new Trigger(type, subtype, phrase, false, compile(phrase));
    }

    static Trigger weak(EventType type, String subtype, String phrase) {
        return new Trigger(type, subtype, phrase, true, compile(phrase));
    }

    static Pattern compile(String phrase) {
        List<String> parts = new ArrayList<>();
        StringBuilder re = new StringBuilder("\\b");
        String[] tokens = phrase.trim().split("\\s+");
        for (int i = 0; i < tokens.length; i++) {
            String t = tokens[i];
            if (t.equals("~") || t.equals("~~")) {
                re.append("(?:\\S+\\s+){0,").append(t.length() == 1 ? 4 : 10).append("}");
                continue;
            }
            parts.clear();
            for (String alt : t.split("\\|")) {
                parts.add(Inflections.of(alt));
            }
            re.append("(?:").append(String.join("|", parts)).append(")\\b");
            if (i < tokens.length - 1) {
                re.append("[\\s,]+");
            }
        }
        return Pattern.compile(re.toString().replace("-", "[- ]?"), Pattern.CASE_INSENSITIVE);
    }
}
