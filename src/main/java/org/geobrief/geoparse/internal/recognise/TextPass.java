package org.geobrief.geoparse.internal.recognise;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.geobrief.gazetteer.Names;
import org.geobrief.gazetteer.Place;
import org.geobrief.geoparse.MentionKind;
import org.geobrief.geoparse.internal.PlaceIndex;

/**
 * One text's recognition: its tokens, the people and headlines marked in it, and the runs of capitalised words
 * matched against the gazetteer; each match is weighed by the {@link Cue}s.
 */
final class TextPass {

    static final int MAX_NAME_TOKENS = 6;
    static final Set<String> CONNECTORS = Lexicon.words(
            """
            of de du del della la le les upon on the al el da do dos das di van von y - and
            """);
    /** Capitalised words that continue a place's or an institution's name, never a person's surname. */
    static final Set<String> NAME_CONTINUATIONS = Lexicon.words(
            """
            Post Times Herald Tribune Journal Gazette Star Daily Forces Guard Street Highway Square Boulevard
            Avenue Road Metro Area Region Oblast Parish Province Borough Township Heights Springs Falls Harbor
            Harbour Sea Ocean Gulf Strait Peninsula Desert Mountains Hills Islands Basin Coast Delta Canyon Creek
            Zoo Museum Library Stadium Arena Mall Market Marathon Festival Fair Summit Conference Games Cup Open
            Declaration Initiative Crisis War Conflict Uprising Massacre Embassy Consulate Jail Prison Academy
            Institute Foundation Society Association Chamber Council Assembly Legislature Supreme Superior District
            Circuit Municipal Regional Community Memorial Medical Health Fire Rescue Emergency Transit Airport Port
            Harbour Railway Railroad Line Bridge Tunnel Dam Plant Mill
            """);

    /** Words after a hyphen that make the name before it a place: "Almaty-based", "Texas-born". */
    static final Set<String> PLACE_SUFFIXES = Lexicon.words("based born bred raised area headquartered");

    /** What follows a place name in a dateline: "CHARLESTON, W.Va. --", "ALMATY (Reuters)", "BEIRUT —". */
    static final Set<String> DATELINE_MARKS = Lexicon.words(", ( - — – :");
    /** The dashes that end a dateline: "BEIRUT —", "CHARLESTON, W.Va. --". */
    static final Set<String> DATELINE_DASHES = Lexicon.words("- — – --");

    static final Set<String> COUNTY_WORDS = Lexicon.words("County Parish Borough");
    static final Set<String> SAINTS =
            Lexicon.words("""
            St. St Saint Ste. Mount Mt. Fort Ft.
            """);
    /** First words that make a run of common words a place name: "Lake Forest", "Port Royal", "Cape Fear". */
    static final Set<String> PLACE_HEADS = Lexicon.words("Lake Port Cape Glen Point");
    /** Capitalised words after a name that belong to an institution rather than to the place name. */
    static final Set<String> INSTITUTION_WORDS = Lexicon.words(
            """
            Council Manager Hall Commission Schools School Police Court Board Attorney Clerk Hospital College
            University Department Fire Library Government
            """);

    /** "I'll", "we've", "don't": a contraction, whatever its first part folds to. */
    static final Pattern CONTRACTION = Pattern.compile("['’](?:ll|d|m|ve|re|t)$", Pattern.CASE_INSENSITIVE);
    /** Capitalised words after a name that make it a street's name (not "Road": county roads are named by place). */
    static final Set<String> STREET_WORDS =
            Lexicon.words("Street St. Avenue Ave. Drive Dr. Boulevard Blvd. Lane Ln. Parkway Pkwy. Terrace Road Rd.");
    /**
     * Plural street words that follow a pair of street names: "Rivers and Stokes avenues", "Main and Broad Streets".
     * Not "roads" or "highways": "Ohio and Kentucky roads" are the states' roads.
     */
    static final Set<String> PLURAL_STREET_WORDS =
            Lexicon.words("streets Streets avenues Avenues boulevards Boulevards drives Drives lanes Lanes");
    /** Words after "English-" and the like that make the adjective the language's. */
    static final Set<String> LANGUAGE_WORDS = Lexicon.words("language speaking speaker speakers");
    /** Verbs after a bare surname that tell a person. */
    static final Set<String> PERSON_VERBS = Lexicon.words(
            """
            said says told added explained noted asked wrote testified pleaded recalled insisted admitted argued
            stated replied agreed smiled laughed shrugged
            """);
    /** Participles after "was"/"is"/"has" that tell a person: "Sullivan was charged". */
    static final Set<String> PERSON_PARTICIPLES =
            Lexicon.words("charged arrested sentenced convicted indicted accused booked jailed elected hired born");

