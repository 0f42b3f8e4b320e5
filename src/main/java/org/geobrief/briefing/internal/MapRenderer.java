package org.geobrief.briefing.internal;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.TexturePaint;
import java.awt.geom.Arc2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.geobrief.base.GeoPoint;
import org.geobrief.briefing.MapExtent;
import org.geobrief.events.EventType;
import org.geobrief.events.GeoEvent;
import org.geobrief.events.LocationPrecision;
import org.geobrief.gazetteer.Gazetteer;
import org.geobrief.gazetteer.Place;
import org.locationtech.jts.algorithm.InteriorPointArea;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * Draws a map of events with Java2D, without a browser: the basemap (sea, land, country borders, admin-1 lines,
 * names) in spherical Web Mercator ({@link WebMercator}), one pin per place and event type coloured by type and
 * sized by the number of events, the busiest places named, a legend with counts per type, a scale bar and the
 * basemap's attribution. Lettering and pins scale with the picture's width: 16 px labels at 1200 px wide, so a
 * 1600 x 900 map shown across a 13.3 inch slide has 11 pt labels.
 */
public final class MapRenderer {

    static final Color SEA = new Color(0xD7E6F0);
    static final Color LAND = new Color(0xF3F0E8);
    static final Color COAST = new Color(0x9FB4C4);
    static final Color BORDER = new Color(0x9A948A);
    static final Color ADMIN1 = new Color(0xC9C2B6);
    static final Color LABEL = new Color(0x5F5A52);
    static final Color INK = new Color(0x222222);

    private static final MapRenderer SHARED = new MapRenderer(null);

    private final Basemap basemap; // null: Basemap.bundled(), read on first use
    private final Function<Place, Optional<Geometry>> areas;

    /** A renderer drawing country- and region-level events as the bundled gazetteer's boundaries of their areas. */
    public MapRenderer(Basemap basemap) {
        this(basemap, Gazetteer::bundledBoundary);
    }

    /**
     * A renderer over {@code basemap} (null: the bundled one) that draws an event known only by its country or
     * region ({@link LocationPrecision#isArea}) as the shape {@code areas} gives for that place (lon/lat degrees);
     * as a pin where it gives none.
     */
    public MapRenderer(Basemap basemap, Function<Place, Optional<Geometry>> areas) {
        this.basemap = basemap;
        this.areas = areas;
    }

    /** A renderer over the bundled basemap. */
    public static MapRenderer shared() {
        return SHARED;
    }

    private Basemap basemap() {
        return basemap != null ? basemap : Basemap.bundled();
    }

    /** The map of {@code events} over {@code extent}, {@code width} x {@code height} pixels, opaque RGB. */
    public BufferedImage render(List<GeoEvent> events, MapExtent extent, int width, int height) {
        return render(events, extent, width, height, width / 1200f, true);
    }

