package org.geobrief.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.geobrief.base.TextSpan;
import org.geobrief.gazetteer.Place;
import org.geobrief.gazetteer.PlaceCandidate;
import org.geobrief.geoparse.ResolvedMention;

/**
 * Writes the parse command's JSON: {@code {"documents":[{"source", "articles":[{"title", "published", "start",
 * "end", "mentions":[...], "events":[...]}]}]}}. Offsets are code points into the source file's whole text.
 * Subclasses fill in {@code events} by overriding {@link #writeEvents}.
 */
public class ParseJson implements AutoCloseable {

    /** One parsed article: its input and its mentions, with spans already shifted to the document. */
    public record ParsedArticle(String source, ArticleInput article, List<ResolvedMention> mentions) {}

    private final JsonGenerator json;

    public ParseJson(OutputStream out) throws IOException {
        this.json = new JsonFactory().createGenerator(out).useDefaultPrettyPrinter();
        json.writeStartObject();
        json.writeArrayFieldStart("documents");
    }

    /** Writes one document (one input file) and its articles. */
    public void document(String source, List<ParsedArticle> articles) throws IOException {
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
        ArticleInput in = a.article();
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
        for (ResolvedMention m : a.mentions()) {
            mention(m);
        }
        json.writeEndArray();
        json.writeFieldName("events");
        writeEvents(json, a);
        json.writeEndObject();
    }

    /** The article's {@code events} value; an empty array until an event extractor is plugged in here. */
    protected void writeEvents(JsonGenerator json, ParsedArticle article) throws IOException {
        json.writeStartArray();
        json.writeEndArray();
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

    protected void place(Place p, Double score) throws IOException {
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
