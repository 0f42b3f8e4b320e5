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

    /** First-person words outside quotations from which an article is the writer's own voice. */
    static final int SINGULAR_WORDS = 3;

    static final int PLURAL_WORDS = 6;

    /** True when {@code text} speaks in its writer's voice (first person outside quotations). */
    public static boolean personal(String text) {
        String own = QUOTED.matcher(text).replaceAll(" ");
        return count(FIRST_SINGULAR.matcher(own), SINGULAR_WORDS) >= SINGULAR_WORDS
                || count(FIRST_PLURAL.matcher(own), PLURAL_WORDS) >= PLURAL_WORDS;
    }

    private static int count(Matcher m, int enough) {
        int n = 0;
        while (n < enough && m.find()) {
            n++;
        }
        return n;
    }
}
