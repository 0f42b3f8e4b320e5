package org.geobrief.briefing.internal;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDBorderStyleDictionary;
import org.apache.pdfbox.util.Matrix;
import org.geobrief.briefing.BriefingContext;
import org.geobrief.events.GeoEvent;

/**
 * The briefing as a PDF (PDFBox 3), one 960 x 540 pt landscape page per slide. Text is set in Liberation Sans,
 * embedded as a subset (Type 0 / Identity-H), so the file shows the same everywhere and holds Cyrillic names;
 * characters the font lacks print as '?'. Bold is the outline stroked as well as filled, italic a 12 degree
 * slant. Source links are clickable.
 */
public final class PdfBriefing {

    private PdfBriefing() {}

    public static void write(List<GeoEvent> events, BriefingContext ctx, OutputStream out) throws IOException {
        Deck deck = Deck.of(events, ctx);
        try (PDDocument doc = new PDDocument();
                InputStream ttf = Fonts.openSansTtf()) {
            PDType0Font font = PDType0Font.load(doc, ttf, true);
            Writer w = new Writer(doc, font);
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle(deck.title());
            info.setSubject(deck.filterSummary());
            info.setCreator("GeoBrief");
            w.titleSlide(deck);
            w.pictureSlide("Map of events", deck.map());
            w.pictureSlide("Timeline", deck.chart());
            for (Deck.KeySlide k : deck.keyEvents()) {
                w.keySlide(k);
            }
            List<EventText.Citation> cs = deck.citations();
            for (int from = 0; from < cs.size(); from += Deck.SOURCES_PER_SLIDE) {
                w.sourcesSlide(cs.subList(from, Math.min(cs.size(), from + Deck.SOURCES_PER_SLIDE)), from, cs.size());
            }
            doc.save(out);
        }
    }

    private static final class Writer {
        static final Color INK = new Color(0x1E2A38);
        static final Color MUTED = new Color(0x5F6B78);
        static final Color ACCENT = new Color(0x1F77B4);
        static final float M = Deck.MARGIN;

        final PDDocument doc;
        final PDType0Font font;
        final Map<Integer, Boolean> encodable = new HashMap<>();
        PDPage page;
        PDPageContentStream cs;

        Writer(PDDocument doc, PDType0Font font) {
            this.doc = doc;
            this.font = font;
        }

        void newPage() throws IOException {
            if (cs != null) {
                cs.close();
            }
            page = new PDPage(new PDRectangle(Deck.WIDTH, Deck.HEIGHT));
            doc.addPage(page);
            cs = new PDPageContentStream(doc, page);
        }

        void titleSlide(Deck d) throws IOException {
            newPage();
            fillRect(0, 0, Deck.WIDTH, Deck.HEIGHT, new Color(0xF4F6F8));
            fillRect(0, 300, Deck.WIDTH, 8, ACCENT);
            List<String> title = Deck.wrap(d.title(), 40, true, Deck.WIDTH - 2 * M);
            float y = 330 + (Math.min(title.size(), 4) - 1) * 46;
            for (String line : title.subList(0, Math.min(title.size(), 4))) {
                text(line, M, y, 40, true, false, INK);
                y -= 46;
            }
            text(d.dateRange(), M, 250, 26, false, false, INK);
            y = 205;
            for (String line : Deck.wrap(d.filterSummary(), 18, false, Deck.WIDTH - 2 * M)) {
                text(line, M, y, 18, false, false, MUTED);
                y -= 24;
            }
            text(d.footer(), M, 40, 14, false, false, MUTED);
            cs.close();
            cs = null;
        }

        void pictureSlide(String heading, BufferedImage picture) throws IOException {
            newPage();
            text(heading, M, Deck.HEIGHT - 46, 26, true, false, INK);
            PDImageXObject img = LosslessFactory.createFromImage(doc, picture);
            float boxW = Deck.WIDTH - 2 * M + 16, boxH = Deck.HEIGHT - 80;
            float scale = Math.min(boxW / img.getWidth(), boxH / img.getHeight());
            float w = img.getWidth() * scale, h = img.getHeight() * scale;
            cs.drawImage(img, (Deck.WIDTH - w) / 2, (Deck.HEIGHT - 66 - h) / 2 + 4, w, h);
            cs.close();
            cs = null;
        }

