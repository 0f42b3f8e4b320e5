package org.geobrief.geoparse.internal.recognise;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Word lists of general English that tell place names from people and organisations. None of them lists places:
 * they hold titles, given names, organisation words and function words.
 */
final class Lexicon {

    /** Words before a person's name: "President Tokayev", "Mr. Smith". */
    static final Set<String> TITLES = words(
            """
            President Pres. Mr Mr. Mrs Mrs. Ms Ms. Dr Dr. Gov. Governor Sen. Senator Rep. Representative Gen.
            General Lt. Col. Colonel Sgt. Sergeant Capt. Captain Officer Deputy Judge Justice Mayor Minister
            Premier Chancellor Secretary Chairman Chairwoman Chief Coach Pastor Rev. Reverend Father Bishop
            Archbishop Prof. Professor King Queen Prince Princess Sheikh Emir Ambassador Commissioner
            Superintendent Trooper Detective Det. Sheriff Attorney Councilman Councilwoman Spokesman Spokeswoman
            Maj. Major Adm. Admiral Cpl. Pvt. Sir Lady Lord Dame Madam Uncle Aunt Saint Hon. Atty. Insp. Supt.
            Leader Dean Director Speaker Pope Patriarch Imam Rabbi Cardinal
            """);

    /**
     * Words ending an organisation's name whose place name does not locate anything ("Georgia Tech", "Paris
     * Hilton", "Nur Otan Party"): the whole name is refused.
     */
    static final Set<String> BRAND_SUFFIXES = words(
            """
            Tech Inc Inc. Corp Corp. Corporation Ltd Ltd. LLC Plc PLC Hilton Party Organization Organisation
            Airlines Airways Motors Holdings Bancorp Treaty Pact Accord Accords Convention Protocol Agreement
            Doctrine Syndrome Symphony Orchestra Philharmonic Ballet Cowboys Yankees Giants Lakers Rangers Bulls
            Knicks Braves Falcons Steelers Patriots Eagles Saints Rams Jets Packers Warriors Wizards Nuggets
            Pistons Celtics Dolphins Bears Lions Tigers Cubs Athletics Dodgers Mariners Titans Texans Jaguars
            Broncos Chiefs Raiders Chargers Seahawks Vikings Panthers Buccaneers Cardinals
            """);

    /**
     * Lower-case nouns after a name that make it an organisation's ("his Nur Otan party", "the Chevron company").
     */
    static final Set<String> ORG_NOUNS = words(
            """
            party movement bloc company corporation conglomerate firm airline carrier newspaper brand group holding
            bank insurer retailer franchise
            """);

    /** Words that start many sentences and headlines but never a place name on their own. */
    static final Set<String> NOT_NAMES = words(
            """
            The A An In On At Of For From To With By As And But Or If When While After Before Since During Under
            Over About Against Between Into Through This That These Those It Its He She They We I You His Her Their
            Our My Your There Here What Who Why How Where Which Some Many Most More All Any Each Every No Not One
            Two Three Also Yet So Then Now Today Yesterday Tomorrow Monday Tuesday Wednesday Thursday Friday
            Saturday Sunday January February March April May June July August September October November December
            Mr. Police Government State City County Town Village Street Road Avenue Church School College
            University Court Council Department Office Center Centre Hospital Park Lake River Bay Island Valley
            Mountain Beach Airport Station Bridge House Hall Home Club Team Board Committee Commission Agency
            Ministry Army Navy Senate Congress Parliament Republic Kingdom Union Federation Region Province
            District North South East West Northern Southern Eastern Western Central Upper Lower New Old Great
            Little Big Mount Saint St. Fort Port Cape Point Earth World Internet Web Online God Christ Christmas
            Easter Thanksgiving Halloween Ramadan Eid Please Thank Yes Well Even Just Only Still Because Although
            Though However Meanwhile Instead Despite According Across Among Around Near Outside Inside Without
            Within Along Until Last Next First Second Third Other Another Such Both Several Few Much Little Former
            Senior Junior Public National International Federal Local Global Foreign Interior Defense Defence
            Security Health Education Energy Water Fire Sheriff Mayor President Governor Minister Premier King
            Queen Prince General Officer Judge Chief Director Secretary Chairman Deputy Captain Read See Click
            Watch Follow Share Photo Video Image Source Copyright Update Updated Posted Published Comments Email
            Print Home News Sports Business Opinion Weather Obituaries Editorial Story Page
                        Gulf Northeast Northwest Southeast Southwest Midwest Superior Commerce Chamber Metro Jewish Christian
            Muslim Islamic Catholic Protestant Hispanic Latino Arab Arabic Black White Native Democrat Democrats
            Republican Republicans Democratic Congressional Mass Best Sun Moon Star Circuit Probate Magistrate Grand
            Royal Imperial Holy Our Nov. Miss Duma
""");

