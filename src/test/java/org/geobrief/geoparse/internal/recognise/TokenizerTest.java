package org.geobrief.geoparse.internal.recognise;

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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TokenizerTest {

    /** The regex the hand-written scanner replaced (issue 18), kept here as the reference. */
    private static final Pattern REGEX = Pattern.compile("\\p{Lu}\\.\\p{Lu}\\p{Ll}{1,3}\\."
            + "|(?:\\p{Lu}\\.){2,}+(?:\\p{Lu}\\b)?"
            + "|[\\p{L}\\p{M}][\\p{L}\\p{M}\\p{Nd}]*+(?:['’](?![sS]\\b)[\\p{L}\\p{M}\\p{Nd}]++)*+"
            + "|\\p{Nd}++(?:[.,:]\\p{Nd}++)*+"
            + "|\\S");

    /** Tokenizer.tokenize as it was with the regex: the same tokens, flags included, are expected. */
    private static List<Token> regexTokens(String text) {
        List<Token> out = new ArrayList<>();
        Matcher m = REGEX.matcher(text);
        boolean nextStartsSentence = true;
        int prevEnd = 0;
        int nextNewline = -1;
        while (m.find()) {
            int s = m.start(), e = m.end();
            String t = m.group();
            if (e < text.length() && text.charAt(e) == '.' && Tokenizer.ABBREVIATIONS.contains(t)) {
                e++;
                t = t + ".";
            }
            if (nextNewline < prevEnd) {
                nextNewline = text.indexOf('\n', prevEnd);
                if (nextNewline < 0) {
                    nextNewline = Integer.MAX_VALUE;
                }
            }
            boolean newline = nextNewline < s;
            boolean sentenceStart = nextStartsSentence || newline;
            Token tok = new Token(t, s, e, sentenceStart && Character.isLetter(t.codePointAt(0)), newline);
            out.add(tok);
            if (tok.isWord() || Character.isDigit(t.charAt(0))) {
                nextStartsSentence = false;
            } else if (t.equals(".") || t.equals("!") || t.equals("?") || t.equals(":") || t.equals("…")) {
                nextStartsSentence = true;
            } else if (newline) {
                nextStartsSentence = true;
            }
            prevEnd = e;
            if (e != m.end()) {
                m.region(e, text.length());
            }
        }
        return out;
    }

    private static List<String> texts(String text) {
        return Tokenizer.tokenize(text).stream().map(Token::text).toList();
    }

    @Test
    void splits_initialisms_abbreviations_possessives_and_numbers() {
        assertThat(texts("The U.S. and W.Va. said St. Louis's 1,200.5 troops left Nur-Sultan at 10:30."))
                .containsExactly(
                        "The", "U.S.", "and", "W.Va.", "said", "St.", "Louis", "'", "s", "1,200.5", "troops", "left",
                        "Nur", "-", "Sultan", "at", "10:30", ".");
        assertThat(texts("O'Brien’s U.S.A")).containsExactly("O'Brien", "’", "s", "U.S.A");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "   \t\n\u000B\f\r ",
                "U.S.A. U.S.A U.S.Army U.K. U.Ks A.B A. A.B.C.d W.Va. W.Vaaa. W.V. W.Va W.Va.x",
                "O'Brien's O'Brien’s dog's s's rock'n'roll x'y'z' 'quoted' ’tis it's_ x's1 x'S y'sé y's\u0301",
                "1.2.3 1.,2 1: 12:30:45. ١٢٣٤ ١٢,٣ 1٢ 1.٢ ..1 1. 1,",
                "Café naïve e\u0301tude \u0301mark Ⅻ ǅemal ʰmod 𝐀.𝐁.𝐂\u0301 𝐀.𝐁.𝐂 A.B.𝐂x 𝐖.𝐕𝐚. 😀 \uD800 x\uDC00y",
                "Gov.Sen. No. 5 Inc.. Mt.Everest ST. st. Jan.2 Sept.",
                "Line one\n“Quoted start.\n- bullet Item\n\nNext: a Word! why? yes… no",
                "A.B_ A.Bc A.B\u0301 A.B1 A.B- x_y x-y Ab12cd 12ab ab’’cd ab'' a''b",
            })
    void matches_the_regex_it_replaced(String text) {
        assertThat(Tokenizer.tokenize(text)).isEqualTo(regexTokens(text));
    }

    @Test
    void matches_the_regex_on_random_strings_of_tricky_characters() {
        String alphabet = "aAsSzZ019.,:'’ _-\n\u0301\u20DD\u0903é١ǅʰ𝐀😀…!?";
        int[] cps = alphabet.codePoints().toArray();
        Random random = new Random(18);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder b = new StringBuilder();
            int len = random.nextInt(16);
            for (int k = 0; k < len; k++) {
                b.appendCodePoint(cps[random.nextInt(cps.length)]);
            }
            String text = b.toString();
            assertThat(Tokenizer.tokenize(text)).as(text).isEqualTo(regexTokens(text));
        }
    }

    @Test
    void matches_the_regex_on_the_evaluation_corpora() throws IOException {
        for (String corpus : List.of("../shared/eval/lgl/lgl.xml", "../shared/eval/geowebnews/GWN.xml")) {
            Path path = Path.of(corpus);
            Assumptions.assumeTrue(Files.exists(path), "corpus not present");
            String xml = Files.readString(path);
            assertThat(Tokenizer.tokenize(xml)).isEqualTo(regexTokens(xml));
        }
    }
}
