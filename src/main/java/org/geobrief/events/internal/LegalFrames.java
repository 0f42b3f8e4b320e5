package org.geobrief.events.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Court and charge reporting. A trigger inside a legal-process frame ("charged with murder", "on trial for fraud",
 * "pleaded guilty to theft", "investigating allegations of embezzlement"; an arrest "on suspicion of theft" is not one: the arrest dates the crime) names a crime that happened at some earlier time, not on the day of the report: the
 * frame's own time (the hearing, the charge) is not the crime's. Such a trigger is an event only when the sentence
 * dates the crime itself ("charged with murder in a stabbing last month"); an undated one is background. And a
 * sentence about a hearing, a verdict or a filing reports no other kind of event: "an order filed last month in
 * federal court" is no agreement. A frame ends at a subordinating conjunction: in "charged with arson after fires
 * burned 260 acres" the fires are told, not charged.
 */
public final class LegalFrames {

    /** A legal-process frame ending just before a trigger (at most a few words between). */
    private static final Pattern FRAME_BEFORE = Pattern.compile(
            "\\b(?:charged\\s+(?:(?!(?:after|when|because|while|before|since|as|and)\\b)[\\w'’.,-]+\\s+){0,4}?with"
                    + "|charged\\s+in|charges?\\s+of|accused\\s+of|on\\s+trial\\s+(?:for|over)"
                    + "|trial\\s+(?:for|over|of)|pleaded\\s+(?:not\\s+)?guilty\\s+to|pleads?\\s+(?:not\\s+)?guilty\\s+to"
                    + "|convicted\\s+(?:of|for)|found\\s+guilty\\s+of|acquitted\\s+of|sentenced\\s+(?:\\w+\\s+){0,6}?for"
                    + "|indicted\\s+(?:on|for)|counts?\\s+of|denies|denied|admitted|admits|jailed\\s+for"
                    + "|allegations?\\s+(?:of|that)|investigat\\w+|probe\\s+into|inquiry\\s+into)"
                    + "\\s+(?:(?!(?:after|when|because|while|before|since|as)\\b)[\\w'’-]+,?\\s+){0,6}$",
            Pattern.CASE_INSENSITIVE);

    /** A sentence that reports a court hearing, a verdict or a filing. */
    private static final Pattern COURT_REPORT = Pattern.compile(
            "\\b(?:court\\s+(?:heard|was\\s+told)|(?:jury|jurors)\\s+(?:was\\s+|were\\s+)?told|told\\s+(?:the\\s+)?(?:jury"
                    + "|jurors|the\\s+court)|in\\s+(?:\\w+\\s+){0,2}court|court\\s+(?:filing|order|documents?|papers)"
                    + "|(?:filed|lawsuit|verdict|sentencing|testified|prosecutors?\\s+(?:said|told)))\\b",
            Pattern.CASE_INSENSITIVE);

    private LegalFrames() {}

    /** True when a legal-process frame introduces the trigger starting at char {@code at} of {@code sentence}. */
    public static boolean framed(String sentence, int at) {
        return FRAME_BEFORE
                .matcher(sentence.substring(Math.max(0, at - 80), at))
                .find();
    }

    /**
     * True when a legal-process frame introduces the trigger at char {@code at} and the date beginning at char {@code
     * dateAt} stands before the frame: it dates the proceeding, not the crime ("On Monday, about three months later, a
     * grand jury indicted Smith on charges of murder").
     */
    public static boolean datesTheProceeding(String sentence, int at, int dateAt) {
        int from = Math.max(0, at - 80);
        Matcher m = FRAME_BEFORE.matcher(sentence.substring(from, at));
        return m.find() && dateAt < from + m.start();
    }

    /** True when {@code sentence} reports a hearing, a verdict or a filing. */
    public static boolean courtReport(String sentence) {
        return COURT_REPORT.matcher(sentence).find();
    }
}
