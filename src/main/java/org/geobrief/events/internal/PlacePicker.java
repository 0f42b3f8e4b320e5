package org.geobrief.events.internal;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.geobrief.gazetteer.Place;
import org.geobrief.geoparse.MentionKind;

/**
 * Chooses the place an event happened AT among the sentence's resolved mentions. Each mention scores for what
 * introduces it ("in/at/across X" strongly, "to/into X" less, "from X" against: the origin of troops or a phone
 * call is not the scene), for how specific it is (a town over a region over a country), for the geoparser's
 * confidence, and for being near the trigger. "Russian paratroopers arrived in Almaty" gives Almaty, not Russia.
 */
public final class PlacePicker {

    private static final Pattern ENDS_WITH_OF_FROM = Pattern.compile("\\b(?:of|from)\\s+\\z");

    /** The chosen place and its ACLED geo precision (1 town, 2 near a town or a district, 3 region or country). */
    public record Pick(Place place, int geoPrecision, double score, boolean cued) {}

    private static final Pattern CUE = Pattern.compile(
            "\\b(?<prep>in|at|near|outside|across|around|inside|throughout|into|to|towards?|from|of|nearby)\\s+"
                    + "(?:the\\s+)?(?:(?:[\\p{Ll}-]+\\s+){0,3}?(?<of>(?:town|city|village|region|province|district|capital"
                    + "|area|outskirts|suburbs?|port|oblast|county|state|square|streets?)\\s+of)\\s+)?"
                    + "(?:(?:north|south|east|west|central|northern|southern|eastern|western|north-?\\w+|south-?\\w+)\\s+)?$",
            Pattern.CASE_INSENSITIVE);
    /** {@link #CUE}, tried only at the word starts where a preposition can begin it. */
    private static final WordStartSearch CUE_SEARCH = WordStartSearch.of(CUE);

    /** The target of an attack or an advance: "Turkey fired on Qamishli", "troops advanced on the town of X". */
    private static final Pattern TARGET_OF = Pattern.compile(
            "\\b(?:fired|firing|opened\\s+fire|attacks?|attacked|strikes?|struck|raids?|raided|advanced|advancing"
                    + "|marched|marching|converged|descended|closing\\s+in)\\s+on\\s+(?:the\\s+)?(?:[\\p{Ll}-]+\\s+){0,3}$",
            Pattern.CASE_INSENSITIVE);
    /** A word part each {@link #TARGET_OF} match holds, in ASCII lower case. */
    private static final String[] TARGET_VERBS = {
        "fir", "attack", "strike", "struck", "raid", "advanc", "march", "converged", "descended", "closing"
    };

    /** What separates the trigger's clause from another one with its own verb and place. */
    private static final Pattern CLAUSE_BREAK = Pattern.compile(
            ";|,\\s+(?:as|while|whereas|after|before|when|but|and\\s+then)\\s", Pattern.CASE_INSENSITIVE);

    private static boolean breaksClause(String between) {
        return (between.indexOf(';') >= 0 || between.indexOf(',') >= 0)
                && CLAUSE_BREAK.matcher(between).find();
    }

    private static final Pattern HOME_OF_PERSON = Pattern.compile(
            "(?:(?:\\b\\d{1,3}-year-old|\\baged\\s+\\d{1,3}|\\b(?:resident|native|woman|man|boy|girl)s?)\\b[^;:]{0,60}?\\b(?:of|from)\\s+"
                    + "|\\b(?:lived|lives|living|born|raised|grew\\s+up|resides?|residing)\\s+in\\s+(?:the\\s+)?)"
                    + "(?:\\p{Lu}[\\p{L}.'’-]*+(?:\\s\\p{Lu}[\\p{L}.'’-]*+)*+,\\s*)?$", // "of Austin, Texas": both
            Pattern.CASE_INSENSITIVE);

    /** A word part each {@link #HOME_OF_PERSON} match holds, in ASCII lower case. */
    private static final String[] HOME_WORDS = {
        "-year-old", "aged", "resid", "native", "man", "boy", "girl", "liv", "born", "raised", "grew"
    };

    /** The place a tour or visit is of: "a marathon tour of the United States", "toured Iraq". */
    private static final Pattern TOUR_OF =
            Pattern.compile("\\b(?:tours?\\s+of|toured|touring)\\s+(?:the\\s+)?$", Pattern.CASE_INSENSITIVE);
    /** A place named before a visit noun: "a three-week US tour", "his Iran visit". */
    private static final Pattern VISIT_AFTER = Pattern.compile("^\\s+(?:tour|visit|trip)\\b", Pattern.CASE_INSENSITIVE);