    /** Common words that are also place names: a place only after a place preposition ("in Reading"). */
    static final Set<String> COMMON_WORDS = words(
            """
            Victory Hope Liberty Unity Independence Freedom Peace Justice Progress Reading Mobile Nice Chance
            Enterprise Commerce Industry Friendship Harmony Opportunity Paradise Eden Bethlehem Goshen Canaan Sale
            Bath Bury Hull Deal Wells Split Mentor Normal Orange Buffalo Phoenix Temple Union Obama Trump Bush
            Kennedy Carter Johnson Wilson Hamilton Sherman Grant Lee Young Parker Morgan Taylor Harris Turner
            """);

    /** Words after a demonym that show it is used as a noun or language ("spoke French and Farsi"). */
    static final Set<String> NOT_AFTER_ADJECTIVE = words(
            """
            and or is was are were has had have said says who which that to in on at for from by with as than but
            nor
            """);

    /** Prepositions after which a capitalised name is most likely a place. */
    static final Set<String> PLACE_PREPOSITIONS = words(
            """
            in at near from to across outside around toward towards via into throughout through inside within
            between visited visit northern southern eastern western central downtown rural suburban of
            """);

    /** "and other towns", "and nearby villages": what may stand between a name and the class of places it is in. */
    static final Set<String> OTHER_PLACES = words(
            """
            other nearby surrounding neighbouring neighboring several many some two three four five
            """);

    /** Plural nouns of populated places and areas ("Qamishli and other towns"). */
    static final Set<String> PLACE_CLASS_NOUNS = words(
            """
            towns cities villages communities areas districts provinces regions settlements suburbs neighbourhoods
            neighborhoods localities counties states countries
            """);

    /** Lower-case words after a name that say it is an area: "Almaty region", "Laurel county". */
    static final Set<String> AREA_WORDS = words(
            """
            region province oblast district county parish state prefecture governorate city town village township
            borough area valley river sea lake island islands mountains desert gulf bay peninsula basin strait
            coast
            """);

    private static final Set<String> FIRST_NAMES = load("/geodata/names/first-names.txt", false);
    private static final Set<String> COMMON_LOWER = load("/geodata/names/common-words.txt.gz", true);

    /** Articles and prepositions that may start a gazetteer alternate name ("The Hague") but rarely a mention. */
    static final Set<String> FUNCTION_WORDS = words(
            """
            The A An In On At Of For From To With By And But Or This That These Those As If When While After Before
            His Her Its Their
            """);

    private Lexicon() {}

    /** An immutable set of the whitespace-separated words of {@code list}; repeats are harmless. */
    static Set<String> words(String list) {
        return Set.copyOf(java.util.Arrays.asList(list.strip().split("\\s+")));
    }

    static boolean isFirstName(String word) {
        return FIRST_NAMES.contains(word);
    }

    /** A common English word when written in lower case ("reading", "chamber", "turkey"). */
    static boolean isCommonWord(String word) {
        return COMMON_LOWER.contains(word.toLowerCase(java.util.Locale.ROOT));
    }

    static Set<String> load(String resource, boolean gzip) {
        Set<String> out = new HashSet<>();
        try (InputStream raw = Lexicon.class.getResourceAsStream(resource)) {
            if (raw == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            InputStream in = gzip ? new java.util.zip.GZIPInputStream(raw) : raw;
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    out.add(line.strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** Tab-separated pairs of a resource, first column to second. */
    static Map<String, String> loadPairs(String resource) {
        Map<String, String> out = new HashMap<>();
        try (InputStream in = Lexicon.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                String[] f = line.split("\t");
                if (f.length >= 2 && !line.startsWith("#")) {
                    out.put(f[0].strip(), f[1].strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
