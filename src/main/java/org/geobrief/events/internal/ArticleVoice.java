package org.geobrief.events.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether an article speaks in the writer's own voice: an opinion piece, a column or a personal essay ("I think ...",
 * "our city"), told by its first person outside quotations. Such an article reports news only where it dates it; its
 * undated events are the writer's argument, memories or examples.
 */
public final class ArticleVoice {

    private ArticleVoice() {}

    /** Quotations, straight or curly: what others say is no sign of the writer's voice. */
    private static final Pattern QUOTED = Pattern.compile("“[^”]{0,600}”|\"[^\"]{0,600}\"");

    /** Not "mine": in news it is a coal mine more often than the writer's ("an abandoned mine overflowed"). */
    private static final Pattern FIRST_SINGULAR = Pattern.compile("\\b(?:I|me|my|myself)\\b");

    private static final Pattern FIRST_PLURAL =
            Pattern.compile("\\b(?:we|our|ours|ourselves)\\b", Pattern.CASE_INSENSITIVE);

    private static final WordStartSearch FIRST_SINGULAR_SEARCH = WordStartSearch.of(FIRST_SINGULAR);

    private static final WordStartSearch FIRST_PLURAL_SEARCH = WordStartSearch.of(FIRST_PLURAL);

    /** First-person words outside quotations from which an article is the writer's own voice. */
    static final int SINGULAR_WORDS = 3;

    static final int PLURAL_WORDS = 6;

    /** True when {@code text} speaks in its writer's voice (first person outside quotations). */
    public static boolean personal(String text) {
        String own = withoutQuotations(text);
        return count(FIRST_SINGULAR_SEARCH.matches(own), SINGULAR_WORDS) >= SINGULAR_WORDS
                || count(FIRST_PLURAL_SEARCH.matches(own), PLURAL_WORDS) >= PLURAL_WORDS;
    }

    /**
     * {@code text} with each quotation replaced by one space, as {@code QUOTED.matcher(text).replaceAll(" ")} does. A
     * quotation begins with a quote char, so the pattern is tried only there (issue 18: {@code replaceAll} tried both
     * alternatives at every char of every article).
     */
    static String withoutQuotations(String text) {
        int n = text.length();
        int q = nextQuote(text, 0);
        if (q < 0) {
            return text;
        }
        Matcher m = QUOTED.matcher(text);
        StringBuilder out = null;
        int copied = 0;
        while (q >= 0) {
            m.region(q, n);
            if (m.lookingAt()) {
                if (out == null) {
                    out = new StringBuilder(n);
                }
                out.append(text, copied, q).append(' ');
                copied = m.end();
                q = nextQuote(text, copied);
            } else {
                q = nextQuote(text, q + 1);
            }
        }
        return out == null ? text : out.append(text, copied, n).toString();
    }

    /** The first straight or opening curly quote at or after {@code from}, or -1. */
    private static int nextQuote(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '“') {
                return i;
            }
        }
        return -1;
    }

    private static int count(WordStartSearch.Matches m, int enough) {
        int n = 0;
        while (n < enough && m.find()) {
            n++;
        }
        return n;
    }
}
