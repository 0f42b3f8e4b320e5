package org.geobrief.events.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class ArticleVoiceTest {

    /** The replacement the quote-by-quote scan stands for: the reference. */
    private static final Pattern QUOTED = Pattern.compile("“[^”]{0,600}”|\"[^\"]{0,600}\"");

    private static final Pattern FIRST_SINGULAR = Pattern.compile("\\b(?:I|me|my|myself)\\b");

    private static final Pattern FIRST_PLURAL =
            Pattern.compile("\\b(?:we|our|ours|ourselves)\\b", Pattern.CASE_INSENSITIVE);

    /** The voice test as it was written with {@code replaceAll} and {@code Matcher.find}. */
    private static boolean personalByRegex(String text) {
        String own = QUOTED.matcher(text).replaceAll(" ");
        return count(FIRST_SINGULAR.matcher(own), 3) >= 3 || count(FIRST_PLURAL.matcher(own), 6) >= 6;
    }

    private static int count(Matcher m, int enough) {
        int n = 0;
        while (n < enough && m.find()) {
            n++;
        }
        return n;
    }

    @Test
    void quotations_become_one_space_each() {
        assertThat(ArticleVoice.withoutQuotations("He said “we will win” and \"I agree\" today."))
                .isEqualTo("He said   and   today.");
        assertThat(ArticleVoice.withoutQuotations("no quotes here")).isEqualTo("no quotes here");
        assertThat(ArticleVoice.withoutQuotations("an “open quote that never ends"))
                .isEqualTo("an “open quote that never ends");
        assertThat(ArticleVoice.withoutQuotations("\"\"\"")).isEqualTo(" \"");
        assertThat(ArticleVoice.withoutQuotations("“" + "x".repeat(601) + "”"))
                .as("longer than a quotation")
                .isEqualTo("“" + "x".repeat(601) + "”");
    }

    @Test
    void first_person_outside_quotations_is_the_writers_voice() {
        assertThat(ArticleVoice.personal("I think my town and I deserve better."))
                .isTrue();
        assertThat(ArticleVoice.personal("“I think my town and I deserve better,” she said."))
                .isFalse();
        assertThat(ArticleVoice.personal("Imagine: Ian might mind.")).isFalse();
    }

    @Test
    void same_as_the_regex_on_random_text() {
        String[] parts = {
            "I",
            "i",
            "me",
            "my",
            "mine",
            "myself",
            "We",
            "our",
            "OURS",
            "ourselves",
            "Ian",
            "mye",
            " ",
            "  ",
            "\"",
            "“",
            "”",
            "'",
            "-",
            "é",
            "\u0301",
            "_",
            "1",
            ".",
            "\n",
            "x".repeat(300),
            "ı"
        };
        Random random = new Random(18);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder b = new StringBuilder();
            int len = random.nextInt(40);
            for (int k = 0; k < len; k++) {
                b.append(parts[random.nextInt(parts.length)]);
            }
            String text = b.toString();
            assertThat(ArticleVoice.withoutQuotations(text))
                    .as(text)
                    .isEqualTo(QUOTED.matcher(text).replaceAll(" "));
            assertThat(ArticleVoice.personal(text)).as(text).isEqualTo(personalByRegex(text));
        }
    }

    @Test
    void same_as_the_regex_on_the_corpora() throws IOException {
        List<String> texts = new ArrayList<>();
        // LGL only before position 86 (the later articles are a blind set for event work), GeoWebNews whole
        texts.addAll(articles("../shared/eval/lgl/lgl.xml", 86));
        texts.addAll(articles("../shared/eval/geowebnews/GWN.xml", Integer.MAX_VALUE));
        assertThat(texts).hasSizeGreaterThan(200);
        int personal = 0;
        for (String text : texts) {
            assertThat(ArticleVoice.withoutQuotations(text))
                    .isEqualTo(QUOTED.matcher(text).replaceAll(" "));
            boolean expected = personalByRegex(text);
            assertThat(ArticleVoice.personal(text)).isEqualTo(expected);
            personal += expected ? 1 : 0;
        }
        assertThat(personal).as("articles in their writer's voice").isPositive();
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
