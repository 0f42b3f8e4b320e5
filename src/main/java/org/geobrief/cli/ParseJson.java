package org.geobrief.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.geobrief.base.TextSpan;
import org.geobrief.events.GeoEvent;
import org.geobrief.gazetteer.Place;
import org.geobrief.gazetteer.PlaceCandidate;
import org.geobrief.geoparse.ResolvedMention;
import org.geobrief.ingest.Article;
import org.geobrief.ingest.ArticleAnalyser;
import org.geobrief.ingest.ArticlePipeline;

/**
 * Writes the parse command's JSON: {@code {"documents":[{"source", "articles":[{"title", "published", "start",
 * "end", "mentions":[...], "events":[...]}]}]}}. Offsets are code points into the source file's whole text. Each
 * event: {@code {"id", "type", "subtype", "family", "planned", "date", "timePrecision", "geoPrecision",
 * "locationPrecision" ("in Almaty", "somewhere in Kazakhstan"), "place":{...as in mentions},
 * "sentence":{"start","end"}, "sources":[{"start", "end"}], "actors":[...], "fatalities", "confidence"}};
 * {@code sentence} is the first report, {@code sources} every sentence of the article that reports the event.
 */
final class ParseJson implements AutoCloseable {

    /** One analysed article (mention spans relative to its text, event spans to its document). */
    record ParsedArticle(Article article, ArticleAnalyser.Analysis analysis) {}

    private final JsonGenerator json;

    ParseJson(OutputStream out) throws IOException {
        this.json = new JsonFactory().createGenerator(out).useDefaultPrettyPrinter();
        json.writeStartObject();
        json.writeArrayFieldStart("documents");
    }

    /** Writes one document (one input file) and its articles. */
    void document(String source, List<ParsedArticle> articles) throws IOException {
        json.writeStartObject();
        json.writeStringField("source", source);
        json.writeArrayFieldStart("articles");
        for (ParsedArticle a : articles) {
            article(a);
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private void article(ParsedArticle a) throws IOException {
        Article in = a.article();
        json.writeStartObject();
        json.writeStringField("title", in.title());
        if (in.published() == null) {
            json.writeNullField("published");
        } else {
            json.writeStringField("published", in.published().toString());
        }
        json.writeNumberField("start", in.span().start());
        json.writeNumberField("end", in.span().end());
        json.writeArrayFieldStart("mentions");
        for (ResolvedMention m :
                ArticlePipeline.shift(a.analysis().mentions(), in.span().start())) {
            mention(m);
        }
        json.writeEndArray();
        json.writeArrayFieldStart("events");
        for (GeoEvent e : a.analysis().events()) {
            event(e);
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private void event(GeoEvent e) throws IOException {
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
        span(e.sources().get(0).link().sentence());
        json.writeArrayFieldStart("sources");
        for (var s : e.sources()) {
            span(s.link().sentence());
        }
        json.writeEndArray();
        json.writeArrayFieldStart("actors");
        for (String actor : e.actors()) {
            json.writeString(actor);
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

    private void span(TextSpan s) throws IOException {
        json.writeStartObject();
        json.writeNumberField("start", s.start());
        json.writeNumberField("end", s.end());
        json.writeEndObject();
    }

    private void mention(ResolvedMention m) throws IOException {
        TextSpan s = m.mention().span();
        json.writeStartObject();
        json.writeStringField("text", m.mention().text());
        json.writeNumberField("start", s.start());
        json.writeNumberField("end", s.end());
        json.writeStringField("kind", m.mention().kind().json());
        json.writeNumberField("confidence", m.confidence());
        if (m.place() == null) {
            json.writeNullField("place");
        } else {
            json.writeFieldName("place");
            place(m.place(), null);
        }
        json.writeArrayFieldStart("candidates");
        for (PlaceCandidate c : m.candidates()) {
            place(c.place(), c.score());
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private void place(Place p, Double score) throws IOException {
        json.writeStartObject();
        json.writeNumberField("geonameid", p.geonameId());
        json.writeStringField("name", p.name());
        json.writeStringField("country", p.countryCode());
        json.writeStringField("admin1", p.admin1Name());
        json.writeStringField("featureCode", p.featureCode());
        json.writeNumberField("lat", p.point().lat());
        json.writeNumberField("lon", p.point().lon());
        if (score != null) {
            json.writeNumberField("score", Math.round(score * 1000) / 1000.0);
        }
        json.writeEndObject();
    }

    /** Closes the JSON object and flushes; the output stream stays open. */
    @Override
    public void close() throws IOException {
        json.writeEndArray();
        json.writeEndObject();
        json.writeRaw('\n');
        json.flush();
    }
}
