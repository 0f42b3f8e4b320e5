package org.geobrief.briefing.internal;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The one typeface of every picture and PDF: Liberation Sans Regular (SIL Open Font License 1.1), the TrueType
 * font that PDFBox ships inside its own jar for form fields. Using it needs no system font and no extra
 * dependency, and it covers Latin, Greek and Cyrillic ("Алматы"). It has no bold face: bold is drawn
 * algorithmically (Java2D) or by stroking the glyph outlines (PDF).
 */
public final class Fonts {

    /** Classpath location inside pdfbox-3.x.jar. */
    public static final String SANS_TTF = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

    private static final Font SANS = load();

    private Fonts() {}

    /** Opens the TTF; the caller closes the stream. */
    public static InputStream openSansTtf() {
        InputStream in = Fonts.class.getResourceAsStream(SANS_TTF);
        if (in == null) {
            throw new IllegalStateException("font missing from the classpath: " + SANS_TTF);
        }
        return in;
    }

    /** Liberation Sans at {@code size} pixels; {@code bold} is emboldened algorithmically by Java2D. */
    public static Font sans(float size, boolean bold) {
        return SANS.deriveFont(bold ? Font.BOLD : Font.PLAIN, size);
    }

    /** {@link #sans} when it has glyphs for all of {@code text}, else the JDK's logical sans-serif font. */
    public static Font sansFor(String text, float size, boolean bold) {
        Font f = sans(size, bold);
        return f.canDisplayUpTo(text) < 0 ? f : new Font(Font.SANS_SERIF, bold ? Font.BOLD : Font.PLAIN, (int) size);
    }

    private static Font load() {
        try (InputStream in = openSansTtf()) {
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (FontFormatException e) {
            throw new IllegalStateException(e);
        }
    }
}