    /**
     * A place inside a range "from A to B (to C)": the extent of a movement or a route ("a movement in red states from
     * West Virginia to Kentucky to Arizona"), not the scene of the sentence's event.
     */
    private static final Pattern RANGE = Pattern.compile(
            "\\bfrom\\s+(?:the\\s+)?\\p{Lu}[\\p{L}.'’-]*+(?:\\s+\\p{Lu}[\\p{L}.'’-]*+)*+"
                    + "(?:\\s+to\\s+(?:the\\s+)?\\p{Lu}[\\p{L}.'’-]*+(?:\\s+\\p{Lu}[\\p{L}.'’-]*+)*+)*+\\s+(?:to|through)\\s+(?:the\\s+)?$");

    /** "from (the)" just before a place: as {@code before.matches("(?s).*\\bfrom\\s+(?:the\\s+)?$")}, compiled once. */
    private static final Pattern FROM_BEFORE = Pattern.compile("\\bfrom\\s+(?:the\\s+)?\\z");

    private static final Pattern RANGE_AFTER = Pattern.compile("^\\s+(?:to|through)\\s+(?:the\\s+)?\\p{Lu}");

    private static final Pattern APPOSITION = Pattern.compile(
            "\\b(?:city|town|capital|village|region|province|hub|centre|center),\\s*$", Pattern.CASE_INSENSITIVE);

    /**
     * The best scene among the mentions inside {@code [sentenceStart, sentenceEnd)} (article chars). A country or
     * demonym counts only when a preposition introduces it ("Russia sent troops" does not place the event in Russia);
     * with {@code requireCue} (deployments: the sender is no scene) every mention needs one, and so does a place
     * outside {@code homeCountry}, the article's main country (null when unknown): "the Kremlin said" is no scene.
     */
    public Optional<Pick> pick(
            String article,
            int sentenceStart,
            int sentenceEnd,
            int triggerAt,
            List<MentionAt> mentions,
            boolean requireCue,
            String homeCountry) {
        return pick(article, sentenceStart, sentenceEnd, triggerAt, mentions, requireCue, homeCountry, false);
    }

