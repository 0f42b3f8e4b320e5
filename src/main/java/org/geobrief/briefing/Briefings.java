package org.geobrief.briefing;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import org.geobrief.briefing.internal.CsvExport;
import org.geobrief.briefing.internal.GeoJsonExport;
import org.geobrief.briefing.internal.KmlExport;
import org.geobrief.briefing.internal.MapRenderer;
import org.geobrief.briefing.internal.PdfBriefing;
import org.geobrief.briefing.internal.PptxBriefing;
import org.geobrief.briefing.internal.SlideImages;
import org.geobrief.events.GeoEvent;

/**
 * Writes a selection of events as a data export (GeoJSON, CSV, KML), a map picture (PNG) or a briefing
 * presentation (PPTX, PDF). Plain Java: the web app, the CLI and tests call it alike.
 */
public final class Briefings {

    /** The output formats, with their file extension and media type. */
    public enum Format {
        PPTX("pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation"),
        PDF("pdf", "application/pdf"),
        GEOJSON("geojson", "application/geo+json"),
        CSV("csv", "text/csv;charset=UTF-8"),
        KML("kml", "application/vnd.google-earth.kml+xml"),
        PNG("png", "image/png");

        private final String extension;
        private final String mediaType;

        Format(String extension, String mediaType) {
            this.extension = extension;
            this.mediaType = mediaType;
        }

        public String extension() {
            return extension;
        }

        public String mediaType() {
            return mediaType;
        }

        /** The format named by {@code name} ("pdf", "GeoJSON", ...). */
        public static Format parse(String name) {
            try {
                return valueOf(name.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(
                        "unknown format " + name + " (pptx, pdf, geojson, csv, kml or png)", e);
            }
        }
    }

    private Briefings() {}

    /**
     * Writes {@code events} in {@code format} to {@code out}, which stays open. The map of PNG, PPTX and PDF
     * shows {@code ctx.extent()}, or the events' extent when that is null.
     */
    public static void write(Format format, List<GeoEvent> events, BriefingContext ctx, OutputStream target)
            throws IOException {
        // The writers emit many small pieces; buffer them so a bare FileOutputStream is not a syscall per piece.
        BufferedOutputStream out = new BufferedOutputStream(target, 1 << 16);
        switch (format) {
            case GEOJSON -> GeoJsonExport.write(events, ctx, out);
            case CSV -> CsvExport.write(events, ctx, out);
            case KML -> KmlExport.write(events, ctx, out);
            case PNG -> SlideImages.writePng(
                    MapRenderer.shared()
                            .render(
                                    events,
                                    SlideImages.extent(events, ctx),
                                    SlideImages.MAP_WIDTH,
                                    SlideImages.MAP_HEIGHT),
                    out);
            case PPTX -> PptxBriefing.write(events, ctx, out);
            case PDF -> PdfBriefing.write(events, ctx, out);
        }
        out.flush();
    }
}
