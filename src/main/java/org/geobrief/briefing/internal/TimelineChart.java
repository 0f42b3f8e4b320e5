package org.geobrief.briefing.internal;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.geobrief.events.EventType;
import org.geobrief.events.GeoEvent;

/**
 * A bar chart of events per day, each bar stacked by event type in the map's colours. Long ranges (over 120
 * days) are counted per week (weeks start on Monday) so the bars stay wide enough to see. Undated events are
 * left out and counted in the caption.
 */
public final class TimelineChart {

    private static final DateTimeFormatter TICK = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);
    private static final DateTimeFormatter TICK_YEAR = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private TimelineChart() {}

    public static BufferedImage render(List<GeoEvent> events, int width, int height) {
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, width, height);
            draw(g, events, width, height);
        } finally {
            g.dispose();
        }
        return img;
    }

    private static void draw(Graphics2D g, List<GeoEvent> events, int width, int height) {
        float s = width / 1200f; // lettering readable when the chart spans a slide
        LocalDate min = null, max = null;
        int undated = 0;
        for (GeoEvent e : events) {
            if (e.date() == null) {
                undated++;
                continue;
            }
            min = min == null || e.date().isBefore(min) ? e.date() : min;
            max = max == null || e.date().isAfter(max) ? e.date() : max;
        }
        g.setColor(MapRenderer.INK);
        if (min == null) {
            g.setFont(Fonts.sans(28 * s, false));
            g.drawString("No dated events", 80 * s, height / 2f);
            return;
        }
        boolean weekly = ChronoUnit.DAYS.between(min, max) > 120;
        LocalDate first = weekly ? min.minusDays(min.getDayOfWeek().getValue() - 1) : min;
        int step = weekly ? 7 : 1;
        int buckets = (int) (ChronoUnit.DAYS.between(first, max) / step) + 1;
        @SuppressWarnings("unchecked")
        Map<EventType, Integer>[] counts = new Map[buckets];
        Set<EventType> present = EnumSet.noneOf(EventType.class);
        int peak = 0;
        for (int i = 0; i < buckets; i++) {
            counts[i] = new EnumMap<>(EventType.class);
        }
        for (GeoEvent e : events) {
            if (e.date() == null || e.type() == null) {
                continue;
            }
            int b = (int) (ChronoUnit.DAYS.between(first, e.date()) / step);
            counts[b].merge(e.type(), 1, Integer::sum);
            present.add(e.type());
        }
        for (Map<EventType, Integer> c : counts) {
            peak = Math.max(
                    peak, c.values().stream().mapToInt(Integer::intValue).sum());
        }
        double left = 70 * s, right = width - 40 * s, bottom = height - 90 * s;

        g.setFont(Fonts.sans(30 * s, true));
        g.drawString(weekly ? "Events per week, by type" : "Events per day, by type", (float) left, 44 * s);

        // legend under the title, wrapping onto more rows when needed
        g.setFont(Fonts.sans(18 * s, false));
        FontMetrics fm = g.getFontMetrics();
        double lx = left, ly = 64 * s;
        for (EventType t : present) {
            double itemW = 22 * s + fm.stringWidth(t.label()) + 30 * s;
            if (lx + itemW > right && lx > left) {
                lx = left;
                ly += 28 * s;
            }
            g.setColor(EventStyle.color(t));
            g.fill(new Ellipse2D.Double(lx, ly, 16 * s, 16 * s));
            g.setColor(MapRenderer.INK);
            g.drawString(t.label(), (float) (lx + 22 * s), (float) (ly + 14 * s));
            lx += itemW;
        }
        double top = ly + 50 * s;

        // y axis: about five round ticks
        int tick = niceStep(peak);
        int yMax = Math.max(tick, (peak + tick - 1) / tick * tick);
        g.setFont(Fonts.sans(17 * s, false));
        fm = g.getFontMetrics();
        g.setStroke(new BasicStroke(1 * s));
        for (int v = 0; v <= yMax; v += tick) {
            double y = bottom - (bottom - top) * v / yMax;
            g.setColor(new Color(0xE4E4E4));
            g.draw(new Line2D.Double(left, y, right, y));
            g.setColor(MapRenderer.LABEL);
            String label = Integer.toString(v);
            g.drawString(label, (float) (left - 12 * s - fm.stringWidth(label)), (float) (y + fm.getAscent() / 2.5));
        }

        double slot = (right - left) / buckets;
        double barW = Math.max(1, slot * 0.8);
        for (int i = 0; i < buckets; i++) {
            double y = bottom;
            double x = left + i * slot + (slot - barW) / 2;
            for (EventType t : EventType.values()) {
                Integer n = counts[i].get(t);
                if (n == null) {
                    continue;
                }
                double h = (bottom - top) * n / yMax;
                g.setColor(EventStyle.color(t));
                g.fill(new Rectangle2D.Double(x, y - h, barW, h));
                y -= h;
            }
        }
        g.setColor(MapRenderer.INK);
        g.setStroke(new BasicStroke(1.5f * s));
        g.draw(new Line2D.Double(left, bottom, right, bottom));

        // x axis: as many date ticks as fit without overlap
        boolean showYear = min.getYear() != max.getYear();
        int every = 1;
        double widest = fm.stringWidth((showYear ? TICK_YEAR : TICK).format(LocalDate.of(2000, 12, 28))) + 24 * s;
        while (slot * every < widest) {
            every = !weekly && every == 2 ? 7 : every * 2; // days: 1, 2, a week, 2 weeks, ...
        }
        for (int i = 0; i < buckets; i += every) {
            LocalDate d = first.plusDays((long) i * step);
            String label = (showYear ? TICK_YEAR : TICK).format(d);
            double cx = left + i * slot + slot / 2;
            g.setColor(MapRenderer.INK);
            g.draw(new Line2D.Double(cx, bottom, cx, bottom + 6 * s));
            g.setColor(MapRenderer.LABEL);
            g.drawString(label, (float) (cx - fm.stringWidth(label) / 2.0), (float) (bottom + 28 * s));
        }
        String caption = events.size() - undated + " dated events, " + TICK_YEAR.format(min) + " \u2013 "
                + TICK_YEAR.format(max) + (undated > 0 ? "; " + undated + " undated not shown" : "");
        g.drawString(caption, (float) left, (float) (height - 24 * s));
    }

    /** 1, 2, 5, 10, 20, 50, ...: the smallest giving at most five gridlines above zero. */
    static int niceStep(int peak) {
        for (int power = 1; ; power *= 10) {
            for (int k : new int[] {1, 2, 5}) {
                if (peak <= 5 * k * power) {
                    return k * power;
                }
            }
        }
    }
}