    /**
     * A map with lettering and pins {@code scale} times their reference size; without {@code legend}, it leaves
     * out the legend and attribution (for a small locator map beside text).
     */
    public BufferedImage render(
            List<GeoEvent> events, MapExtent extent, int width, int height, float scale, boolean legend) {
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            new Frame(g, new WebMercator(extent, width, height), width, height, scale, legend).draw(events);
        } finally {
            g.dispose();
        }
        return img;
    }

    /** One drawing: the state of a single render call. */
    private final class Frame {
        final Graphics2D g;
        final WebMercator proj;
        final int width;
        final int height;
        final float s; // lettering and pin scale
        final boolean withLegend;
        final Envelope view; // visible lon/lat, with a margin so shapes crossing the edge are drawn
        final MapExtent visible;
        final List<Rectangle2D> taken = new ArrayList<>();

        Frame(Graphics2D g, WebMercator proj, int width, int height, float scale, boolean withLegend) {
            this.g = g;
            this.proj = proj;
            this.width = width;
            this.height = height;
            this.s = scale;
            this.withLegend = withLegend;
            this.visible = proj.visible();
            double mx = visible.widthDeg() * 0.05, my = visible.heightDeg() * 0.05;
            this.view = new Envelope(
                    visible.minLon() - mx, visible.maxLon() + mx, visible.minLat() - my, visible.maxLat() + my);
        }

        void draw(List<GeoEvent> events) {
            Basemap map = basemap();
            g.setColor(SEA);
            g.fillRect(0, 0, width, height);
            boolean hasLand = !map.layer(Basemap.Layer.LAND).isEmpty();
            for (Basemap.Feature f : hasLand ? map.layer(Basemap.Layer.LAND) : map.layer(Basemap.Layer.COUNTRIES)) {
                fill(f.geometry(), LAND);
            }
            // Admin-1 lines only where they are more than clutter: a region, not a continent.
            if (visible.widthDeg() < 60) {
                stroke(
                        map.layer(Basemap.Layer.ADMIN1),
                        ADMIN1,
                        new BasicStroke(
                                0.9f * s,
                                BasicStroke.CAP_ROUND,
                                BasicStroke.JOIN_ROUND,
                                1,
                                new float[] {4 * s, 3 * s},
                                0));
            }
            stroke(map.layer(Basemap.Layer.COUNTRIES), BORDER, new BasicStroke(1.3f * s));
            stroke(map.layer(Basemap.Layer.LAND), COAST, new BasicStroke(1.1f * s));
            List<Area> areas = areas(events);
            areas.forEach(this::drawArea);
            List<Pin> pins = pins(events);
            pins.forEach(p -> taken.add(p.bounds()));
            areas.forEach(this::areaLabel);
            List<Pin> labelled = placeLabels(pins);
            countryLabels(map.layer(Basemap.Layer.COUNTRIES));
            if (visible.widthDeg() < 25) {
                pointLabels(map.layer(Basemap.Layer.LABELS));
                areaLabels(map.layer(Basemap.Layer.ADMIN1));
            }
            pins.forEach(this::drawPin);
            labelled.forEach(this::drawPlaceLabel);
            if (withLegend) {
                legend(events, pins, areas);
            }
            scaleBar();
            if (withLegend) {
                attribution();
            }
            g.setColor(new Color(0x8A8A8A));
            g.setStroke(new BasicStroke(1));
            g.drawRect(0, 0, width - 1, height - 1);
        }

        // ---- basemap

        void fill(Geometry geom, Color color) {
            if (!geom.getEnvelopeInternal().intersects(view)) {
                return;
            }
            g.setColor(color);
            for (int i = 0; i < geom.getNumGeometries(); i++) {
                if (geom.getGeometryN(i) instanceof Polygon p
                        && p.getEnvelopeInternal().intersects(view)) {
                    paint(path(p), true);
                }
            }
        }

        void stroke(List<Basemap.Feature> features, Color color, BasicStroke stroke) {
            g.setColor(color);
            g.setStroke(stroke);
            for (Basemap.Feature f : features) {
                Geometry geom = f.geometry();
                if (!geom.getEnvelopeInternal().intersects(view)) {
                    continue;
                }
                for (int i = 0; i < geom.getNumGeometries(); i++) {
                    Geometry part = geom.getGeometryN(i);
                    if (!part.getEnvelopeInternal().intersects(view)) {
                        continue;
                    }
                    if (part instanceof Polygon p) {
                        paint(path(p), false);
                    } else if (part instanceof LineString l) {
                        Path2D.Double path = new Path2D.Double();
                        append(path, l.getCoordinates(), false);
                        paint(path, false);
                    }
                }
            }
        }

        Shape path(Polygon p) {
            Path2D.Double path = new Path2D.Double(Path2D.WIND_EVEN_ODD);
            append(path, p.getExteriorRing().getCoordinates(), true);
            for (int i = 0; i < p.getNumInteriorRing(); i++) {
                append(path, p.getInteriorRingN(i).getCoordinates(), true);
            }
            return path;
        }

        /**
         * Adds a ring or line to {@code path}. Longitudes are unwrapped, so a shape that jumps across the
         * antimeridian (179 to -179) goes on past 180 instead of drawing a line across the whole world;
         * {@link #paint} draws the part beyond 180 again one world-width to the left.
         */
        void append(Path2D.Double path, Coordinate[] cs, boolean close) {
            double lastX = Double.NaN, lastY = Double.NaN, lon = Double.NaN;
            for (int i = 0; i < cs.length; i++) {
                lon = i == 0 ? cs[i].x : cs[i].x + 360 * Math.round((lon - cs[i].x) / 360);
                double x = proj.x(lon), y = proj.y(cs[i].y);
                if (i == 0) {
                    path.moveTo(x, y);
                } else if (Math.abs(x - lastX) + Math.abs(y - lastY) >= 0.4 || i == cs.length - 1) {
                    path.lineTo(x, y); // points closer than half a pixel add nothing but time
                } else {
                    continue;
                }
                lastX = x;
                lastY = y;
            }
            if (close) {
                path.closePath();
            }
        }

        /** Fills or strokes {@code shape}, and its copy one world-width over where it pokes past +-180. */
        void paint(Shape shape, boolean fill) {
            if (fill) {
                g.fill(shape);
            } else {
                g.draw(shape);
            }
            Rectangle2D b = shape.getBounds2D();
            double world = proj.x(180) - proj.x(-180);
            double dx = b.getMaxX() > proj.x(180) + 0.5 ? -world : b.getMinX() < proj.x(-180) - 0.5 ? world : 0;
            if (dx != 0) {
                Shape copy = java.awt.geom.AffineTransform.getTranslateInstance(dx, 0)
                        .createTransformedShape(shape);
                if (fill) {
                    g.fill(copy);
                } else {
                    g.draw(copy);
                }
            }
        }

        void countryLabels(List<Basemap.Feature> countries) {
            Font font = Fonts.sans(17 * s, true);
            List<Basemap.Feature> sorted = new ArrayList<>(countries);
            sorted.sort(Comparator.comparingDouble(
                    (Basemap.Feature f) -> -f.geometry().getArea()));
            for (Basemap.Feature f : sorted) {
                if (f.name().isEmpty() || !f.geometry().getEnvelopeInternal().intersects(view)) {
                    continue;
                }
                Geometry largest = largestPart(f.geometry());
                Envelope env = largest.getEnvelopeInternal();
                double pxWide = proj.x(env.getMaxX()) - proj.x(env.getMinX());
                if (pxWide < 60 * s || env.getWidth() > 180) {
                    continue; // too small at this scale to carry a name, or wrapped across the antimeridian
                }
                Coordinate c = InteriorPointArea.getInteriorPoint(largest);
                text(f.name().toUpperCase(Locale.ROOT), proj.x(c.x), proj.y(c.y), font, LABEL, true, 1.5f * s);
            }
        }

        void areaLabels(List<Basemap.Feature> areas) {
            Font font = Fonts.sans(13 * s, false).deriveFont(Font.ITALIC);
            for (Basemap.Feature f : areas) {
                if (f.name().isEmpty() || !f.geometry().getEnvelopeInternal().intersects(view)) {
                    continue;
                }
                Geometry area = largestArea(f.geometry());
                if (area == null) {
                    continue;
                }
                Envelope env = area.getEnvelopeInternal();
                if (proj.x(env.getMaxX()) - proj.x(env.getMinX()) < 90 * s) {
                    continue;
                }
                Coordinate c = InteriorPointArea.getInteriorPoint(area);
                text(f.name(), proj.x(c.x), proj.y(c.y), font, ADMIN1.darker(), true, 0);
            }
        }

        /** The largest polygon of an area, or the polygon a closed outline encloses; null for open lines. */
        static Geometry largestArea(Geometry geom) {
            if (geom.getDimension() == 2) {
                return largestPart(geom);
            }
            LineString longest = null;
            for (int i = 0; i < geom.getNumGeometries(); i++) {
                if (geom.getGeometryN(i) instanceof LineString l
                        && l.isClosed()
                        && l.getNumPoints() >= 4
                        && (longest == null || l.getLength() > longest.getLength())) {
                    longest = l;
                }
            }
            return longest == null ? null : geom.getFactory().createPolygon(longest.getCoordinateSequence());
        }

        void pointLabels(List<Basemap.Feature> points) {
            Font font = Fonts.sans(13 * s, false);
            List<Basemap.Feature> sorted = new ArrayList<>(points);
            sorted.sort(Comparator.comparingDouble((Basemap.Feature f) -> -f.weight()));
            for (Basemap.Feature f : sorted) {
                if (!(f.geometry() instanceof Point pt) || f.name().isEmpty() || !view.contains(pt.getCoordinate())) {
                    continue;
                }
                double x = proj.x(pt.getX()), y = proj.y(pt.getY());
                double r = 2.5 * s;
                Rectangle2D dot = new Rectangle2D.Double(x - r, y - r, 2 * r, 2 * r);
                if (collides(dot)) {
                    continue;
                }
                if (text(f.name(), x + 4 * s, y, font, LABEL, false, 0)) {
                    g.setColor(LABEL);
                    g.fill(new Ellipse2D.Double(x - r, y - r, 2 * r, 2 * r));
                    taken.add(dot);
                }
            }
        }

        static Geometry largestPart(Geometry geom) {
            Geometry best = geom.getGeometryN(0);
            for (int i = 1; i < geom.getNumGeometries(); i++) {
                if (geom.getGeometryN(i).getArea() > best.getArea()) {
                    best = geom.getGeometryN(i);
                }
            }
            return best;
        }

        /**
         * Draws {@code text} with a halo if it fits where nothing else is; {@code centred} centres it on (x, y),
         * else it starts at x, vertically centred on y. Returns whether it was drawn.
         */
        boolean text(String text, double x, double y, Font font, Color color, boolean centred, float tracking) {
            Font f = tracking > 0
                    ? font.deriveFont(Map.of(java.awt.font.TextAttribute.TRACKING, tracking / font.getSize2D()))
                    : font;
            g.setFont(f);
            FontMetrics fm = g.getFontMetrics();
            double w = fm.stringWidth(text);
            double h = fm.getAscent() + fm.getDescent();
            double left = centred ? x - w / 2 : x;
            double top = y - h / 2;
            Rectangle2D box = new Rectangle2D.Double(left - 2 * s, top - 1 * s, w + 4 * s, h + 2 * s);
            if (left < 2 || top < 2 || left + w > width - 2 || top + h > height - 2 || collides(box)) {
                return false;
            }
            taken.add(box);
            halo(text, (float) left, (float) (top + fm.getAscent()), color, 3f * s);
            return true;
        }

        void halo(String text, float x, float y, Color color, float haloWidth) {
            Shape outline = g.getFont()
                    .createGlyphVector(g.getFontRenderContext(), text)
                    .getOutline(x, y);
            g.setStroke(new BasicStroke(haloWidth, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.setColor(new Color(255, 255, 255, 210));
            g.draw(outline);
            g.setColor(color);
            g.fill(outline);
        }

        boolean collides(Rectangle2D box) {
            for (Rectangle2D r : taken) {
                if (r.intersects(box)) {
                    return true;
                }
            }
            return false;
        }

        // ---- events

        /**
         * Pins: one per place, sized by its number of events; a place with events of several types is a pie of
         * their shares. Biggest drawn first, so small pins stay visible on top.
         */
        List<Pin> pins(List<GeoEvent> events) {
            Map<Long, Map<EventType, Integer>> byPlace = new LinkedHashMap<>();
            Map<Long, Place> places = new LinkedHashMap<>();
            for (GeoEvent e : events) {
                Place p = e.place();
                if (p == null || p.point() == null || e.type() == null || !contains(p.point()) || drawnAsArea(p)) {
                    continue;
                }
                places.putIfAbsent(p.geonameId(), p);
                byPlace.computeIfAbsent(p.geonameId(), k -> new EnumMap<>(EventType.class))
                        .merge(e.type(), 1, Integer::sum);
            }
            List<Pin> pins = new ArrayList<>();
            byPlace.forEach((id, counts) -> {
                Place place = places.get(id);
                int total = counts.values().stream().mapToInt(Integer::intValue).sum();
                pins.add(new Pin(
                        place,
                        counts,
                        total,
                        proj.x(place.point().lon()),
                        proj.y(place.point().lat()),
                        radius(total)));
            });
            pins.sort(Comparator.comparingDouble((Pin p) -> -p.r()));
            return pins;
        }

        /** Each area's shape once per drawing (null: none, so its events are pins), by geonameid. */
        final Map<Long, Geometry> shapes = new HashMap<>();

        Geometry shapeOf(Place p) {
            if (!LocationPrecision.isArea(p)) {
                return null;
            }
            return shapes.computeIfAbsent(
                    p.geonameId(),
                    id -> areas.apply(p).filter(g -> !g.isEmpty()).orElse(null));
        }

        boolean drawnAsArea(Place p) {
            Geometry g = shapeOf(p);
            return g != null && partInView(g, view);
        }

        /**
         * Events known only by their country or region, one area per place with its events per type: the same
         * grouping as the dashboard's map. Countries first, so that their regions are drawn over them.
         */
        List<Area> areas(List<GeoEvent> events) {
            Map<Long, Area> byPlace = new LinkedHashMap<>();
            for (GeoEvent e : events) {
                Place p = e.place();
                if (e.type() == null || !drawnAsArea(p)) {
                    continue;
                }
                Area a = byPlace.computeIfAbsent(
                        p.geonameId(),
                        id -> new Area(p, shapeOf(p), new EnumMap<>(EventType.class), new int[1], e.whereInWords()));
                a.counts().merge(e.type(), 1, Integer::sum);
                a.total()[0]++;
            }
            List<Area> out = new ArrayList<>(byPlace.values());
            out.sort(Comparator.comparing((Area a) -> !a.place().isCountry()));
            return out;
        }

        /** The area hatched in its most frequent type's colour, with a dashed outline in that colour. */
        void drawArea(Area a) {
            Color c = EventStyle.color(a.dominant());
            Geometry shape = a.shape();
            g.setPaint(hatch(c));
            for (int i = 0; i < shape.getNumGeometries(); i++) {
                if (shape.getGeometryN(i) instanceof Polygon p
                        && p.getEnvelopeInternal().intersects(view)) {
                    paint(path(p), true);
                }
            }
            g.setStroke(new BasicStroke(
                    2.4f * s, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1, new float[] {9 * s, 5 * s}, 0));
            g.setColor(c);
            for (int i = 0; i < shape.getNumGeometries(); i++) {
                if (shape.getGeometryN(i) instanceof Polygon p
                        && p.getEnvelopeInternal().intersects(view)) {
                    paint(path(p), false);
                }
            }
        }

        /** A diagonal hatch of {@code c} at {@link #HATCH_ALPHA}, a line every 9 px at the reference scale. */
        TexturePaint hatch(Color c) {
            int n = Math.max(6, Math.round(9 * s));
            BufferedImage tile = new BufferedImage(n, n, BufferedImage.TYPE_INT_ARGB);
            Color line = new Color(c.getRed(), c.getGreen(), c.getBlue(), HATCH_ALPHA);
            int width = Math.max(1, Math.round(1.6f * s));
            for (int x = 0; x < n; x++) {
                for (int w = 0; w < width; w++) {
                    tile.setRGB(x, Math.floorMod(n - 1 - x + w, n), line.getRGB()); // "/" from bottom-left
                }
            }
            return new TexturePaint(tile, new Rectangle2D.Double(0, 0, n, n));
        }

        /** "3 events somewhere in Kazakhstan", inside the area's largest visible part, where there is room. */
        void areaLabel(Area a) {
            Geometry inView = a.shape();
            Envelope env = inView.getEnvelopeInternal();
            if (!view.covers(env)) {
                try {
                    inView = inView.intersection(inView.getFactory().toGeometry(view));
                } catch (RuntimeException e) {
                    inView = a.shape(); // a self-touching ring the overlay refuses: label the whole shape
                }
            }
            if (inView.isEmpty() || inView.getDimension() < 2) {
                return;
            }
            Coordinate c = InteriorPointArea.getInteriorPoint(largestPart(inView));
            int n = a.total()[0];
            String text = n + (n == 1 ? " event " : " events ") + a.words();
            Font font = Fonts.sansFor(text, 15 * s, true);
            // at the area's inner point, else a little above or below it where pins or names are in the way
            double x = proj.x(c.x), y = proj.y(c.y);
            for (double dy : new double[] {0, -28, 28, -56, 56}) {
                Coordinate at = new Coordinate(proj.lon(x), proj.lat(y + dy * s));
                if (inView.covers(inView.getFactory().createPoint(at))
                        && text(text, x, y + dy * s, font, INK, true, 0)) {
                    return;
                }
            }
        }

        boolean contains(GeoPoint p) {
            return view.contains(p.lon(), p.lat());
        }

        double radius(int count) {
            return Math.min(28, 9 + 3.2 * Math.sqrt(count - 1)) * s;
        }

        void drawPin(Pin p) {
            double x = p.x() - p.r(), y = p.y() - p.r(), d = 2 * p.r();
            g.setColor(new Color(0, 0, 0, 60));
            g.fill(new Ellipse2D.Double(x + s, y + 2 * s, d, d));
            double start = 90; // slices clockwise from 12 o'clock, in EventType order
            for (Map.Entry<EventType, Integer> c : p.counts().entrySet()) {
                double extent = -360.0 * c.getValue() / p.total();
                g.setColor(EventStyle.color(c.getKey()));
                g.fill(new Arc2D.Double(x, y, d, d, start, p.counts().size() == 1 ? 360 : extent, Arc2D.PIE));
                start += extent;
            }
            g.setColor(Color.WHITE);
            g.setStroke(new BasicStroke(2f * s));
            g.draw(new Ellipse2D.Double(x, y, d, d));
            if (p.total() > 1) {
                String n = Integer.toString(p.total());
                float size = (float) Math.max(12 * s, p.r() * 0.9);
                g.setFont(Fonts.sans(size, true));
                while (g.getFontMetrics().stringWidth(n) > 1.6 * p.r() && size > 9 * s) {
                    size *= 0.9f; // "354" must stay inside its pin
                    g.setFont(Fonts.sans(size, true));
                }
                FontMetrics fm = g.getFontMetrics();
                Shape digits = g.getFont()
                        .createGlyphVector(g.getFontRenderContext(), n)
                        .getOutline((float) (p.x() - fm.stringWidth(n) / 2.0), (float)
                                (p.y() + (fm.getAscent() - fm.getDescent()) / 2.0));
                g.setColor(new Color(0, 0, 0, 150)); // a dark rim keeps white digits legible on light slices
                g.setStroke(new BasicStroke(2.2f * s, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
                g.draw(digits);
                g.setColor(Color.WHITE);
                g.fill(digits);
            }
        }

        /** Names the busiest places (up to 15) that have room beside their pins; returns label baselines. */
        List<Pin> placeLabels(List<Pin> pins) {
            List<Pin> byTotal = new ArrayList<>(pins);
            byTotal.sort(Comparator.comparingInt((Pin p) -> -p.total()));
            List<Pin> labelled = new ArrayList<>();
            Font font = Fonts.sans(16 * s, true);
            g.setFont(font);
            FontMetrics fm = g.getFontMetrics();
            for (Pin p : byTotal) {
                if (labelled.size() >= 15) {
                    break;
                }
                String name = p.place().name();
                double w = fm.stringWidth(name), h = fm.getAscent() + fm.getDescent();
                double gap = p.r() + 6 * s;
                double[][] spots = {
                    {p.x() + gap, p.y() - h / 2}, {p.x() - gap - w, p.y() - h / 2},
                    {p.x() - w / 2, p.y() - p.r() - 2 * s - h}, {p.x() - w / 2, p.y() + p.r() + 2 * s}
                };
                for (double[] spot : spots) {
                    Rectangle2D box = new Rectangle2D.Double(spot[0] - 2 * s, spot[1], w + 4 * s, h);
                    if (spot[0] > 2
                            && spot[1] > 2
                            && spot[0] + w < width - 2
                            && spot[1] + h < height - 2
                            && !collides(box)) {
                        taken.add(box);
                        labelled.add(new Pin(p.place(), p.counts(), p.total(), spot[0], spot[1] + fm.getAscent(), 0));
                        break;
                    }
                }
            }
            return labelled;
        }

        void drawPlaceLabel(Pin at) {
            g.setFont(Fonts.sansFor(at.place().name(), 16 * s, true));
            halo(at.place().name(), (float) at.x(), (float) at.y(), INK, 4f * s);
        }

        /**
         * The corner (bottom-left, top-left, top-right, bottom-right above the scale bar) where a legend of
         * {@code w} x {@code h} hides the fewest events and names.
         */
        double[] legendCorner(double w, double h, List<Pin> pins) {
            double m = 16 * s;
            double[][] corners = {{m, height - h - m}, {m, m}, {width - w - m, m}, {width - w - m, height - h - 70 * s}
            };
            double[] best = corners[0];
            double bestCost = Double.MAX_VALUE;
            for (double[] c : corners) {
                Rectangle2D box = new Rectangle2D.Double(c[0], c[1], w, h);
                double cost = 0;
                for (Pin p : pins) {
                    cost += p.bounds().intersects(box) ? 10 * p.total() : 0;
                }
                for (Rectangle2D r : taken) {
                    cost += r.intersects(box) ? 1 : 0;
                }
                if (cost < bestCost) {
                    best = c;
                    bestCost = cost;
                }
            }
            return best;
        }

        void legend(List<GeoEvent> events, List<Pin> pins, List<Area> areas) {
            Map<EventType, Integer> counts = new EnumMap<>(EventType.class);
            int unplaced = 0;
            for (GeoEvent e : events) {
                if (e.type() == null) {
                    continue;
                }
                if (e.place() == null || !(contains(e.place().point()) || drawnAsArea(e.place()))) {
                    unplaced++;
                }
                counts.merge(e.type(), 1, Integer::sum);
            }
            Font title = Fonts.sans(17 * s, true);
            Font item = Fonts.sans(15 * s, false);
            List<String> rows = new ArrayList<>();
            counts.forEach((t, n) -> rows.add(t.label() + "  (" + n + ")"));
            if (rows.isEmpty()) {
                rows.add("No events in the selection");
            }
            g.setFont(item);
            FontMetrics fm = g.getFontMetrics();
            double rowH = 24 * s, pad = 12 * s, swatch = 9 * s;
            double w = rows.stream().mapToDouble(fm::stringWidth).max().orElse(0) + 3 * swatch + 2 * pad;
            String note = unplaced > 0 ? unplaced + " outside the map" : null;
            String areaRow = areaRow(areas);
            if (areaRow != null) {
                w = Math.max(w, fm.stringWidth(areaRow) + 3 * swatch + 2 * pad);
            }
            double h = pad * 2 + 26 * s + (rows.size() + (areaRow != null ? 1 : 0)) * rowH + (note != null ? rowH : 0);
            double[] at = legendCorner(w, h, pins);
            double x = at[0], y = at[1];
            g.setColor(new Color(255, 255, 255, 230));
            g.fill(new RoundRectangle2D.Double(x, y, w, h, 10 * s, 10 * s));
            g.setColor(new Color(0xB0B0B0));
            g.setStroke(new BasicStroke(1 * s));
            g.draw(new RoundRectangle2D.Double(x, y, w, h, 10 * s, 10 * s));
            g.setColor(INK);
            g.setFont(title);
            g.drawString("Events by type", (float) (x + pad), (float) (y + pad + 17 * s));
            g.setFont(item);
            double ry = y + pad + 26 * s;
            int i = 0;
            for (EventType t : counts.keySet()) {
                double cy = ry + i * rowH + rowH / 2;
                g.setColor(EventStyle.color(t));
                g.fill(new Ellipse2D.Double(x + pad, cy - swatch, 2 * swatch, 2 * swatch));
                g.setColor(INK);
                g.drawString(rows.get(i), (float) (x + pad + 3 * swatch), (float) (cy + fm.getAscent() / 2.0 - 2 * s));
                i++;
            }
            if (counts.isEmpty()) {
                g.drawString(rows.get(0), (float) (x + pad), (float) (ry + rowH / 2 + fm.getAscent() / 2.0));
            }
            int below = rows.size();
            if (areaRow != null) {
                double cy = ry + below * rowH + rowH / 2;
                Rectangle2D box = new Rectangle2D.Double(x + pad, cy - swatch, 2 * swatch, 2 * swatch);
                g.setPaint(hatch(new Color(0x555555)));
                g.fill(box);
                g.setColor(new Color(0x555555));
                g.setStroke(new BasicStroke(1.5f * s));
                g.draw(box);
                g.setColor(INK);
                g.drawString(areaRow, (float) (x + pad + 3 * swatch), (float) (cy + fm.getAscent() / 2.0 - 2 * s));
                below++;
            }
            if (note != null) {
                g.setColor(LABEL);
                g.drawString(note, (float) (x + pad), (float) (ry + below * rowH + rowH / 2 + fm.getAscent() / 2.0));
            }
        }

        void scaleBar() {
            double lat = (visible.minLat() + visible.maxLat()) / 2;
            double kmPerPx = proj.kmPerPixel(lat);
            double target = 180 * s * kmPerPx;
            double step = Math.pow(10, Math.floor(Math.log10(target)));
            double km = target / step >= 5 ? 5 * step : target / step >= 2 ? 2 * step : step;
            double px = km / kmPerPx;
            double x1 = width - 20 * s, x0 = x1 - px, y = height - 36 * s;
            g.setColor(new Color(255, 255, 255, 200));
            g.fill(new Rectangle2D.Double(x0 - 8 * s, y - 24 * s, px + 16 * s, 34 * s));
            g.setColor(INK);
            g.setStroke(new BasicStroke(2 * s));
            g.draw(new java.awt.geom.Line2D.Double(x0, y, x1, y));
            g.draw(new java.awt.geom.Line2D.Double(x0, y - 5 * s, x0, y + 5 * s));
            g.draw(new java.awt.geom.Line2D.Double(x1, y - 5 * s, x1, y + 5 * s));
            g.setFont(Fonts.sans(13 * s, false));
            String label =
                    (km >= 1 ? String.format(Locale.ROOT, "%.0f km", km) : String.format(Locale.ROOT, "%.1f km", km));
            FontMetrics fm = g.getFontMetrics();
            g.drawString(label, (float) ((x0 + x1) / 2 - fm.stringWidth(label) / 2.0), (float) (y - 8 * s));
        }

        void attribution() {
            g.setFont(Fonts.sans(11 * s, false));
            g.setColor(LABEL);
            String a = "Basemap: Natural Earth \u00B7 Web Mercator \u00B7 GeoBrief";
            FontMetrics fm = g.getFontMetrics();
            g.drawString(a, (float) (width - 20 * s - fm.stringWidth(a)), (float) (height - 8 * s));
        }
    }

    /** "known only by country / region  (12)": how many events the map draws as areas; null when none. */
    static String areaRow(List<Area> areas) {
        if (areas.isEmpty()) {
            return null;
        }
        boolean countries = areas.stream().anyMatch(a -> a.place().isCountry());
        boolean regions = areas.stream().anyMatch(a -> !a.place().isCountry());
        int n = areas.stream().mapToInt(a -> a.total()[0]).sum();
        return "known only by " + (countries && regions ? "country / region" : countries ? "country" : "region") + "  ("
                + n + ")";
    }

    /**
     * Whether a part of {@code shape} may show in {@code view}: tested part by part, because a country split at the
     * antimeridian (the USA with the Aleutians, Russia, Fiji) has an envelope as wide as the world, which would take
     * an event there off the map's "outside the map" count while nothing of it is drawn.
     */
    static boolean partInView(Geometry shape, Envelope view) {
        for (int i = 0; i < shape.getNumGeometries(); i++) {
            if (shape.getGeometryN(i).getEnvelopeInternal().intersects(view)) {
                return true;
            }
        }
        return false;
    }

    /** The alpha of an area's hatch lines (of 255). */
    static final int HATCH_ALPHA = 150;

    /**
     * A country or region drawn as its area: its events per type, their total (a one-element counter), and its
     * precision in words ("somewhere in Kazakhstan", "in Mangystau region").
     */
    record Area(Place place, Geometry shape, Map<EventType, Integer> counts, int[] total, String words) {
        EventType dominant() {
            return counts.entrySet().stream()
                    .max(Map.Entry.<EventType, Integer>comparingByValue())
                    .orElseThrow()
                    .getKey();
        }
    }

    /** A place's pin: events per type, their total; or (with r = 0) where the place's label starts. */
    record Pin(Place place, Map<EventType, Integer> counts, int total, double x, double y, double r) {
        Rectangle2D bounds() {
            return new Rectangle2D.Double(x - r, y - r, 2 * r, 2 * r);
        }
    }
}