    /** Prepositions that put a pair of names in space ("between X and Y"); not "of", "to", "from". */
    static final Set<String> LOCATIVE =
            Set.of("in", "at", "near", "between", "across", "around", "outside", "inside", "within", "throughout");

    /** Plural place-type words after "X and Y": the pair names streets or schools, not towns. */
    static final Set<String> PLURAL_PLACE_TYPES =
            Lexicon.words("streets avenues roads drives lanes boulevards schools parks creeks");

    static final Map<String, String> PLURAL_AREA_WORDS = Map.of(
            "regions", "region",
            "provinces", "province",
            "states", "state",
            "counties", "county",
            "districts", "district",
            "oblasts", "oblast",
            "governorates", "governorate",
            "prefectures", "prefecture");

    private final PlaceIndex index;
    final String text;
    final List<Token> toks;
    final int n;
    final boolean[] person;
    final Set<String> surnames = new HashSet<>();
    final Set<String> lowerWords = new HashSet<>();
    final boolean[] headline;
    final Map<String, List<Place>> cache = new HashMap<>();

    /** Words between two progress reports. */
    private static final int PROGRESS_TOKENS = 20_000;

    TextPass(String text, PlaceIndex index) {
        this.index = index;
        this.text = text;
        this.toks = Tokenizer.tokenize(text);
        this.n = toks.size();
        this.person = new boolean[n];
        this.headline = new boolean[n];
        for (Token t : toks) {
            if (t.isLower()) {
                lowerWords.add(t.text());
            }
        }
        markHeadlines();
    }

    List<RecognisedName> run() {
        return run(done -> {});
    }

    /** As {@link #run()}, reporting the share of the text's words looked at to {@code progress}. */
    List<RecognisedName> run(java.util.function.DoubleConsumer progress) {
        progress.accept(0);
        markPeople();
        List<RecognisedName> out = new ArrayList<>();
        int i = 0;
        int reported = 0;
        while (i < n) {
            if (i - reported >= PROGRESS_TOKENS) {
                reported = i;
                progress.accept((double) i / n);
            }
            if (!isNameToken(i)) {
                i++;
                continue;
            }
            int end = runEnd(i);
            matchRun(i, end, out);
            i = end;
        }
        return out;
    }

    /** Lines where most words are capitalised (Title Case headlines): capitals say little there. */
    private void markHeadlines() {
        int lineStart = 0;
        for (int i = 0; i <= n; i++) {
            if (i == n || (i > lineStart && toks.get(i).gapNewline())) {
                int words = 0, caps = 0;
                for (int k = lineStart; k < i; k++) {
                    Token t = toks.get(k);
                    if (t.isWord() && t.text().length() > 3) {
                        words++;
                        caps += t.isCapitalised() ? 1 : 0;
                    }
                }
                boolean h = words >= 3 && caps * 10 >= words * 7;
                for (int k = lineStart; k < i; k++) {
                    headline[k] = h;
                }
                lineStart = i;
            }
        }
    }

    /** Person names: capitalised words after a title, and a given name followed by a surname. */
    private void markPeople() {
        for (int i = 0; i < n; i++) {
            Token t = toks.get(i);
            if (!t.isCapitalised()) {
                continue;
            }
            boolean title = Lexicon.TITLES.contains(t.text()) && !headline[i];
            boolean given = Lexicon.isFirstName(t.text())
                    && i + 1 < n
                    && looksLikeSurname(i + 1)
                    && bestImportance(lookup(t.text())) < 2.5
                    && lookup(t.text() + " " + toks.get(i + 1).text()).isEmpty();
            if (!title && !given) {
                continue;
            }
            int k = given ? i : i + 1;
            // a title may be followed by another title or a demonym: "Kazakh President", "Prime Minister X"
            while (title && k < n && (Lexicon.TITLES.contains(toks.get(k).text()))) {
                k++;
            }
            int last = -1;
            for (int m = k; m < n && m < k + 4; m++) {
                Token w = toks.get(m);
                boolean hyphen = w.is("-") && m + 1 < n && toks.get(m + 1).start() == w.end();
                if (hyphen) {
                    continue;
                }
                if (!w.isCapitalised() || w.isAllCaps() || Lexicon.NOT_NAMES.contains(w.text())) {
                    break;
                }
                if (m > k && NAME_CONTINUATIONS.contains(w.text())) {
                    break;
                }
                person[m] = true;
                last = m;
            }
            if (last >= 0 && (last > k || title)) {
                surnames.add(toks.get(last).text());
            }
        }
    }