        void keySlide(Deck.KeySlide k) throws IOException {
            newPage();
            float textW = k.locator() == null ? Deck.WIDTH - 2 * M : 560;
            float y = Deck.HEIGHT - 50;
            for (String line : Deck.wrap(k.heading(), 24, true, textW)) {
                text(line, M, y, 24, true, false, INK);
                y -= 29;
            }
            y -= 2;
            for (String line : Deck.wrap(k.facts(), 14, false, textW)) {
                text(line, M, y, 14, false, false, MUTED);
                y -= 18;
            }
            y -= 14;
            for (Deck.Quote q : k.quotes()) {
                List<String> lines = Deck.wrap(q.sentence(), 16, false, textW - 14);
                if (y - lines.size() * 21 - 40 < 30) {
                    break;
                }
                fillRect(M, y - lines.size() * 21 + 14, 3, lines.size() * 21, ACCENT);
                for (String line : lines) {
                    text(line, M + 14, y, 16, false, true, INK);
                    y -= 21;
                }
                y -= 2;
                text(q.attribution(), M + 14, y, 12, false, false, MUTED);
                y -= 16;
                if (q.url() != null && !q.url().isBlank()) {
                    String url = Deck.wrap(q.url(), 11, false, textW - 14).get(0);
                    text(url, M + 14, y, 11, false, false, ACCENT);
                    link(q.url(), M + 14, y - 3, (float) Deck.width(url, 11, false), 14);
                    y -= 16;
                }
                y -= 12;
            }
            if (k.locator() != null) {
                PDImageXObject img = LosslessFactory.createFromImage(doc, k.locator());
                float w = Deck.WIDTH - M - 560 - M - 20, h = w * img.getHeight() / img.getWidth();
                cs.drawImage(img, Deck.WIDTH - M - w, Deck.HEIGHT - 50 - h + 20, w, h);
            }
            cs.close();
            cs = null;
        }

        void sourcesSlide(List<EventText.Citation> rows, int first, int total) throws IOException {
            newPage();
            String heading = total > Deck.SOURCES_PER_SLIDE
                    ? "Sources (" + (first + 1) + "\u2013" + (first + rows.size()) + " of " + total + ")"
                    : "Sources";
            text(heading, M, Deck.HEIGHT - 46, 26, true, false, INK);
            float y = Deck.HEIGHT - 86;
            int n = first + 1;
            for (EventText.Citation c : rows) {
                String label = n++ + ". " + c.label();
                text(Deck.wrap(label, 13, false, Deck.WIDTH - 2 * M).get(0), M, y, 13, false, false, INK);
                y -= 15;
                if (c.meta().url() != null && !c.meta().url().isBlank()) {
                    String url = Deck.wrap(c.meta().url(), 10, false, Deck.WIDTH - 2 * M - 18)
                            .get(0);
                    text(url, M + 18, y, 10, false, false, ACCENT);
                    link(c.meta().url(), M + 18, y - 3, (float) Deck.width(url, 10, false), 12);
                }
                y -= 20;
            }
            cs.close();
            cs = null;
        }

        void text(String s, float x, float y, float size, boolean bold, boolean italic, Color color)
                throws IOException {
            cs.beginText();
            cs.setFont(font, size);
            cs.setNonStrokingColor(color);
            if (bold) {
                cs.setStrokingColor(color);
                cs.setLineWidth(size * 0.03f);
                cs.setRenderingMode(RenderingMode.FILL_STROKE);
            } else {
                cs.setRenderingMode(RenderingMode.FILL);
            }
            cs.setTextMatrix(italic ? new Matrix(1, 0, 0.21f, 1, x, y) : Matrix.getTranslateInstance(x, y));
            cs.showText(encodable(s));
            cs.endText();
        }

        void fillRect(float x, float y, float w, float h, Color color) throws IOException {
            cs.setNonStrokingColor(color);
            cs.addRect(x, y, w, h);
            cs.fill();
        }

        void link(String url, float x, float y, float w, float h) throws IOException {
            if (!url.matches("(?i)https?://\\S+")) {
                return;
            }
            PDAnnotationLink link = new PDAnnotationLink();
            link.setRectangle(new PDRectangle(x, y, w, h));
            PDBorderStyleDictionary border = new PDBorderStyleDictionary();
            border.setWidth(0);
            link.setBorderStyle(border);
            PDActionURI action = new PDActionURI();
            action.setURI(url);
            link.setAction(action);
            page.getAnnotations().add(link);
        }

        /** {@code s} with every character the font cannot show replaced by '?'. */
        String encodable(String s) {
            StringBuilder b = new StringBuilder(s.length());
            s.codePoints().forEach(cp -> {
                boolean ok = encodable.computeIfAbsent(cp, c -> {
                    try {
                        font.encode(new String(Character.toChars(c)));
                        return !Character.isISOControl(c);
                    } catch (IllegalArgumentException | IOException e) {
                        return false;
                    }
                });
                b.append(ok ? new String(Character.toChars(cp)) : "?");
            });
            return b.toString();
        }
    }
}
