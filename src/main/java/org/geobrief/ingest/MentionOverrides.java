package org.geobrief.ingest;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import org.geobrief.base.TextSpan;

/**
 * The user's corrections as the geoparser takes them: the place chosen for the mention at a span of the article text
 * (code points), or for every mention of a surface name ({@link #normalise normalised}). A span entry wins over a name
 * entry.
 */
public record MentionOverrides(Map<TextSpan, Long> bySpan, Map<String, Long> byName) {

    public static final MentionOverrides NONE = new MentionOverrides(Map.of(), Map.of());

    public MentionOverrides {
        bySpan = Map.copyOf(bySpan);
        byName = Map.copyOf(byName);
    }

    public boolean isEmpty() {
        return bySpan.isEmpty() && byName.isEmpty();
    }

    /** A surface name as corrections are keyed: lower case, without diacritics, single spaces. */
    public static String normalise(String surface) {
        String s = Normalizer.normalize(surface, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        return s.toLowerCase(Locale.ROOT).replaceAll("[\\s\\u00A0]+", " ").strip();
    }
}