    boolean looksLikeSurname(int i) {
        Token t = toks.get(i);
        return t.isCapitalised()
                && !t.isAllCaps()
                && !headline[i]
                && !Lexicon.NOT_NAMES.contains(t.text())
                && !Lexicon.BRAND_SUFFIXES.contains(t.text())
                && !NAME_CONTINUATIONS.contains(t.text())
                && !Lexicon.AREA_WORDS.contains(t.text().toLowerCase(Locale.ROOT))
                && !Demonyms.isDemonym(t.text());
    }

    boolean isNameToken(int i) {
        Token t = toks.get(i);
        return t.isWord() && t.isCapitalised() && !person[i];
    }

    boolean isConnector(int i) {
        Token t = toks.get(i);
        if (t.is("-")) {
            return i > 0
                    && i + 1 < n
                    && toks.get(i - 1).end() == t.start()
                    && toks.get(i + 1).start() == t.end();
        }
        return CONNECTORS.contains(t.text()) && !t.is("-");
    }

    /** End (exclusive) of the run of name tokens and inner connectors starting at {@code i}. */
    int runEnd(int i) {
        int end = i + 1;
        int k = i + 1;
        while (k < n) {
            if (isNameToken(k)) {
                end = ++k;
            } else if (isConnector(k) && !toks.get(k).gapNewline()) {
                k++;
            } else {
                break;
            }
        }
        return end;
    }

