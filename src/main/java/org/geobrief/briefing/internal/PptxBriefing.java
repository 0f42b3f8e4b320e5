package org.geobrief.briefing.internal;

import java.awt.Color;
import java.awt.Dimension;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.poi.sl.usermodel.PictureData;
import org.apache.poi.sl.usermodel.ShapeType;
import org.apache.poi.sl.usermodel.VerticalAlignment;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFAutoShape;
import org.apache.poi.xslf.usermodel.XSLFPictureData;
import org.apache.poi.xslf.usermodel.XSLFPictureShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextBox;
import org.apache.poi.xslf.usermodel.XSLFTextParagraph;
import org.apache.poi.xslf.usermodel.XSLFTextRun;
import org.geobrief.briefing.BriefingContext;
import org.geobrief.events.GeoEvent;

/**
 * The briefing as a PowerPoint deck (Apache POI XSLF), 16:9, the same slides as the PDF. Text is set in Arial,
 * which PowerPoint has and LibreOffice maps to Liberation Sans, the font the layout was measured with. Fonts
 * are not embedded in the PPTX (POI cannot); the pictures carry their own lettering.
 */
public final class PptxBriefing {

    private static final String FONT = "Arial";
    private static final Color INK = new Color(0x1E2A38);
    private static final Color MUTED = new Color(0x5F6B78);
    private static final Color ACCENT = new Color(0x1F77B4);
    private static final double M = Deck.MARGIN;

    private PptxBriefing() {}

    public static void write(List<GeoEvent> events, BriefingContext ctx, OutputStream out) throws IOException {
        Deck deck = Deck.of(events, ctx);
        try (XMLSlideShow ppt = new XMLSlideShow()) {
            ppt.setPageSize(new Dimension((int) Deck.WIDTH, (int) Deck.HEIGHT));
            titleSlide(ppt, deck);
            pictureSlide(ppt, "Map of events", SlideImages.png(deck.map()));
            pictureSlide(ppt, "Timeline", SlideImages.png(deck.chart()));
            for (Deck.KeySlide k : deck.keyEvents()) {
                keySlide(ppt, k);
            }
            List<EventText.Citation> cs = deck.citations();
            for (int from = 0; from < cs.size(); from += Deck.SOURCES_PER_SLIDE) {
                sourcesSlide(
                        ppt, cs.subList(from, Math.min(cs.size(), from + Deck.SOURCES_PER_SLIDE)), from, cs.size());
            }
            ppt.write(out);
        }
    }

    private static void titleSlide(XMLSlideShow ppt, Deck d) {
        XSLFSlide slide = ppt.createSlide();
        XSLFAutoShape background = slide.createAutoShape(); // a shape, not the background: that is the master's
        background.setShapeType(ShapeType.RECT);
        background.setAnchor(new Rectangle2D.Double(0, 0, Deck.WIDTH, Deck.HEIGHT));
        background.setFillColor(new Color(0xF4F6F8));
        background.setLineColor(null);
        XSLFAutoShape band = slide.createAutoShape();
        band.setShapeType(ShapeType.RECT);
        band.setAnchor(new Rectangle2D.Double(0, 232, Deck.WIDTH, 8));
        band.setFillColor(ACCENT);
        band.setLineColor(null);
        XSLFTextBox title = box(slide, M, 60, Deck.WIDTH - 2 * M, 165);
        title.setVerticalAlignment(VerticalAlignment.BOTTOM);
        run(title.addNewTextParagraph(), d.title(), 40, true, false, INK);
        XSLFTextBox sub = box(slide, M, 262, Deck.WIDTH - 2 * M, 200);
        run(sub.addNewTextParagraph(), d.dateRange(), 26, false, false, INK);
        if (!d.filterSummary().isEmpty()) {
            XSLFTextParagraph p = sub.addNewTextParagraph();
            p.setSpaceBefore(12.0);
            run(p, d.filterSummary(), 18, false, false, MUTED);
        }
        run(
                box(slide, M, Deck.HEIGHT - 60, Deck.WIDTH - 2 * M, 30).addNewTextParagraph(),
                d.footer(),
                14,
                false,
                false,
                MUTED);
    }

    private static void pictureSlide(XMLSlideShow ppt, String heading, byte[] png) throws IOException {
        XSLFSlide slide = ppt.createSlide();
        heading(slide, heading, Deck.WIDTH - 2 * M);
        XSLFPictureData data = ppt.addPicture(png, PictureData.PictureType.PNG);
        XSLFPictureShape pic = slide.createPicture(data);
        Dimension px = data.getImageDimension();
        double boxW = Deck.WIDTH - 2 * M + 16, boxH = Deck.HEIGHT - 80;
        double scale = Math.min(boxW / px.width, boxH / px.height);
        double w = px.width * scale, h = px.height * scale;
        pic.setAnchor(new Rectangle2D.Double((Deck.WIDTH - w) / 2, 66 + (Deck.HEIGHT - 66 - h) / 2 - 4, w, h));
    }

