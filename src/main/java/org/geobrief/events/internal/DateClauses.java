package org.geobrief.events.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a date in a sentence belongs to the trigger's clause. "Oklahoma lawmakers will convene rare Friday sessions
 * as protesting school teachers continue to fill the state Capitol": Friday dates the sessions, not the protest,
 * because a subordinating conjunction ("as", "while", "because", ...) or a semicolon stands between them; "as" in "as a
 * result of", "as part of", "such as" opens no clause. A date that
 * opens the sentence ("On Friday, as crowds gathered, ...") frames every clause and always counts.
 */
public final class DateClauses {

    /** "as" in a prepositional phrase, not opening a clause: "killed last week as a result of shelling". */
    private static final String NOT_A_CONJUNCTION =
            "(?!\\s+(?:a\\s+result|a\\s+consequence|part\\s+of|well\\s+as|many\\s+as|much\\s+as|of)\\b)";

    private static final Pattern BOUNDARY = Pattern.compile(
            ";|(?<!\\bsuch|\\bknown|\\bwell|\\bmany|\\bmuch)\\s(?:as" + NOT_A_CONJUNCTION
                    + "|while|whereas|because|although|though|whilst)\\s",
            Pattern.CASE_INSENSITIVE);

    /** How far into the sentence (chars) a date still opens it: "On Friday,", "Late on Tuesday,". */
    private static final int OPENING = 16;

    /**
     * What opens a subordinate clause that a date in it then anchors: a relative pronoun ("a case that removed her from
     * office last year"), "that" after a noun (not after a verb of saying: "said that ... on Tuesday" reports the
     * narrative itself), or a trailing temporal conjunction ("refused ... after a law was passed last year").
     */
    private static final Pattern SUBORDINATOR = Pattern.compile(
            "\\b(?:which|who|whom|whose|(?<!\\b(?:said|says|say|told|added|announced|stated|reported|claimed|believes?"
                    + "|believed|thinks?|thought|knows?|knew|warned|insisted|argued|confirmed|noted|so|now|such)\\s)that"
                    + "|after|since|before|until|till|when|once)\\b",
            Pattern.CASE_INSENSITIVE);
    /** What closes a subordinate clause before the date: a comma, a dash, a semicolon or a parenthesis. */
    private static final Pattern CLAUSE_END = Pattern.compile("[,;:()\u2013\u2014]|\\s-\\s");

    private DateClauses() {}

    /**
     * True when the date at chars {@code [dateStart, dateEnd)} sits in a subordinate clause that follows the main
     * one ("Park was found guilty of charges related to a case that removed her from office last year"; "refused to
     * attend after a law was passed last year"): the date anchors that clause's event, not the account the paragraph
     * goes on with, so it does not date the paragraph's later sentences. A clause fronted before the main one ("When
     * Trump visited Riyadh last year he boasted ...") frames the whole sentence and is not subordinate here.
     */
    public static boolean subordinate(String sentence, int dateStart, int dateEnd) {
        String before = sentence.substring(0, dateStart);
        Matcher m = SUBORDINATOR.matcher(before);
        int last = -1;
        while (m.find()) {
            last = m.start();
        }
        if (last <= OPENING) {
            return false;
        }
        return !CLAUSE_END.matcher(before.substring(last)).find();
    }

    /**
     * True when the date at chars {@code [dateStart, dateEnd)} of {@code sentence} is in another clause than the
     * trigger starting at char {@code triggerAt}.
     */
    public static boolean otherClause(String sentence, int dateStart, int dateEnd, int triggerAt) {
        if (dateStart <= OPENING && dateEnd <= triggerAt) {
            return false;
        }
        int lo = Math.min(dateEnd, triggerAt);
        int hi = Math.max(dateStart, triggerAt);
        return lo < hi && BOUNDARY.matcher(sentence.substring(lo, hi)).find();
    }
}