    private void matchRun(int from, int to, List<RecognisedName> out) {
        boolean brand = false;
        for (int k = from; k < to; k++) {
            brand |= Lexicon.BRAND_SUFFIXES.contains(toks.get(k).text()) && k > from;
        }
        boolean orgNoun = to < n && Lexicon.ORG_NOUNS.contains(toks.get(to).text()) && to - from >= 2;
        int i = from;
        while (i < to) {
            if (!isNameToken(i)) {
                i++;
                continue;
            }
            int matchedEnd = -1;
            List<Place> cands = List.of();
            MentionKind kind = MentionKind.TOPONYM;
            boolean functionWord = Lexicon.FUNCTION_WORDS.contains(toks.get(i).text());
            for (int j = Math.min(to, i + MAX_NAME_TOKENS) - 1; j >= i; j--) {
                if (!isNameToken(j)) {
                    continue;
                }
                String key = text.substring(toks.get(i).start(), toks.get(j).end());
                if (functionWord && j > i && !theIsPartOfName(i, key)) {
                    continue;
                }
                // a demonym first: "Kazakh" is the people of Kazakhstan before it is a town in Azerbaijan
                Optional<Place> d = Demonyms.isDemonym(key) || Demonyms.isPlural(key)
                        ? Demonyms.place(Demonyms.singular(key), index)
                        : Optional.empty();
                if (d.isPresent()) {
                    matchedEnd = j + 1;
                    cands = List.of(d.get());
                    kind = MentionKind.DEMONYM;
                    break;
                }
                List<Place> c = lookup(key);
                if (!c.isEmpty()) {
                    matchedEnd = j + 1;
                    cands = c;
                    break;
                }
            }
            if (matchedEnd < 0) {
                i++;
                continue;
            }
            int end = matchedEnd;
            if (kind == MentionKind.TOPONYM
                    && end < to
                    && COUNTY_WORDS.contains(toks.get(end).text())) {
                i = end + 1; // "Lamar County" that the gazetteer lacks is not the town of Lamar
                continue;
            }
            double bonus = 0;
            // "Dublin City Council" names Dublin, "Mississippi State" (the university) Mississippi
            if (kind == MentionKind.TOPONYM
                    && end - i >= 2
                    && ((toks.get(end - 1).is("City")
                                    && end < n
                                    && INSTITUTION_WORDS.contains(toks.get(end).text()))
                            || toks.get(end - 1).is("State"))) {
                List<Place> shorter = lookup(
                        text.substring(toks.get(i).start(), toks.get(end - 2).end()));
                if (!shorter.isEmpty()) {
                    cands = shorter;
                    end--;
                }
            }
            // "Almaty region", "Laurel county": take the area word when the gazetteer knows the longer name
            if (kind == MentionKind.TOPONYM
                    && end < n
                    && toks.get(end).isLower()
                    && Lexicon.AREA_WORDS.contains(toks.get(end).text())) {
                List<Place> longer =
                        lookup(text.substring(toks.get(i).start(), toks.get(end).end()));
                if (partOfLongerName(i)) {
                    bonus -= 2; // "the Great Lakes region": not the Lakes state of South Sudan
                } else if (!longer.isEmpty()) {
                    cands = longer;
                    end++;
                    bonus += 1;
                } else {
                    bonus += 0.5;
                }
            }
            // "the Mopti and Segou regions": each name of the pair is the area of that name
            String areaOfPair = kind == MentionKind.TOPONYM ? areaWordAfterPair(i, end) : null;
            if (areaOfPair != null) {
                List<Place> area = lookup(
                        text.substring(toks.get(i).start(), toks.get(end - 1).end()) + " " + areaOfPair);
                if (!area.isEmpty()) {
                    cands = area;
                    bonus += 1;
                }
            }
            if (!brand && !orgNoun) {
                double ev = evidence(i, end, kind, cands) + bonus;
                if (ev > 0) {
                    String surface = text.substring(
                            toks.get(i).start(), toks.get(end - 1).end());
                    out.add(new RecognisedName(
                            toks.get(i).start(), toks.get(end - 1).end(), surface, kind, cands, ev));
                }
            } else if (kind == MentionKind.DEMONYM && !brand) {
                String surface =
                        text.substring(toks.get(i).start(), toks.get(end - 1).end());
                out.add(new RecognisedName(
                        toks.get(i).start(), toks.get(end - 1).end(), surface, kind, cands, 1));
            }
            i = end;
        }
    }

    /** Positive when the match at tokens [i, end) should count as a place name; higher is surer. */
    double evidence(int i, int end, MentionKind kind, List<Place> cands) {
        if (kind == MentionKind.DEMONYM) {
            return demonymEvidence(i, end);
        }
        return Cue.evidence(new NameMatch(this, i, end, cands, bestImportance(cands), governed(i, end, cands)));
    }

    /** 1 when the demonym at tokens [i, end) is used as the country's adjective or its people, else -1. */
    double demonymEvidence(int i, int end) {
        Token first = toks.get(i);
        // "Russian-backed", "anti-Russian": fused with a lower-case word, still the country's adjective
        if (hyphenatedToLowerWord(i, end)) {
            return 1;
        }
        // "Russians", "Palestinians": the people, a noun wherever it stands
        if (Demonyms.isPlural(text.substring(first.start(), toks.get(end - 1).end()))) {
            return 1;
        }
        // "Kyrgyz and Tajik border guards": the first of two adjectives that share their noun
        if (end + 2 < n
                && (toks.get(end).is("and") || toks.get(end).is("or"))
                && Demonyms.isDemonym(toks.get(end + 1).text())
                && toks.get(end + 2).isLower()
                && !Lexicon.NOT_AFTER_ADJECTIVE.contains(toks.get(end + 2).text())) {
            return 1;
        }
        // adjectival use only: "Kazakh police", not "spoke French and Farsi" nor "African-American"
        if (end >= n
                || !toks.get(end).isWord()
                || Lexicon.NOT_AFTER_ADJECTIVE.contains(toks.get(end).text())) {
            return -1;
        }
        boolean hyphenated = (toks.get(end).is("-"))
                || (i > 0 && toks.get(i - 1).is("-") && toks.get(i - 1).end() == first.start());
        return hyphenated ? -1 : 1;
    }

