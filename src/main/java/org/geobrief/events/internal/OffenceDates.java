package org.geobrief.events.internal;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.geobrief.timeline.DateResolver;
import org.geobrief.timeline.ResolvedDate;
import org.geobrief.timeline.TimePrecision;

/**
 * A crime is dated where the article narrates the act, not where it reports the aftermath. "Coincheck, which was hit
 * by the largest-ever digital currency theft, has agreed to be acquired ..." names the theft undated; "It was in late
 * January that Coincheck was hacked" dates it. "Brooks was charged ... and was arrested Saturday" dates the arrest;
 * "Timothy Brooks, who died in a fetid pool at his home on March 5" dates the death. When a crime's own sentence has no
 * date of the act, the date comes from the nearest sentence of the article that narrates an act of crime (a verb of
 * the act: hacked, stole, robbed, shot, died …), names someone or something the crime's sentence names, and states a
 * past date (not a date of a statement or of an arrest) within {@code maxAgeDays} before publication.
 */
public final class OffenceDates {

    /** Verbs and nouns that narrate the criminal act itself (not its arrest, charge or trial). */
    private static final Pattern ACT = Pattern.compile(
            "\\b(?:hacked|hacking|hack|stole|stolen|steal\\w*|theft|robbed|robbery|burgl\\w+|broke\\s+into|looted"
                    + "|defrauded|embezzl\\w+|swindl\\w+|killed|murdered|shot|stabbed|strangled|beaten\\s+to\\s+death"
                    + "|died|drowned|death|bod(?:y|ies)\\s+of|kidnapped|abducted|snatched|smuggled|trafficked)\\b",
            Pattern.CASE_INSENSITIVE);
    /** A date right after a verb of arrest or charge: it dates the proceedings ("was arrested Saturday"). */
    private static final Pattern PROCEEDING_BEFORE = Pattern.compile(
            "\\b(?:arrested|detained|charged|held|booked|indicted|sentenced|convicted|apprehended|caught|in\\s+custody)"
                    + "\\s+(?:\\w+\\s+){0,2}(?:on\\s+)?$",
            Pattern.CASE_INSENSITIVE);
    /** A capitalised word not opening the sentence. */
    private static final Pattern NAME = Pattern.compile("(?<=[\\s(\"“‘'])([A-Z][\\p{L}’'-]{2,})");
    /** The sentence's opening capitalised word. */
    private static final Pattern OPENING = Pattern.compile("^\\W*([A-Z][\\p{L}’'-]{2,})");
    /** Capitalised words that name no one: articles, pronouns, calendar words, titles. */
    private static final Pattern NOT_NAME =
            Pattern.compile("The|This|That|These|Those|His|Her|Their|Its|It|But|And|Police|Picture|Photo|Mrs?|Ms|Dr"
                    + "|January|February|March|April|May|June|July|August|September|October|November|December"
                    + "|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day");

    /** A lag after the act, told with the proceeding: "On Monday, about three months later, a grand jury indicted". */
    private static final Pattern LATER = Pattern.compile(
            "\\b(?:(\\d+)|(a|an|one)|(two|three|four|five|six|seven|eight|nine|ten|several))\\s+"
                    + "(days?|weeks?|months?|years?)\\s+(?:later|after)\\b",
            Pattern.CASE_INSENSITIVE);

    private static final List<String> SMALL_NUMBERS =
            List.of("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "several");

    private OffenceDates() {}

    /**
     * Days between the act and a proceeding that {@code sentence} says came "N days/weeks/months/years later" (at
     * least; "several" counts as three); empty when it says no such lag.
     */
    public static Optional<Integer> lagDays(String sentence) {
        Matcher m = LATER.matcher(sentence);
        if (!m.find()) {
            return Optional.empty();
        }
        int n = m.group(1) != null
                ? Integer.parseInt(m.group(1))
                : m.group(2) != null ? 1 : SMALL_NUMBERS.indexOf(m.group(3).toLowerCase(java.util.Locale.ROOT)) + 2;
        String unit = m.group(4).toLowerCase(java.util.Locale.ROOT);
        int per = unit.startsWith("day") ? 1 : unit.startsWith("week") ? 7 : unit.startsWith("month") ? 30 : 365;
        return Optional.of(Math.min(n, 1000) * per);
    }

    /** True when {@code date}, found in {@code sentence}, dates an arrest or a charge rather than the act. */
    public static boolean datesProceedings(String sentence, ResolvedDate date) {
        int start = sentence.offsetByCodePoints(0, date.span().start());
        return PROCEEDING_BEFORE
                .matcher(sentence.substring(Math.max(0, start - 40), start))
                .find();
    }

    /** The last day {@code d} may stand for: a month's last day ("in late January"), else its day. */
    public static LocalDate lastDay(ResolvedDate d) {
        return d.precision() == TimePrecision.MONTH
                ? d.date().withDayOfMonth(d.date().lengthOfMonth())
                : d.date();
    }

    /**
     * The date of the act for a crime found in sentence {@code self} of {@code sentences}, from the nearest other
     * sentence that narrates an act of crime, shares a name with it and states a past date; {@code dates} holds each
     * sentence's resolved dates.
     */
    public static Optional<ResolvedDate> elsewhere(
            List<String> sentences, List<List<ResolvedDate>> dates, int self, LocalDate published, int maxAgeDays) {
        if (published == null) {
            return Optional.empty();
        }
        Set<String> names = names(sentences.get(self));
        if (names.isEmpty()) {
            return Optional.empty();
        }
        for (int distance = 1; distance < sentences.size(); distance++) {
            for (int j : new int[] {self - distance, self + distance}) {
                if (j < 0 || j >= sentences.size()) {
                    continue;
                }
                String other = sentences.get(j);
                if (!ACT.matcher(other).find() || midNames(other).stream().noneMatch(names::contains)) {
                    continue;
                }
                Optional<ResolvedDate> stated = dates.get(j).stream()
                        .filter(d -> !DateResolver.datesAReport(other, d) && !datesProceedings(other, d))
                        .filter(d ->
                                d.date().isBefore(published) && !lastDay(d).isBefore(published.minusDays(maxAgeDays)))
                        .findFirst();
                if (stated.isPresent()) {
                    return stated;
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Capitalised words of {@code sentence}, its opening word included: that one counts as a name only when the other
     * sentence has it mid-text ({@link #midNames}), where capitals mark names.
     */
    static Set<String> names(String sentence) {
        Set<String> names = midNames(sentence);
        Matcher opening = OPENING.matcher(sentence);
        if (opening.find()) {
            add(names, opening.group(1));
        }
        return names;
    }

    /** Capitalised words of {@code sentence} that do not open it. */
    static Set<String> midNames(String sentence) {
        Set<String> names = new HashSet<>();
        Matcher m = NAME.matcher(sentence);
        while (m.find()) {
            add(names, m.group(1));
        }
        return names;
    }

    private static void add(Set<String> names, String word) {
        String name = word.replaceAll("[’']s$", "");
        if (!NOT_NAME.matcher(name).matches()) {
            names.add(name);
        }
    }
}
