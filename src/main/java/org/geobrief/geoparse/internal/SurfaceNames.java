package org.geobrief.geoparse.internal;

import java.text.Normalizer;
import java.util.Locale;

/** The key under which a surface name is compared within a document: no case, accents or punctuation. */
public final class SurfaceNames {

    private SurfaceNames() {}

    /** {@code "Nur-Sultan’s" -> "nur sultan s"}, {@code "Almaty" -> "almaty"}, {@code "São Paulo" -> "sao paulo"}. */
    public static String normalise(String name) {
        String d = Normalizer.normalize(name, Normalizer.Form.NFKD).toLowerCase(Locale.ROOT);
        StringBuilder b = new StringBuilder(d.length());
        boolean space = false;
        for (int i = 0; i < d.length(); i++) {
            char c = d.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            if (Character.isLetterOrDigit(c)) {
                if (space && b.length() > 0) {
                    b.append(' ');
                }
                b.append(c);
                space = false;
            } else if (c != '.') {
                space = true;
            }
        }
        return b.toString();
    }
}