    /**
     * As {@link #pick(String, int, int, int, List, boolean, String)}; with {@code stateAct} (a sanction, an agreement, a
     * change of government: acts decided in a capital) a capital that is the sentence's subject is the scene
     * ({@link CapitalAsActor}: "Beijing announced import duties").
     */
    public Optional<Pick> pick(
            String article,
            int sentenceStart,
            int sentenceEnd,
            int triggerAt,
            List<MentionAt> mentions,
            boolean requireCue,
            String homeCountry,
            boolean stateAct) {
        Pick best = null;
        for (MentionAt m : mentions) {
            Place p = m.mention().place();
            if (p == null || m.start() < sentenceStart || m.end() > sentenceEnd) {
                continue;
            }
            if (NameParts.partOf(article, m.start(), m.end(), p.isCountry() || p.isAdmin1()) != null) {
                continue; // "Moscow-led", "U.S. 27A", "Sand Creek Township": part of a longer name, not a scene
            }
            if (m.mention().mention().kind() == MentionKind.DEMONYM) {
                continue; // a demonym needs a cue to be a scene and never counts as cued
            }
            if (p.isPopulatedPlace()
                    && VehicleNames.model(article, m.mention().mention().text())) {
                continue; // "shots fired from the Durango", after "a red Dodge Durango": the car, not the town
            }
            String before = article.substring(Math.max(sentenceStart, m.start() - 80), m.start());
            // each pattern below runs only where the words it needs occur (AsciiText: the searches try every position)
            boolean from = before.contains("from"); // RANGE and FROM_BEFORE are case-sensitive
            if ((from && RANGE.matcher(before).find())
                    || (from
                            && FROM_BEFORE.matcher(before).find()
                            && RANGE_AFTER
                                    .matcher(article.substring(m.end(), Math.min(sentenceEnd, m.end() + 12)))
                                    .find())) {
                continue; // "from West Virginia to Kentucky": an extent, not a scene
            }
            double score = specificity(p) + m.mention().confidence();
            int precision = geoPrecision(p);
            boolean cued = false;
            // a cue is words, hyphens and spaces: no match begins before the last other char, and the search starts
            // after it (transparent bounds: the word boundary still sees the char before)
            WordStartSearch.Matches cue = CUE_SEARCH.matches(before, cueFrom(before));
            if (AsciiText.containsAny(before, "tour") && TOUR_OF.matcher(before).find()) {
                score += 3; // "a tour of the United States": "of" names the places toured
                cued = true;
            } else if (cue.find()) {
                Matcher c = cue.matcher();
                String prep = c.group("prep").toLowerCase(java.util.Locale.ROOT);
                switch (prep) {
                    case "in", "at", "inside", "throughout", "across", "around" -> {
                        score += 3;
                        cued = true;
                    }
                    case "near", "outside", "nearby" -> {
                        score += 3;
                        cued = true;
                        precision = Math.max(precision, 2);
                    }
                    case "into", "to", "toward", "towards" -> {
                        // "spread to the outskirts of Goma": the streets or outskirts of a town are the scene
                        score += c.group("of") != null ? 3 : 1.5;
                        cued = true;
                    }
                    case "from" -> score -= 3;
                    default -> score += c.group("of") != null ? 3 : -0.5;
                }
                cued |= c.group("of") != null && !prep.equals("from");
            } else if ((AsciiText.containsAny(before, TARGET_VERBS)
                            && TARGET_OF.matcher(before).find())
                    || VISIT_AFTER
                            .matcher(article.substring(m.end(), Math.min(sentenceEnd, m.end() + 8)))
                            .find()) {
                score += 3;
                cued = true;
            } else if (stateAct
                    && (CapitalAsActor.subject(p, article.substring(m.end(), Math.min(sentenceEnd, m.end() + 60)))
                            || CapitalAsActor.countrySubject(
                                    p, article.substring(m.end(), Math.min(sentenceEnd, m.end() + 60))))) {
                score += 3;
                cued = true;
            } else if (before.indexOf(',') >= 0 && APPOSITION.matcher(before).find()) {
                score += 2;
                cued = true;
            } else if (ENDS_WITH_OF_FROM.matcher(before).find()) {
                score -= 1;
            }
            boolean foreign = homeCountry != null && !homeCountry.equals(p.countryCode());
            if (!cued
                    && (requireCue
                            || foreign
                            || p.isCountry()
                            || p.featureClass().equals("L"))) {
                continue;
            }
            // after the cheaper tests above (the order changes nothing: each one only skips the mention)
            if (AsciiText.containsAny(before, HOME_WORDS)
                    && HOME_OF_PERSON.matcher(before).find()) {
                continue; // "a 36-year-old of Austin, Texas", "who lived in Moscow": a person's home, not the scene
            }
            score -= Math.min(1, Math.abs(m.start() - triggerAt) / 400.0);
            int lo = Math.max(0, Math.min(triggerAt, m.start())),
                    hi = Math.min(article.length(), Math.max(triggerAt, m.start()));
            if (lo < hi && breaksClause(article.substring(lo, hi))) {
                score -= 2; // "... killed 12 in Rafah, officials said, as negotiators gathered in Cairo"
            }
            if (best == null || score > best.score()) {
                best = new Pick(p, precision, score, cued);
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * The index after the last char of {@code before} that no {@link #CUE} match holds: letters and digits (a surrogate
     * may be half of a lower-case letter), '_', '-' and the ASCII spaces of {@code \\s}.
     */
    static int cueFrom(String before) {
        int i = before.length();
        while (i > 0 && inCue(before.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    private static boolean inCue(char c) {
        return Character.isLetterOrDigit(c)
                || Character.isSurrogate(c)
                || c == '_'
                || c == '-'
                || c == ' '
                || (c >= '\t' && c <= '\r'); // tab, line feed, vertical tab, form feed, return
    }

    /**
     * True when {@code country} is a country that one of {@code mentions} names as the subject of a verb before
     * {@code sentenceEnd} ({@link CapitalAsActor#countrySubject}: "the U.S. on Tuesday said it would impose duties").
     */
    public static boolean actingState(String article, int sentenceEnd, List<MentionAt> mentions, Place country) {
        if (!country.isCountry()) {
            return false;
        }
        for (MentionAt m : mentions) {
            if (m.mention().place().equals(country)
                    && m.end() <= sentenceEnd
                    && CapitalAsActor.countrySubject(
                            country, article.substring(m.end(), Math.min(sentenceEnd, m.end() + 60)))) {
                return true;
            }
        }
        return false;
    }

    static double specificity(Place p) {
        if (p.featureClass().equals("L")) {
            return 0.5; // continents and regions of several countries
        }
        if (p.isCountry()) {
            return 1;
        }
        if (p.isAdmin1()) {
            return 1.5;
        }
        if (p.isPopulatedPlace() || p.featureClass().equals("S")) {
            return 3;
        }
        return p.featureClass().equals("A") ? 2 : 1.2;
    }

    /** ACLED geo precision of a place named as the scene. */
    public static int geoPrecision(Place p) {
        if (p.isCountry()
                || p.isAdmin1()
                || p.featureClass().isEmpty()
                || p.featureClass().equals("L")) {
            return 3;
        }
        if (p.isPopulatedPlace() || p.featureClass().equals("S")) {
            return 1;
        }
        return 2;
    }
}
