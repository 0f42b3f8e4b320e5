package org.geobrief.events.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class WordStartSearchTest {

    private static List<String> starts(String regex, int flags) {
        return WordStartSearch.literalStarts(Pattern.compile(regex, flags));
    }

    private static List<String> found(WordStartSearch search, String text) {
        List<String> out = new ArrayList<>();
        for (int[] m : search.all(text)) {
            out.add(m[0] + ":" + text.substring(m[0], m[1]));
        }
        return out;
    }

    /** What {@code Matcher.find()} finds: the reference. */
    private static List<String> regexFound(Pattern pattern, String text) {
        List<String> out = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            out.add(m.start() + ":" + m.group());
        }
        return out;
    }

    @Test
    void a_word_boundary_before_literal_alternatives_anchors_the_search_at_their_first_two_chars() {
        assertThat(starts("\\b(?:Dodge|Ford|VW)\\s+", 0)).containsExactly("Do", "Fo", "VW");
        assertThat(starts("\\b(?:urg\\w+|call\\w*\\s+for|if|right\\s+to)\\b", 0))
                .containsExactly("ur", "ca", "if", "ri");
        assertThat(starts("\\bcaus(?:ed|es)\\s+to$", Pattern.CASE_INSENSITIVE)).containsExactly("ca");
        assertThat(starts("\\b(?<prep>in|at)\\s+", 0)).containsExactly("in", "at");
        assertThat(starts("\\b(?:a|bc)|\\b(?:de)\\s", 0)).containsExactly("a", "bc", "de");
        assertThat(starts("\\b(?:protest(?:s|ed)?|ab?c|x+y)", 0)).containsExactly("pr", "a", "x");
        assertThat(starts("\\b(?:no|(?<!\\b(?:due|led)\\s)to)\\s", 0)).containsExactly("no", "to");
    }

    @Test
    void with_unicode_case_a_letter_also_begins_a_match_at_the_chars_folding_to_it() {
        WordStartSearch s = WordStartSearch.compile(
                "\\b(?:kelvin|statistics|in\\s+it)\\b", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        assertThat(s.anchored()).isTrue();
        for (String text :
                List.of("\u212Aelvin KELVIN", "ſtatistics STATIſTICS", "İn it ın ıt", "xſtatistics", "\u212A", "ſ")) {
            assertThat(found(s, text)).as(text).isEqualTo(regexFound(s.pattern(), text));
        }
        assertThat(found(s, "\u212Aelvin and ſtatistics")).containsExactly("0:\u212Aelvin", "11:ſtatistics");
    }

    @Test
    void patterns_searched_in_one_text_share_its_word_starts_and_keep_their_own_place() {
        WordStartSearch may = WordStartSearch.compile("\\b(?:may|could)\\b", Pattern.CASE_INSENSITIVE);
        WordStartSearch rain = WordStartSearch.compile("\\brain\\b");
        String text = "It may rain, it could rain";
        WordStartSearch.Matches a = may.matches(text);
        WordStartSearch.Matches b = rain.matches(text);
        assertThat(a.find()).isTrue();
        assertThat(b.find()).isTrue();
        assertThat(rain.find("no rain here")).isTrue(); // another text between the searches of the first
        assertThat(a.find()).isTrue();
        assertThat(a.start()).isEqualTo(16);
        assertThat(b.find()).isTrue();
        assertThat(b.start()).isEqualTo(22);
        assertThat(a.find()).isFalse();
        StringBuilder changing = new StringBuilder("may");
        assertThat(may.find(changing)).isTrue();
        changing.replace(0, 3, "rain");
        assertThat(may.find(changing)).isFalse();
    }

    @Test
    void any_other_form_is_searched_as_usual() {
        assertThat(starts("\\b(?:the\\s+)?town", 0)).isNull(); // the group may be left out
        assertThat(starts("\\s(?:could|may)\\s", 0)).isNull(); // no word boundary first
        assertThat(starts("\\b(?:'ll|will)\\s", 0)).isNull(); // an alternative begins with no word char
        assertThat(starts("\\b(?:(?:x)to|no)\\s", 0)).isNull(); // an alternative begins with a group
        assertThat(starts("\\b(?:(?<!x)?to|no)\\s", 0)).isNull();
        assertThat(starts("\\bx|y", 0)).isNull(); // a branch without a word boundary
        WordStartSearch plain = WordStartSearch.compile("\\s(?:could|may)\\s");
        assertThat(plain.anchored()).isFalse();
        assertThat(found(plain, "it may rain")).containsExactly("2: may ");
    }

    @Test
    void finds_what_find_finds_at_the_edges_of_words() {
        WordStartSearch s = WordStartSearch.compile("\\b(?:may|could)\\b", Pattern.CASE_INSENSITIVE);
        assertThat(s.anchored()).isTrue();
        for (String text : List.of(
                "May may MAY", "dismay may_be may", "émay Émay éMay", "x\u0301may may", "1may 2 may", "", "m", "may")) {
            assertThat(found(s, text)).as(text).isEqualTo(regexFound(s.pattern(), text));
        }
        assertThat(found(s, "It may, or could, rain")).containsExactly("3:may", "11:could");
        assertThat(s.matches("may may may", 1).find()).isTrue();
        WordStartSearch.Matches from = s.matches("may may", 1); // as Matcher.find(1): the word boundary sees "m"
        assertThat(from.find()).isTrue();
        assertThat(from.start()).isEqualTo(4);
    }

    @Test
    void every_trigger_pattern_is_anchored() {
        assertThat(TriggerLexicon.searches()).allMatch(WordStartSearch::anchored);
    }

    /** Every pattern of the events packages (static fields) and every trigger pattern. */
    private static Map<String, WordStartSearch> allPatterns() throws IOException, ReflectiveOperationException {
        Map<String, WordStartSearch> all = new LinkedHashMap<>();
        for (String pkg : List.of("org.geobrief.events.internal", "org.geobrief.events")) {
            for (Class<?> type : classes(pkg)) {
                for (Field f : type.getDeclaredFields()) {
                    if (Modifier.isStatic(f.getModifiers()) && f.getType() == Pattern.class) {
                        f.setAccessible(true);
                        all.put(type.getSimpleName() + "." + f.getName(), WordStartSearch.of((Pattern) f.get(null)));
                    }
                }
            }
        }
        List<WordStartSearch> triggers = TriggerLexicon.searches();
        for (int i = 0; i < triggers.size(); i++) {
            all.put("trigger " + i + " " + triggers.get(i).pattern(), triggers.get(i));
        }
        return all;
    }

    private static List<Class<?>> classes(String pkg) throws IOException, ClassNotFoundException {
        // the main classes' folder: the class loader's first folder for the package may be the tests' (test-classes
        // comes first on the test class path), whose patterns are not the ones searched
        Path dir;
        try {
            dir = Path.of(WordStartSearch.class
                            .getProtectionDomain()
                            .getCodeSource()
                            .getLocation()
                            .toURI())
                    .resolve(pkg.replace('.', '/'));
        } catch (URISyntaxException | NullPointerException e) {
            dir = Path.of("target/classes", pkg.replace('.', '/'));
        }
        List<Class<?>> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.sorted().toList()) {
                String name = f.getFileName().toString();
                if (name.endsWith(".class")) {
                    out.add(Class.forName(pkg + "." + name.substring(0, name.length() - ".class".length())));
                }
            }
        }
        return out;
    }

    @Test
    void finds_exactly_what_each_pattern_finds_on_random_text() throws Exception {
        Map<String, WordStartSearch> all = allPatterns();
        assertThat(all).hasSizeGreaterThan(150);
        String[] separators = {
            " ", "  ", "-", ",", "'", "’", "_", "é", "É", "\u0301", "\n", ".", "1", "ı", "K", ";", "ſ", "İ", "\u212A"
        };
        Random random = new Random(18);
        int anchored = 0;
        for (Map.Entry<String, WordStartSearch> e : all.entrySet()) {
            WordStartSearch search = e.getValue();
            anchored += search.anchored() ? 1 : 0;
            // words the pattern spells, in changing case, among tricky separators
            String[] words = e.getValue().pattern().pattern().split("[^A-Za-z]+");
            if (words.length == 0) {
                words = new String[] {""}; // a pattern without letters (quotations): separators only
            }
            for (int i = 0; i < 300; i++) {
                StringBuilder b = new StringBuilder();
                int len = random.nextInt(12);
                for (int k = 0; k < len; k++) {
                    if (random.nextInt(3) == 0) {
                        b.append(separators[random.nextInt(separators.length)]);
                    } else {
                        String w = words[random.nextInt(words.length)];
                        b.append(
                                switch (random.nextInt(4)) {
                                    case 0 -> w.toUpperCase(java.util.Locale.ROOT);
                                    case 1 -> w.isEmpty() ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1);
                                    default -> w;
                                });
                        if (random.nextBoolean()) {
                            b.append(' ');
                        }
                    }
                }
                String text = b.toString();
                assertThat(found(search, text))
                        .as(e.getKey() + " on \"" + text + "\"")
                        .isEqualTo(regexFound(search.pattern(), text));
            }
        }
        assertThat(anchored).as("anchored patterns").isGreaterThan(100);
    }

    @Test
    void finds_exactly_what_each_pattern_finds_on_the_corpora() throws Exception {
        List<String> texts = new ArrayList<>();
        // LGL only before position 86 (the later articles are a blind set for event work), GeoWebNews whole
        texts.addAll(articles("../shared/eval/lgl/lgl.xml", 86));
        texts.addAll(articles("../shared/eval/geowebnews/GWN.xml", Integer.MAX_VALUE));
        List<String> pieces = new ArrayList<>();
        for (String text : texts) {
            pieces.add(text);
            // what the cue and hedge patterns see: the 60 chars before a word, the sentence's rest after it
            for (int i = 1; i < text.length(); i += 53) {
                pieces.add(text.substring(Math.max(0, i - 60), i));
                pieces.add(text.substring(i, Math.min(text.length(), i + 60)));
            }
        }
        for (Map.Entry<String, WordStartSearch> e : allPatterns().entrySet()) {
            for (String piece : pieces) {
                List<String> expected = regexFound(e.getValue().pattern(), piece);
                List<String> actual = found(e.getValue(), piece);
                if (!actual.equals(expected)) {
                    assertThat(actual).as(e.getKey() + " on \"" + piece + "\"").isEqualTo(expected);
                }
            }
        }
    }

    private static List<String> articles(String corpus, int limit) throws IOException {
        Path path = Path.of(corpus);
        Assumptions.assumeTrue(Files.exists(path), "corpus not present");
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile("<text>(.*?)</text>", Pattern.DOTALL).matcher(Files.readString(path));
        while (m.find() && out.size() < limit) {
            out.add(m.group(1)
                    .replace("&lt;", "<")
                    .replace("&gt;", ">")
                    .replace("&quot;", "\"")
                    .replace("&apos;", "'")
                    .replace("&amp;", "&"));
        }
        return out;
    }
}
