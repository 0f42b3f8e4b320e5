package org.geobrief.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import org.geobrief.base.TextSpan;
import org.geobrief.events.EventExtractor;
import org.geobrief.events.GeoEvent;

/**
 * The parse command's JSON with each article's {@code events}: {@code {"id", "type", "subtype", "family", "planned",
 * "date", "timePrecision", "geoPrecision", "locationPrecision" ("in Almaty", "somewhere in Kazakhstan"), "place":{...as in mentions}, "sentence":{"start","end"}, "sources":[{"start",
 * "end"}], "actors":[...], "fatalities", "confidence"}}. Offsets are code points into the file's whole text;
 * {@code sentence} is the first report, {@code sources} every sentence of the article that reports the event.
 */
final class EventsJson extends ParseJson {

    private final EventExtractor extractor = new EventExtractor();

    EventsJson(OutputStream out) throws IOException {
        super(out);
    }

    @Override
    protected void writeEvents(JsonGenerator json, ParsedArticle article) throws IOException {
        ArticleInput in = article.article();
        String id = article.source() + "@" + in.span().start();
        json.writeStartArray();
        for (GeoEvent e : extractor.extract(id, in.text(), in.span().start(), in.published(), article.mentions())) {
            json.writeStartObject();
            json.writeStringField("id", e.id());
            json.writeStringField("type", e.type().label());
            json.writeStringField("subtype", e.subtype());
            json.writeStringField("family", e.family().label());
            json.writeBooleanField("planned", e.planned());
            if (e.date() == null) {
                json.writeNullField("date");
            } else {
                json.writeStringField("date", e.date().toString());
            }
            json.writeNumberField("timePrecision", e.timePrecision().code());
            json.writeNumberField("geoPrecision", e.geoPrecision());
            json.writeStringField("locationPrecision", e.whereInWords());
            json.writeFieldName("place");
            place(e.place(), null);
            json.writeFieldName("sentence");
            span(json, e.sources().get(0).link().sentence());
            json.writeArrayFieldStart("sources");
            for (var s : e.sources()) {
                span(json, s.link().sentence());
            }
            json.writeEndArray();
            json.writeArrayFieldStart("actors");
            for (String a : e.actors()) {
                json.writeString(a);
            }
            json.writeEndArray();
            if (e.fatalities() == null) {
                json.writeNullField("fatalities");
            } else {
                json.writeNumberField("fatalities", e.fatalities());
            }
            json.writeNumberField("confidence", e.confidence());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private static void span(JsonGenerator json, TextSpan s) throws IOException {
        json.writeStartObject();
        json.writeNumberField("start", s.start());
        json.writeNumberField("end", s.end());
        json.writeEndObject();
    }
}
