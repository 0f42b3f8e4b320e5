package org.geobrief.events.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.geobrief.timeline.DateResolver;
import org.geobrief.timeline.ResolvedDate;
import org.geobrief.timeline.TimePrecision;

/**
 * A crime that comes to light only through its arrest is dated at the arrest (CODING.md, "Crime"): "A town couple ...
 * was charged with multiple counts of selling narcotics, police said. ... In a police raid at their home Thursday,
 * the Plancons were arrested on warrants charging each with four counts of selling narcotics." The lead reports the
 * charge without a day; a later sentence tells the arrest, raid or search and its day. Only for a crime whose own
 * sentence is a charge or arrest report and that neither it nor the paragraph before dates, and only a day within
 * {@value #RECENT_DAYS} days before publication: an arrest told as news is recent, an old one is background.
 */
public final class ArrestDates {

    /** How far before publication the arrest's day may lie. */
    static final int RECENT_DAYS = 14;

    /** A crime sentence that reports its charge or arrest: "was charged with", "were arrested", "faces counts of". */
    private static final Pattern KNOWN_BY_ARREST = Pattern.compile(
            "\\b(?:charged|arrested|indicted|booked|faces?|facing|apprehended|taken\\s+into\\s+custody|busted)\\b",
            Pattern.CASE_INSENSITIVE);

    /**
     * A sentence that narrates the arrest itself: "were arrested", "a police raid", "executed a search warrant",
     * "took him into custody".
     */
    private static final Pattern ARREST = Pattern.compile(
            "\\b(?:arrested|apprehended|raid(?:ed)?|search\\s+warrant|searched|taken\\s+into\\s+custody|took\\s+\\w+"
                    + "\\s+into\\s+custody|busted|turned\\s+(?:himself|herself|themselves)\\s+in)\\b",
            Pattern.CASE_INSENSITIVE);

    /** A verb or noun of the criminal act itself: when the article dates one, the crime is not known only by its arrest. */
    private static final Pattern ACT = Pattern.compile(
            "\\b(?:robb(?:ed|ing|ery|eries)|stole|stolen|steal\\w*|theft|burglar\\w*|broke\\s+into|killed|murdered"
                    + "|shot|stabbed|beaten|defrauded|embezzl\\w+|kidnapped|abducted)\\b",
            Pattern.CASE_INSENSITIVE);

    private ArrestDates() {}

    /** True when {@code sentence} reports a crime through its charge or arrest ("was charged with selling narcotics"). */
    public static boolean knownByArrest(String sentence) {
        return KNOWN_BY_ARREST.matcher(sentence).find();
    }

    /**
     * The day of the arrest told in the sentence of {@code sentences} nearest {@code self} (not itself) that narrates
     * an arrest, a raid or a search and states a day that is no statement's date, within {@value #RECENT_DAYS} days
     * before {@code published}; {@code dates} holds each sentence's resolved dates.
     */
    public static Optional<ResolvedDate> elsewhere(
            List<String> sentences, List<List<ResolvedDate>> dates, int self, LocalDate published) {
        if (published == null || actDated(sentences, dates, self, published)) {
            return Optional.empty();
        }
        for (int distance = 1; distance < sentences.size(); distance++) {
            for (int j : new int[] {self + distance, self - distance}) {
                if (j < 0
                        || j >= sentences.size()
                        || !ARREST.matcher(sentences.get(j)).find()) {
                    continue;
                }
                String other = sentences.get(j);
                Optional<ResolvedDate> day = dates.get(j).stream()
                        .filter(d -> d.precision() == TimePrecision.DAY)
                        .filter(d -> !DateResolver.datesAReport(other, d))
                        .filter(d ->
                                !d.date().isAfter(published) && !d.date().isBefore(published.minusDays(RECENT_DAYS)))
                        .findFirst();
                if (day.isPresent()) {
                    return day;
                }
            }
        }
        return Optional.empty();
    }

    /**
     * True when a sentence other than {@code self} narrates a criminal act and states a past date for it ("was already
     * in custody for allegedly robbing the First Bank of Princeton on March 6"): the crime has a date of its own.
     */
    static boolean actDated(List<String> sentences, List<List<ResolvedDate>> dates, int self, LocalDate published) {
        for (int j = 0; j < sentences.size(); j++) {
            String other = sentences.get(j);
            if (j != self
                    && ACT.matcher(other).find()
                    && dates.get(j).stream()
                            .anyMatch(d -> !DateResolver.datesAReport(other, d)
                                    && !d.date().isAfter(published))) {
                return true;
            }
        }
        return false;
    }
}
