package org.geobrief.briefing.internal;

import java.awt.font.FontRenderContext;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.geobrief.briefing.ArticleMeta;
import org.geobrief.briefing.BriefingContext;
import org.geobrief.briefing.MapExtent;
import org.geobrief.events.EventSource;
import org.geobrief.events.GeoEvent;
import org.geobrief.events.LocationPrecision;

/**
 * What a briefing says, slide by slide, independent of the file format: the PPTX and PDF writers only lay it
 * out. Slides are 960 x 540 points (16:9, 13.33 x 7.5 inches).
 */
public record Deck(
        String title,
        String dateRange,
        String filterSummary,
        String footer,
        BufferedImage map,
        BufferedImage chart,
        List<KeySlide> keyEvents,
        List<EventText.Citation> citations) {

    public static final float WIDTH = 960;
    public static final float HEIGHT = 540;
    public static final float MARGIN = 40;
    /** Events with a slide each, at most. */
    public static final int KEY_EVENTS = 10;
    /** Events the analyst picked that get a slide each, at most. */
    public static final int MAX_PICKED = 30;
    /** Source sentences quoted per key event, at most. */
    static final int QUOTES = 3;
    /** Rows per sources slide. */
    public static final int SOURCES_PER_SLIDE = 12;

    /** A key event: heading, a line of facts, quoted sources and a locator map (null without a place). */
    public record KeySlide(int rank, String heading, String facts, List<Quote> quotes, BufferedImage locator) {}

    /** A source sentence (already in quotes) with who said it and where to read it (url may be null). */
    public record Quote(String sentence, String attribution, String url) {}

    public static Deck of(List<GeoEvent> events, BriefingContext ctx) throws IOException {
        MapExtent extent = SlideImages.extent(events, ctx);
        MapRenderer renderer = MapRenderer.shared();
        BufferedImage map = renderer.render(events, extent, SlideImages.MAP_WIDTH, SlideImages.MAP_HEIGHT);
        BufferedImage chart = TimelineChart.render(events, SlideImages.CHART_WIDTH, SlideImages.CHART_HEIGHT);
        List<KeySlide> keys = new ArrayList<>();
        int rank = 1;
        for (GeoEvent e : keyEvents(events, ctx)) {
            keys.add(keySlide(rank++, e, ctx, renderer));
        }
        String footer = events.size() + (events.size() == 1 ? " event" : " events") + " \u00B7 generated "
                + EventText.day(ctx.generated()) + " by GeoBrief";
        return new Deck(
                EventText.oneLine(ctx.title()),
                EventText.dateRange(events),
                EventText.oneLine(
                        ctx.subtitle().isEmpty()
                                ? ctx.filterSummary()
                                : ctx.filterSummary().isEmpty()
                                        ? ctx.subtitle()
                                        : ctx.subtitle() + " \u2014 " + ctx.filterSummary()),
                footer,
                map,
                chart,
                keys,
                EventText.citations(events, ctx));
    }

    /**
     * The events with a slide each: those the analyst picked, in the analyst's order (at most {@link
     * #MAX_PICKED}), else the {@value #KEY_EVENTS} best ranked.
     */
    static List<GeoEvent> keyEvents(List<GeoEvent> events, BriefingContext ctx) {
        if (ctx.keyEventIds().isEmpty()) return EventText.keyEvents(events, KEY_EVENTS);
        Map<String, GeoEvent> byId = new HashMap<>();
        events.forEach(e -> byId.putIfAbsent(e.id(), e));
        return ctx.keyEventIds().stream()
                .map(byId::get)
                .filter(Objects::nonNull)
                .limit(MAX_PICKED)
                .toList();
    }

    private static KeySlide keySlide(int rank, GeoEvent e, BriefingContext ctx, MapRenderer renderer)
            throws IOException {
        String heading = rank + ". " + EventText.typeLabel(e) + " \u2013 " + EventText.placeLabel(e.place());
        List<String> facts = new ArrayList<>();
        facts.add(EventText.dateLabel(e.date(), e.timePrecision()));
        if (e.place() != null && (LocationPrecision.isArea(e.place()) || e.geoPrecision() >= 2)) {
            facts.add(e.whereInWords()); // "somewhere in Kazakhstan": the heading names the place, not the precision
        }
        int n = EventText.sources(e).size();
        facts.add(n + (n == 1 ? " source" : " sources"));
        if (e.fatalities() != null) {
            facts.add(e.fatalities() + (e.fatalities() == 1 ? " fatality" : " fatalities"));
        }
        facts.add(String.format(Locale.ROOT, "confidence %.2f", e.confidence()));
        if (e.actors() != null && !e.actors().isEmpty()) {
            facts.add("actors: " + String.join(", ", e.actors()));
        }
        List<Quote> quotes = new ArrayList<>();
        for (EventSource s : EventText.sources(e)) {
            if (quotes.size() == QUOTES) {
                break;
            }
            String id = s.link() == null ? null : s.link().articleId();
            ArticleMeta meta = ctx.article(id);
            String sentence = EventText.oneLine(s.sentence());
            if (sentence.length() > 420) {
                sentence = sentence.substring(0, 417) + "\u2026";
            }
            quotes.add(new Quote(EventText.quoted(sentence), "\u2014 " + EventText.sourceLabel(meta, id), meta.url()));
        }
        BufferedImage locator = null;
        if (e.place() != null && e.place().point() != null) {
            double lon = e.place().point().lon(), lat = e.place().point().lat();
            // wide enough to show the place's surroundings: a country needs more room than a town
            double half = e.place().isCountry() ? 14 : e.place().isAdmin1() || e.geoPrecision() == 3 ? 7 : 4;
            MapExtent around = new MapExtent(
                    Math.max(-180, lon - half),
                    Math.max(-85, lat - half * 0.75),
                    Math.min(180, lon + half),
                    Math.min(85, lat + half * 0.75));
            locator = renderer.render(List.of(e), around, 800, 600, 1.8f, false);
        }
        return new KeySlide(rank, heading, String.join(" \u00B7 ", facts), quotes, locator);
    }

    // ---- text measuring shared by both writers (Liberation Sans has Arial's metrics, so PPTX agrees)

    private static final FontRenderContext FRC = new FontRenderContext(null, true, true);

    /** Width in points of {@code text} at {@code size} points. */
    public static double width(String text, float size, boolean bold) {
        return Fonts.sans(size, bold).getStringBounds(text, FRC).getWidth();
    }

    /** {@code text} broken into lines no wider than {@code width} points, at spaces where possible. */
    public static List<String> wrap(String text, float size, boolean bold, double width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (width(candidate, size, bold) <= width) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (!line.isEmpty()) {
                lines.add(line.toString());
                line.setLength(0);
            }
            while (width(word, size, bold) > width && word.length() > 1) { // a URL or a very long word
                int cut = word.length() - 1;
                while (cut > 1 && width(word.substring(0, cut), size, bold) > width) {
                    cut--;
                }
                lines.add(word.substring(0, cut));
                word = word.substring(cut);
            }
            line.append(word);
        }
        if (!line.isEmpty() || lines.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }
}