    private static void keySlide(XMLSlideShow ppt, Deck.KeySlide k) throws IOException {
        XSLFSlide slide = ppt.createSlide();
        double textW = k.locator() == null ? Deck.WIDTH - 2 * M : 560;
        // One text box that PowerPoint flows itself, so a font wider than the one measured here cannot make
        // paragraphs overlap; quotes are added while the estimate (widths padded by 15%) says they fit.
        XSLFTextBox box = box(slide, M, 24, textW, Deck.HEIGHT - 44);
        run(box.addNewTextParagraph(), k.heading(), 24, true, false, INK);
        XSLFTextParagraph facts = box.addNewTextParagraph();
        facts.setSpaceBefore(4.0);
        run(facts, k.facts(), 14, false, false, MUTED);
        double room = textW - 15;
        double y = 24 + 29 * lines(k.heading(), 24, true, room) + 18 * lines(k.facts(), 14, false, room) + 14;
        for (Deck.Quote q : k.quotes()) {
            double h = 21 * lines(q.sentence(), 16, false, room - 16) + 16 + (q.url() == null ? 0 : 14) + 14;
            if (y + h > Deck.HEIGHT - 20) {
                break;
            }
            XSLFTextParagraph said = box.addNewTextParagraph();
            said.setSpaceBefore(14.0);
            said.setLeftMargin(16.0);
            run(said, q.sentence(), 16, false, true, INK);
            XSLFTextParagraph who = box.addNewTextParagraph();
            who.setSpaceBefore(3.0);
            who.setLeftMargin(16.0);
            run(who, q.attribution(), 12, false, false, MUTED);
            if (q.url() != null && !q.url().isBlank()) {
                XSLFTextParagraph where = box.addNewTextParagraph();
                where.setLeftMargin(16.0);
                XSLFTextRun link = run(where, q.url(), 11, false, false, ACCENT);
                if (q.url().matches("(?i)https?://\\S+")) {
                    link.createHyperlink().setAddress(q.url());
                }
            }
            y += h;
        }
        if (k.locator() != null) {
            XSLFPictureData data = ppt.addPicture(SlideImages.png(k.locator()), PictureData.PictureType.PNG);
            XSLFPictureShape pic = slide.createPicture(data);
            double w = Deck.WIDTH - M - 560 - M - 20;
            Dimension px = data.getImageDimension();
            pic.setAnchor(new Rectangle2D.Double(Deck.WIDTH - M - w, 30, w, w * px.height / px.width));
        }
    }

    private static void sourcesSlide(XMLSlideShow ppt, List<EventText.Citation> rows, int first, int total) {
        XSLFSlide slide = ppt.createSlide();
        heading(
                slide,
                total > Deck.SOURCES_PER_SLIDE
                        ? "Sources (" + (first + 1) + "\u2013" + (first + rows.size()) + " of " + total + ")"
                        : "Sources",
                Deck.WIDTH - 2 * M);
        XSLFTextBox list = box(slide, M, 70, Deck.WIDTH - 2 * M, Deck.HEIGHT - 90);
        int n = first + 1;
        for (EventText.Citation c : rows) {
            XSLFTextParagraph p = list.addNewTextParagraph();
            p.setSpaceBefore(4.0);
            run(p, n++ + ". " + c.label(), 13, false, false, INK);
            String url = c.meta().url();
            if (url != null && !url.isBlank()) {
                XSLFTextParagraph u = list.addNewTextParagraph();
                u.setIndent(0.0);
                u.setLeftMargin(18.0);
                XSLFTextRun r = run(u, url, 10, false, false, ACCENT);
                if (url.matches("(?i)https?://\\S+")) {
                    r.createHyperlink().setAddress(url);
                }
            }
        }
    }

    /** Lines {@code text} takes, measured 15% wider than Liberation Sans so that a wider font still fits. */
    private static int lines(String text, float size, boolean bold, double width) {
        return Deck.wrap(text, size, bold, width / 1.15).size();
    }

    private static void heading(XSLFSlide slide, String text, double width) {
        run(box(slide, M, 18, width, 44).addNewTextParagraph(), text, 26, true, false, INK);
    }

    private static XSLFTextBox box(XSLFSlide slide, double x, double y, double w, double h) {
        XSLFTextBox box = slide.createTextBox();
        box.setAnchor(new Rectangle2D.Double(x, y, w, h));
        box.setWordWrap(true);
        box.clearText();
        return box;
    }

    private static XSLFTextRun run(
            XSLFTextParagraph p, String text, double size, boolean bold, boolean italic, Color color) {
        XSLFTextRun r = p.addNewTextRun();
        r.setText(EventText.clean(text));
        r.setFontFamily(FONT);
        r.setFontSize(size);
        r.setBold(bold);
        r.setItalic(italic);
        r.setFontColor(color);
        return r;
    }
}