    /**
     * A place preposition governs the name: "in Almaty", "between Sevare and Douentza", "in the West Bank" (an
     * area's own name); not "in front of the White House" (a Tennessee town's name).
     */
    boolean governed(int i, int end, List<Place> cands) {
        String prev = i > 0 ? toks.get(i - 1).text().toLowerCase(Locale.ROOT) : "";
        return (Lexicon.PLACE_PREPOSITIONS.contains(prev)
                        && i > 0
                        && toks.get(i - 1).isLower())
                || secondOfPairAfterLocative(i, end)
                || (end - i > 1
                        && prev.equals("the")
                        && i > 1
                        && placePreposition(i - 2)
                        && namesAnArea(
                                cands,
                                text.substring(
                                        toks.get(i).start(), toks.get(end - 1).end())));
    }

    static boolean namesAnArea(List<Place> cands, String written) {
        String key = Names.normalise(written);
        return cands.stream()
                .anyMatch(
                        p -> !p.isPopulatedPlace() && Names.normalise(p.name()).equals(key));
    }

    boolean placePreposition(int k) {
        Token t = toks.get(k);
        return t.isLower() && Lexicon.PLACE_PREPOSITIONS.contains(t.text());
    }

    boolean afterOf(int i) {
        return i > 0 && toks.get(i - 1).is("of");
    }

    /** The words after a bare name are what a person does: "said", "told", "was charged", "pleaded". */
    boolean actsLikePerson(int end) {
        if (end >= n) {
            return false;
        }
        String next = toks.get(end).text();
        if (PERSON_VERBS.contains(next)) {
            return true;
        }
        return end + 1 < n
                && (next.equals("was") || next.equals("is") || next.equals("has") || next.equals("had"))
                && PERSON_PARTICIPLES.contains(toks.get(end + 1).text());
    }

    /**
     * The written name is the place's preferred one, or begins it, or spells it another way ("Avdiivka" for
     * Avdiyivka: at most a quarter of the letters differ), as opposed to a former or local name ("McDaniel").
     */
    static boolean preferredName(Place p, String written) {
        String key = Names.normalise(written);
        String name = Names.normalise(p.name());
        return name.equals(key)
                || name.startsWith(key + " ")
                || editDistance(key, name) * 4 <= name.length()
                || Names.withoutArabicArticle(p.name(), p.countryCode(), p.featureClass())
                        .map(Names::normalise)
                        .filter(key::equals)
                        .isPresent(); // "Qamishli" for "Al Qāmishlī"
    }

