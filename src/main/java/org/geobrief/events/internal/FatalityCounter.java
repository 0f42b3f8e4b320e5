package org.geobrief.events.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.geobrief.base.NumberWords;

/**
 * Deaths a sentence states as a number: "killing at least one person" is 1, "eight officials died" 8, "a death toll
 * of 12" 12. Vague counts ("dozens", "scores", "tens of") state none.
 */
public final class FatalityCounter {

    private static final String NUM =
            "(?<n>\\d{1,3}(?:,\\d{3})*|one|two|three|four|five|six|seven|eight|nine|ten|eleven"
                    + "|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty"
                    + "|seventy|eighty|ninety|a\\s+hundred)";
    private static final String QUAL =
            "(?:(?:at\\s+least|more\\s+than|over|some|about|around|nearly|almost|up\\s+to|an\\s+estimated)\\s+)?";
    private static final Pattern[] PATTERNS = {
        Pattern.compile("\\bkill(?:ed|ing|s)?\\s+" + QUAL + NUM + "\\b(?!\\s*(?:%|percent))", Pattern.CASE_INSENSITIVE),
        Pattern.compile("\\bleaving\\s+" + QUAL + NUM + "\\s+(?:[\\w-]+\\s+){0,2}dead\\b", Pattern.CASE_INSENSITIVE),
        Pattern.compile(
                "(?<!(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\\.?\\s)\\b" + NUM
                        + "(?!\\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\\b)" // "6 March 2024 –"
                        + "\\s+(?:(?!(?:that|they|he|she|we|it|who|which|and|but|when)\\b)[\\w-]+\\s+){0,4}?(?:(?:were|have\\s+been|had\\s+been|was|are|have|had)\\s+)?"
                        + "(?:killed|dead|died|perished|lost\\s+their\\s+lives)\\b",
                Pattern.CASE_INSENSITIVE),
        Pattern.compile(
                "\\bdeath\\s+toll\\s+(?:\\w+\\s+){0,3}?(?:to|of|at|reached)\\s+" + QUAL + NUM + "\\b",
                Pattern.CASE_INSENSITIVE),
    };

    /**
     * Words one of which every pattern needs (ASCII case-insensitive, as the patterns): "kill", "dead", "died",
     * "perished", "lost their lives", "death toll". Most sentences hold none, and then no pattern is searched.
     */
    private static final String[] NEEDS_ONE_OF = {"kill", "dead", "died", "perished", "lost", "death"};

    /** The largest number of deaths stated, or null. */
    public Integer count(String sentence) {
        if (!AsciiText.containsAny(sentence, NEEDS_ONE_OF)) {
            return null;
        }
        Integer max = null;
        for (Pattern p : PATTERNS) {
            Matcher m = p.matcher(sentence);
            while (m.find()) {
                int v = NumberWords.value(m.group("n"));
                if (max == null || v > max) {
                    max = v;
                }
            }
        }
        return max;
    }
}
