package org.geobrief.geoparse.internal.recognise;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits text into words, numbers and punctuation. Hyphenated names become one token per part ("Nur", "-",
 * "Sultan") so that "Almaty-based" still yields "Almaty"; a possessive 's is its own token; initialisms keep their
 * dots ("U.S.", "D.C.") and so do known abbreviations ("St.", "Ala.", "Gov."), which then do not end a sentence.
 */
final class Tokenizer {

    private static final Pattern TOKEN = Pattern.compile(
            // possessive: nothing after a repetition can fail, and a greedy group recursed once per repeat (a
            // stack overflow on a 64 KB run of "1.1.1.")
            "\\p{Lu}\\.\\p{Lu}\\p{Ll}{1,3}\\." // W.Va.
                    + "|(?:\\p{Lu}\\.){2,}+(?:\\p{Lu}\\b)?" // U.S., D.C., U.K
                    + "|[\\p{L}\\p{M}][\\p{L}\\p{M}\\p{Nd}]*+(?:['’](?![sS]\\b)[\\p{L}\\p{M}\\p{Nd}]++)*+"
                    + "|\\p{Nd}++(?:[.,:]\\p{Nd}++)*+"
                    + "|\\S");

    /** Words that, followed by a period, are abbreviations rather than sentence ends. */
    static final Set<String> ABBREVIATIONS = Lexicon.words(
            """
            St Ste Ft Mt Mr Mrs Ms Dr Gov Sen Rep Gen Lt Col Sgt Capt Jr Sr Rev Prof Co Corp Inc Ltd Ave Rd Blvd
            Pres Adm Maj Cpl Pvt Supt Insp Det Hon Atty Ala Ariz Ark Calif Cal Colo Conn Del Fla Ga Ill Ind Kan
            Kans Ky La Md Mass Mich Minn Miss Mo Mont Neb Nebr Nev Okla Ore Oreg Pa Penn Tenn Tex Vt Va Wash Wis
            Wisc Wyo No vs Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec
            """);

    private Tokenizer() {}

    static List<Token> tokenize(String text) {
        List<Token> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        boolean nextStartsSentence = true;
        int prevEnd = 0;
        int nextNewline = -1;
        while (m.find()) {
            int s = m.start(), e = m.end();
            String t = m.group();
            if (e < text.length() && text.charAt(e) == '.' && ABBREVIATIONS.contains(t)) {
                e++;
                t = t + ".";
            }
            if (nextNewline < prevEnd) {
                nextNewline = text.indexOf('\n', prevEnd);
                if (nextNewline < 0) {
                    nextNewline = Integer.MAX_VALUE;
                }
            }
            boolean newline = nextNewline < s;
            boolean sentenceStart = nextStartsSentence || newline;
            Token tok = new Token(t, s, e, sentenceStart && Character.isLetter(t.codePointAt(0)), newline);
            out.add(tok);
            if (tok.isWord() || Character.isDigit(t.charAt(0))) {
                nextStartsSentence = false;
            } else if (t.equals(".") || t.equals("!") || t.equals("?") || t.equals(":") || t.equals("…")) {
                nextStartsSentence = true;
            } else if (newline) {
                // an opening quote or bullet at the start of a line: the next word still starts the sentence
                nextStartsSentence = true;
            }
            prevEnd = e;
            if (e != m.end()) {
                m.region(e, text.length());
            }
        }
        return out;
    }
}