    static int editDistance(String a, String b) {
        if (Math.abs(a.length() - b.length()) * 4 > b.length()) {
            return Integer.MAX_VALUE / 8;
        }
        int[] prev = new int[b.length() + 1], cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    /** Tokens [i, end) joined by a hyphen, with no space, to a lower-case word on either side. */
    boolean hyphenatedToLowerWord(int i, int end) {
        boolean after = end + 1 < n
                && toks.get(end).is("-")
                && toks.get(end).start() == toks.get(end - 1).end()
                && toks.get(end + 1).start() == toks.get(end).end()
                && toks.get(end + 1).isLower()
                && !LANGUAGE_WORDS.contains(toks.get(end + 1).text()); // "English-language" is the language
        boolean before = i >= 2
                && toks.get(i - 1).is("-")
                && toks.get(i - 1).end() == toks.get(i).start()
                && toks.get(i - 2).end() == toks.get(i - 1).start()
                && toks.get(i - 2).isLower();
        return after || before;
    }

    /** A capitalised word after ", " that names a country or first-level area ("Texas", "Ala.", "Kazakhstan"). */
    boolean qualifier(int k) {
        Token t = toks.get(k);
        if (!t.isCapitalised()) {
            return false;
        }
        if (UsStates.byAbbreviation(t.text()).isPresent()) {
            return true;
        }
        int end = k + 1;
        while (end < n && end < k + 3 && toks.get(end).isCapitalised()) {
            end++;
        }
        for (int e = end; e > k; e--) {
            for (Place p : lookup(text.substring(t.start(), toks.get(e - 1).end()))) {
                if (p.isCountry() || p.isAdmin1()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A capitalised word that is neither a known place nor a word of the lexicons: likely part of a name. */
    boolean isUnknownWord(int k) {
        Token t = toks.get(k);
        String w = t.text();
        return t.isWord()
                && !t.isAllCaps()
                && !Lexicon.NOT_NAMES.contains(w)
                && !Lexicon.TITLES.contains(w)
                && !NAME_CONTINUATIONS.contains(w)
                && !Lexicon.BRAND_SUFFIXES.contains(w)
                && !Lexicon.AREA_WORDS.contains(w.toLowerCase(Locale.ROOT))
                && !Demonyms.isDemonym(w)
                && !CONNECTORS.contains(w.toLowerCase(Locale.ROOT))
                && lookup(w).isEmpty();
    }

    /**
     * "between Sevare and Douentza", "in Canoas and Sao Leopoldo": the preposition governs both names when the
     * first is a name the gazetteer does not know; not "between First and Herman streets", "at Parham Road and
     * Villa Park", "in Capitol Market and Blossom Deli".
     */
    boolean secondOfPairAfterLocative(int i, int end) {
        if (i < 3 || !(toks.get(i - 1).is("and") || toks.get(i - 1).is("or"))) {
            return false;
        }
        if (end < n
                && (toks.get(end).isCapitalised()
                        || PLURAL_PLACE_TYPES.contains(toks.get(end).text()))) {
            return false;
        }
        int last = i - 2;
        int k = last;
        while (k > 0 && toks.get(k).isCapitalised() && toks.get(k - 1).isCapitalised()) {
            k--; // the first name may have several words
        }
        for (int j = k; j <= last; j++) {
            if (!toks.get(j).isCapitalised()
                    || !isUnknownWord(j)
                    || Lexicon.isCommonWord(toks.get(j).text())
                    || STREET_WORDS.contains(toks.get(j).text())) {
                return false;
            }
        }
        return k > 0
                && toks.get(k - 1).isLower()
                && LOCATIVE.contains(toks.get(k - 1).text());
    }

    /** The singular area word of "X and Y regions" for X (at i..end) or Y, else null. */
    String areaWordAfterPair(int i, int end) {
        if (end < n && (toks.get(end).is("and") || toks.get(end).is("or"))) {
            int j = end + 1;
            while (j < n && toks.get(j).isCapitalised()) {
                j++;
            }
            return j > end + 1 && j < n ? PLURAL_AREA_WORDS.get(toks.get(j).text()) : null;
        }
        if (end < n && PLURAL_AREA_WORDS.containsKey(toks.get(end).text()) && i >= 2) {
            Token before = toks.get(i - 1);
            return (before.is("and") || before.is("or")) && toks.get(i - 2).isCapitalised()
                    ? PLURAL_AREA_WORDS.get(toks.get(end).text())
                    : null;
        }
        return null;
    }

    /**
     * The name at i..end is one of a pair before a plural street word: X in "X and Y avenues" (Y one or two
     * capitalised words) or Y in "X and Y avenues".
     */
    boolean streetOfPair(int i, int end) {
        if (end + 2 < n && (toks.get(end).is("and") || toks.get(end).is("&"))) {
            int j = end + 1;
            while (j < n && j <= end + 2 && toks.get(j).isCapitalised()) {
                j++;
            }
            return j > end + 1
                    && j < n
                    && PLURAL_STREET_WORDS.contains(toks.get(j).text());
        }
        if (end < n && PLURAL_STREET_WORDS.contains(toks.get(end).text()) && i >= 2) {
            Token before = toks.get(i - 1);
            return (before.is("and") || before.is("&")) && toks.get(i - 2).isCapitalised();
        }
        return false;
    }

    /** Token k is part of a hyphenated name the gazetteer knows ("Jalal-Abad"), though not a name alone. */
    boolean hyphenatedNameKnown(int k) {
        int from = k, to = k;
        while (from >= 2 && attachedHyphen(from - 1)) {
            from -= 2;
        }
        while (to + 2 < n && attachedHyphen(to + 1)) {
            to += 2;
        }
        return to > from
                && !lookup(text.substring(toks.get(from).start(), toks.get(to).end()))
                        .isEmpty();
    }

    boolean attachedHyphen(int h) {
        return toks.get(h).is("-")
                && toks.get(h - 1).end() == toks.get(h).start()
                && toks.get(h).end() == toks.get(h + 1).start()
                && toks.get(h - 1).isCapitalised()
                && toks.get(h + 1).isCapitalised();
    }

    boolean coordinatedWithUnknownName(int i, int end) {
        if ((i > 0 && toks.get(i - 1).is("&")) || (end < n && toks.get(end).is("&"))) {
            return true; // "Stevens & Wilkinson", "Johnson & Johnson": firms
        }
        if (i >= 2 && (toks.get(i - 1).is("and") || toks.get(i - 1).is("or"))) {
            int k = i - 2;
            if (toks.get(k).isCapitalised()
                    && isUnknownWord(k)
                    && !Lexicon.isCommonWord(toks.get(k).text())
                    && !hyphenatedNameKnown(k)
                    && !secondOfPairAfterLocative(i, end)) {
                return true; // but "between Sevare and Douentza": a pair of places the gazetteer half knows
            }
        }
        if (end + 1 < n && (toks.get(end).is("and") || toks.get(end).is("or"))) {
            int k = end + 1;
            return toks.get(k).isCapitalised()
                    && isUnknownWord(k)
                    && !Lexicon.isCommonWord(toks.get(k).text())
                    && !hyphenatedNameKnown(k)
                    && (k + 1 >= n || !toks.get(k + 1).isCapitalised());
        }
        return false;
    }

    boolean allCommon(int from, int end) {
        if (Lexicon.AREA_WORDS.contains(toks.get(end - 1).text().toLowerCase(Locale.ROOT))) {
            return false; // "Walker County", "Red River": a place type makes it a place name
        }
        if (SAINTS.contains(toks.get(from).text())
                || PLACE_HEADS.contains(toks.get(from).text())) {
            return false; // "Mount Pleasant", "Lake Forest", "Port Royal"
        }
        for (int k = from; k < end; k++) {
            Token t = toks.get(k);
            if (t.isCapitalised() && !Lexicon.isCommonWord(t.text()) && !Lexicon.NOT_NAMES.contains(t.text())) {
                return false;
            }
        }
        return true;
    }

    double bestImportance(List<Place> cands) {
        double best = 0;
        for (Place p : cands) {
            best = Math.max(best, Recogniser.importance(p));
        }
        return best;
    }

    boolean allCapsNeighbour(int i) {
        return (i + 1 < n && toks.get(i + 1).isAllCaps())
                || (i > 0 && toks.get(i - 1).isAllCaps())
                || (i + 1 < n && DATELINE_MARKS.contains(toks.get(i + 1).text()))
                || toks.get(i).gapNewline()
                || i == 0;
    }

    /** A capitalised word before the name, inside a sentence, that is neither a demonym nor a function word. */
    boolean partOfLongerName(int i) {
        if (i == 0) {
            return false;
        }
        Token prev = toks.get(i - 1);
        return prev.isCapitalised()
                && prev.isWord()
                && !prev.sentenceStart()
                && !prev.isAllCaps()
                && !prev.gapNewline()
                && !toks.get(i).gapNewline()
                && !Lexicon.FUNCTION_WORDS.contains(prev.text())
                && !Demonyms.isDemonym(prev.text());
    }

    /** "The Hague", "The Gambia": a capitalised "The" inside a town's or country's own preferred name. */
    boolean theIsPartOfName(int i, String key) {
        if (!toks.get(i).is("The")) {
            return false;
        }
        String normal = Names.normalise(key);
        return lookup(key).stream()
                .anyMatch(p -> (p.isPopulatedPlace() || p.isCountry())
                        && p.population() >= 50_000
                        && Names.normalise(p.name()).equals(normal));
    }

    List<Place> lookup(String key) {
        return cache.computeIfAbsent(key, k -> {
            String normal = Names.normalise(k);
            List<Place> c = normal.isEmpty() ? List.of() : index.candidates(k);
            // "Kan.", "Pa.": with its full stop an AP state abbreviation is the state, not a town called Kan
            if (c.isEmpty() || k.endsWith(".")) {
                Optional<Place> state = UsStates.byAbbreviation(k).flatMap(code -> index.admin1("US", code));
                if (state.isPresent()) {
                    return List.of(state.get());
                }
            }
            return c;
        });
    }
}
