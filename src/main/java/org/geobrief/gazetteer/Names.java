package org.geobrief.gazetteer;

import java.text.Normalizer;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one normal form of place names that the gazetteer indexes and looks up: "Nur-Sultan", "NUR SULTAN" and
 * "Nur‑Sultan" (non-breaking hyphen) all become {@code "nur sultan"}; "Côte d'Ivoire" becomes
 * {@code "cote divoire"}; "Almatı" becomes {@code "almati"}.
 *
 * <p>Rules, in order: Unicode NFKD decomposition; combining marks removed; letters that do not decompose folded
 * (ø→o, æ→ae, œ→oe, ß→ss, ł→l, đ/ð→d, þ→th, dotless ı→i); lower case; apostrophes, modifier letters and periods
 * removed ("Ural'sk"→"uralsk", "U.S."→"us", "St. Louis"→"st louis"); every other character that is not a letter or
 * digit (hyphens, dashes, commas, slashes, spaces) becomes a single space; leading and trailing spaces dropped.
 *
 * <p>Spelling variants across transliterations (Zhanaozen / Janaozen, Kiev / Kyiv) are not folded by rule: they
 * are alternate names in the data.
 */
public final class Names {

    private Names() {}

    private static final Set<String> ARABIC_COUNTRIES = Set.of(
            "DZ", "BH", "KM", "DJ", "EG", "IQ", "JO", "KW", "LB", "LY", "MR", "MA", "OM", "PS", "QA", "SA", "SO", "SD",
            "SY", "TN", "AE", "YE", "EH");

    private static final Pattern ARABIC_ARTICLE = Pattern.compile(
            "^(?:al|el|ar|as|ad|an|at|az|ash|ath|adh)[\\s-]+(?<rest>\\p{L}[\\p{L}'’‘ʿ]{4,}(?:[\\s-]\\p{L}.*)?)$",
            Pattern.CASE_INSENSITIVE);

    /**
     * An Arabic place name without its article: GeoNames writes "Al Qāmishlī", "Ar Raqqah", while news writes
     * "Qamishli" and "Raqqah" as often as "al-Qamishli". For a populated place ({@code P}) or an administrative area
     * ({@code A}) of an Arabic-speaking country, the name without its leading article (al, el, ar, as, ad, an, at, az,
     * ash; then a space or a hyphen) when what remains starts with a word of five or more letters ("Al Had" gives
     * nothing); empty otherwise. The gazetteer indexes it as an alternate name.
     */
    public static Optional<String> withoutArabicArticle(String name, String countryCode, String featureClass) {
        if (!ARABIC_COUNTRIES.contains(countryCode) || !(featureClass.equals("P") || featureClass.equals("A"))) {
            return Optional.empty();
        }
        Matcher m = ARABIC_ARTICLE.matcher(name);
        return m.matches() ? Optional.of(m.group("rest")) : Optional.empty();
    }

    /** The normal form of {@code name}; empty when it holds no letter or digit. */
    public static String normalise(String name) {
        if (name == null || name.isEmpty()) {
            return "";
        }
        if (isPlainAscii(name)) {
            return expandAbbreviations(normaliseAscii(name));
        }
        String s = Normalizer.normalize(name, Normalizer.Form.NFKD);
        StringBuilder out = new StringBuilder(s.length());
        boolean pendingSpace = false;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            int type = Character.getType(cp);
            if (type == Character.NON_SPACING_MARK
                    || type == Character.COMBINING_SPACING_MARK
                    || type == Character.ENCLOSING_MARK
                    || type == Character.MODIFIER_LETTER
                    || type == Character.MODIFIER_SYMBOL
                    || type == Character.FORMAT) {
                continue; // accents, ʻokina, ʼ, soft hyphen, zero-width joiners
            }
            if (cp == '\'' || cp == '’' || cp == '‘' || cp == '`' || cp == '.' || cp == '´' || cp == '′') {
                continue;
            }
            String folded = fold(cp);
            if (folded != null) {
                if (pendingSpace && out.length() > 0) {
                    out.append(' ');
                }
                pendingSpace = false;
                out.append(folded);
            } else if (Character.isLetterOrDigit(cp)) {
                if (pendingSpace && out.length() > 0) {
                    out.append(' ');
                }
                pendingSpace = false;
                out.appendCodePoint(Character.toLowerCase(cp));
            } else {
                pendingSpace = true;
            }
        }
        return expandAbbreviations(out.toString());
    }

    /**
     * What the loop of {@link #normalise} makes of ASCII text, without its Unicode look-ups (most names are ASCII):
     * letters and digits in lower case, {@code ' . ` ^} dropped (an apostrophe, a period, the two ASCII modifier
     * symbols), any other run of characters one space between words.
     */
    static String normaliseAscii(String s) {
        StringBuilder out = new StringBuilder(s.length());
        boolean pendingSpace = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\'' || c == '.' || c == '`' || c == '^') {
                continue;
            }
            boolean lower = c >= 'a' && c <= 'z';
            boolean upper = c >= 'A' && c <= 'Z';
            if (lower || upper || (c >= '0' && c <= '9')) {
                if (pendingSpace && out.length() > 0) {
                    out.append(' ');
                }
                pendingSpace = false;
                out.append(upper ? (char) (c + ('a' - 'A')) : c);
            } else {
                pendingSpace = true;
            }
        }
        return out.toString();
    }

    /**
     * Spells out the abbreviations that start place names, so that "Mt. Pleasant", "Mt Pleasant" and "Mount
     * Pleasant" are one key: {@code mt} to mount, {@code ft} to fort, {@code st} to saint, {@code ste} to sainte,
     * wherever another word follows ("Port St. Lucie"); a final "St" stays (a street).
     */
    private static String expandAbbreviations(String s) {
        if (!(s.contains("mt ") || s.contains("ft ") || s.contains("st ") || s.contains("ste "))) {
            return s;
        }
        String[] words = s.split(" ");
        StringBuilder out = new StringBuilder(s.length() + 8);
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            if (i + 1 < words.length) {
                w = switch (w) {
                    case "mt" -> "mount";
                    case "ft" -> "fort";
                    case "st" -> "saint";
                    case "ste" -> "sainte";
                    default -> w;
                };
            }
            if (i > 0) {
                out.append(' ');
            }
            out.append(w);
        }
        return out.toString();
    }

    private static boolean isPlainAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    private static String fold(int cp) {
        return switch (cp) {
            case 'ø', 'Ø' -> "o";
            case 'æ', 'Æ' -> "ae";
            case 'œ', 'Œ' -> "oe";
            case 'ß' -> "ss";
            case 'ł', 'Ł' -> "l";
            case 'đ', 'Đ', 'ð', 'Ð' -> "d";
            case 'þ', 'Þ' -> "th";
            case 'ı' -> "i";
            case 'ħ', 'Ħ' -> "h";
            case 'ŧ', 'Ŧ' -> "t";
            default -> null;
        };
    }

    /** Number of space-separated tokens of a normalised name ("nur sultan" has 2). */
    public static int tokenCount(String normalised) {
        if (normalised.isEmpty()) {
            return 0;
        }
        int n = 1;
        for (int i = 0; i < normalised.length(); i++) {
            if (normalised.charAt(i) == ' ') {
                n++;
            }
        }
        return n;
    }
}
