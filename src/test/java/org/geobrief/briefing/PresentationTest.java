package org.geobrief.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFPictureShape;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextParagraph;
import org.apache.poi.xslf.usermodel.XSLFTextRun;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.geobrief.briefing.Briefings.Format;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The PPTX and PDF briefings, reopened with POI and PDFBox. */
class PresentationTest {

    /** title, map, timeline, 7 key events (fewer than the cap of 10), one sources slide */
    private static final int SLIDES = 3 + 7 + 1;

    private static final String QUOTE = "\u201CCrowds set fire to the mayor's office in Almaty.\u201D";
    private static byte[] pptx;
    private static byte[] pdf;

    @BeforeAll
    static void write() throws Exception {
        pptx = write(Format.PPTX);
        pdf = write(Format.PDF);
    }

    private static byte[] write(Format f) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Briefings.write(f, SampleEvents.kazakhstan(), SampleEvents.context(), out);
        return out.toByteArray();
    }

    @Test
    void pptx_has_the_slides_pictures_and_quoted_sentences() throws Exception {
        try (XMLSlideShow ppt = new XMLSlideShow(new ByteArrayInputStream(pptx))) {
            List<XSLFSlide> slides = ppt.getSlides();
            assertThat(slides).hasSize(SLIDES);
            assertThat(ppt.getPageSize().getWidth()).isEqualTo(960);
            assertThat(text(slides.get(0))).contains("Unrest in Kazakhstan, January 2022", "2 \u2013 9 January 2022");
            assertThat(slides.get(1).getShapes()).anyMatch(s -> s instanceof XSLFPictureShape);
            assertThat(slides.get(2).getShapes()).anyMatch(s -> s instanceof XSLFPictureShape);
            assertThat(ppt.getPictureData()).hasSizeGreaterThanOrEqualTo(3);
            // the riot in Almaty has the most sources: it is key event 1
            String first = text(slides.get(3));
            assertThat(first)
                    .contains("1. Riots: Violent demonstration \u2013 Almaty, Kazakhstan")
                    .contains(QUOTE)
                    .contains("\u201CВ Алматы протестующие захватили здание акимата.\u201D")
                    .contains("\u2014 Eurasianet, 7 January 2022");
            assertThat(links(slides.get(3))).contains("https://eurasianet.org/kazakhstan-unrest-neighbors");
            assertThat(text(slides.get(SLIDES - 1))).contains("Sources", "Reuters", "Vlast.kz");
        }
    }

    @Test
    void pdf_has_a_page_per_slide_with_the_quoted_sentences() throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getNumberOfPages()).isEqualTo(SLIDES);
            assertThat(doc.getDocumentInformation().getTitle()).isEqualTo("Unrest in Kazakhstan, January 2022");
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(4);
            stripper.setEndPage(4);
            String keyEvent = stripper.getText(doc);
            assertThat(keyEvent).contains(QUOTE).contains("Алматы").contains("Eurasianet, 7 January 2022");
            List<String> uris = new ArrayList<>();
            for (PDAnnotation a : doc.getPage(3).getAnnotations()) {
                if (a instanceof PDAnnotationLink link && link.getAction() instanceof PDActionURI uri) {
                    uris.add(uri.getURI());
                }
            }
            assertThat(uris).contains("https://eurasianet.org/kazakhstan-unrest-neighbors");
            assertThat(doc.getPage(1).getResources().getXObjectNames()).isNotEmpty(); // the map picture
        }
    }

    @Test
    void pdf_fonts_are_all_embedded() throws Exception {
        int fonts = 0;
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            for (PDPage page : doc.getPages()) {
                PDResources res = page.getResources();
                for (var name : res.getFontNames()) {
                    PDFont font = res.getFont(name);
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                    fonts++;
                }
            }
        }
        assertThat(fonts).isPositive();
    }

    private static String text(XSLFSlide slide) {
        StringBuilder b = new StringBuilder();
        for (XSLFShape s : slide.getShapes()) {
            if (s instanceof XSLFTextShape t) {
                b.append(t.getText()).append('\n');
            }
        }
        return b.toString();
    }

    private static List<String> links(XSLFSlide slide) {
        List<String> out = new ArrayList<>();
        for (XSLFShape s : slide.getShapes()) {
            if (s instanceof XSLFTextShape t) {
                for (XSLFTextParagraph p : t.getTextParagraphs()) {
                    for (XSLFTextRun r : p.getTextRuns()) {
                        if (r.getHyperlink() != null) {
                            out.add(r.getHyperlink().getAddress());
                        }
                    }
                }
            }
        }
        return out;
    }
}
