package org.geobrief.briefing.internal;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Objects;
import javax.imageio.ImageIO;
import org.geobrief.base.GeoPoint;
import org.geobrief.briefing.BriefingContext;
import org.geobrief.briefing.MapExtent;
import org.geobrief.events.GeoEvent;

/** The pictures of a briefing, at a size that stays sharp on a full-screen 16:9 slide. */
public final class SlideImages {

    public static final int MAP_WIDTH = 1600;
    public static final int MAP_HEIGHT = 900;
    public static final int CHART_WIDTH = 1600;
    public static final int CHART_HEIGHT = 720;

    private SlideImages() {}

    /** The context's extent, or the events' own when it has none. */
    public static MapExtent extent(List<GeoEvent> events, BriefingContext ctx) {
        if (ctx.extent() != null) {
            return ctx.extent();
        }
        List<GeoPoint> points = events.stream()
                .map(e -> e.place() == null ? null : e.place().point())
                .filter(Objects::nonNull)
                .toList();
        return MapExtent.around(points);
    }

    public static void writePng(BufferedImage image, OutputStream out) throws IOException {
        if (!ImageIO.write(image, "png", out)) {
            throw new IOException("no PNG writer");
        }
    }

    public static byte[] png(BufferedImage image) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writePng(image, out);
        return out.toByteArray();
    }
}
