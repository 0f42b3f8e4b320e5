package org.geobrief.briefing.internal;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.geobrief.briefing.ArticleMeta;
import org.geobrief.briefing.BriefingContext;
import org.geobrief.events.EventSource;
import org.geobrief.events.GeoEvent;
import org.geobrief.gazetteer.Place;

/**
 * RFC 7946 GeoJSON: a FeatureCollection with one Point Feature per event, coordinates in [lon, lat] order (WGS84,
 * no "crs" member). Events without a place get a null geometry, which RFC 7946 allows.
 */
public final class GeoJsonExport {

    private static final JsonFactory JSON = new JsonFactory();

    private GeoJsonExport() {}

    public static void write(List<GeoEvent> events, BriefingContext ctx, OutputStream out) throws IOException {
        try (JsonGenerator g = JSON.createGenerator(out, JsonEncoding.UTF8)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.writeStartObject();
            g.writeStringField("type", "FeatureCollection");
            g.writeArrayFieldStart("features");
            for (GeoEvent e : events) {
                feature(g, e, ctx);
            }
            g.writeEndArray();
            g.writeEndObject();
        }
    }

    private static void feature(JsonGenerator g, GeoEvent e, BriefingContext ctx) throws IOException {
        Place place = e.place();
        g.writeStartObject();
        g.writeStringField("type", "Feature");
        g.writeStringField("id", e.id());
        if (place == null || place.point() == null) {
            g.writeNullField("geometry");
        } else {
            g.writeObjectFieldStart("geometry");
            g.writeStringField("type", "Point");
            g.writeArrayFieldStart("coordinates");
            // RFC 7946 section 3.1.1: longitude first; 6 decimals is ~0.1 m, more than any gazetteer knows.
            g.writeNumber(round6(place.point().lon()));
            g.writeNumber(round6(place.point().lat()));
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeObjectFieldStart("properties");
        g.writeStringField("type", e.type() == null ? null : e.type().label());
        g.writeStringField("subtype", e.subtype());
        g.writeStringField("family", e.type() == null ? null : e.family().label());
        g.writeBooleanField("planned", e.planned());
        g.writeStringField("location_precision", e.whereInWords());
        g.writeStringField("date", e.date() == null ? null : e.date().toString());
        if (e.timePrecision() == null) {
            g.writeNullField("time_precision");
        } else {
            g.writeNumberField("time_precision", e.timePrecision().code());
        }
        g.writeNumberField("geo_precision", e.geoPrecision());
        g.writeNumberField("confidence", Math.round(e.confidence() * 1000) / 1000.0);
        g.writeArrayFieldStart("actors");
        for (String a : e.actors() == null ? List.<String>of() : e.actors()) {
            g.writeString(a);
        }
        g.writeEndArray();
        if (e.fatalities() == null) {
            g.writeNullField("fatalities");
        } else {
            g.writeNumberField("fatalities", e.fatalities());
        }
        g.writeStringField("place", place == null ? null : place.name());
        if (place != null) {
            g.writeNumberField("geonameid", place.geonameId());
        }
        g.writeStringField("country", place == null ? null : place.countryCode());
        g.writeStringField("country_name", place == null ? null : EventText.countryName(place.countryCode()));
        g.writeStringField("admin1", place == null || place.admin1Name().isEmpty() ? null : place.admin1Name());
        List<EventSource> listed = EventText.listedSources(e);
        int unlisted = EventText.sources(e).size() - listed.size();
        if (unlisted > 0) {
            g.writeNumberField("sources_not_listed", unlisted); // beyond EventText.LISTED_SOURCES
        }
        g.writeArrayFieldStart("sources");
        for (EventSource s : listed) {
            String articleId = s.link() == null ? null : s.link().articleId();
            ArticleMeta meta = ctx.article(articleId);
            g.writeStartObject();
            g.writeStringField("article", articleId);
            g.writeStringField("outlet", meta.outlet());
            g.writeStringField("title", meta.title());
            g.writeStringField("url", meta.url());
            g.writeStringField(
                    "published",
                    meta.published() == null ? null : meta.published().toString());
            g.writeStringField("sentence", s.sentence());
            if (s.link() != null && s.link().sentence() != null) {
                g.writeArrayFieldStart("span");
                g.writeNumber(s.link().sentence().start());
                g.writeNumber(s.link().sentence().end());
                g.writeEndArray();
            }
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
        g.writeEndObject();
    }

    private static double round6(double v) {
        return Math.round(v * 1e6) / 1e6;
    }
}
