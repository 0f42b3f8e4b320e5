package org.geobrief.events.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a sentence where a second state acts in a coordinated clause: "the U.S. on Tuesday said it would impose 25
 * percent duties on $50 billion of imports from China, and China quickly retaliated by listing $50 billion of products
 * ..." reports two acts of two states, one of each kind per clause. The split is made only where ", and" (or ";") is
 * followed by a country or a national capital as the subject of a verb ({@link CapitalAsActor}), so that the second
 * clause's events are placed and counted on their own.
 */
public final class StateClauses {

    /** The coordination before the clause's subject: ", and", ", but", ";", with an optional "the". */
    private static final Pattern COORDINATION =
            Pattern.compile("(?:,\\s+(?:and|but|while)|;)\\s+(?:the\\s+)?\\z", Pattern.CASE_INSENSITIVE);

    private StateClauses() {}

    /**
     * {@code sentence} cut before each coordinated clause whose subject is a state; {@code mentions} are the article's
     * mentions sorted by start (article char offsets).
     */
    public static List<Sentence> split(String article, Sentence sentence, List<MentionAt> mentions) {
        List<Sentence> out = new ArrayList<>();
        int from = sentence.start();
        for (MentionAt m : mentions) {
            if (m.start() <= from || m.end() >= sentence.end()) {
                continue;
            }
            var place = m.mention().place();
            String before = article.substring(Math.max(from, m.start() - 20), m.start());
            Matcher c = COORDINATION.matcher(before);
            String after = article.substring(m.end(), Math.min(sentence.end(), m.end() + 60));
            if (c.find() && (CapitalAsActor.subject(place, after) || CapitalAsActor.countrySubject(place, after))) {
                int cut = m.start() - before.length() + c.start() + 1; // after the comma or semicolon
                out.add(new Sentence(from, cut, sentence.paragraph(), sentence.headline()));
                from = cut;
            }
        }
        out.add(new Sentence(from, sentence.end(), sentence.paragraph(), sentence.headline()));
        return out;
    }
}
