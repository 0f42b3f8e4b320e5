package org.geobrief.ingest;

import java.time.Instant;
import java.util.List;
import org.geobrief.base.TextSpan;
import org.geobrief.events.GeoEvent;
import org.geobrief.events.SourceLink;
import org.geobrief.geoparse.ResolvedMention;

/**
 * An article as stored, for the reader view.
 *
 * @param mentions its place mentions; spans are code points in {@code article.text()}
 * @param events the events it reports; their {@link SourceLink} spans are code points in the source document, see
 *     {@link #inText(SourceLink)}
 * @param corrections the corrections that apply to it, undone ones included, oldest first
 */
public record StoredArticle(
        Article article,
        Instant importedAt,
        List<ResolvedMention> mentions,
        List<GeoEvent> events,
        List<Correction> corrections) {

    /** A source sentence's span as code points in {@code article.text()}. */
    public TextSpan inText(SourceLink link) {
        int offset = article.span().start();
        return new TextSpan(
                Math.max(0, link.sentence().start() - offset),
                Math.max(0, link.sentence().end() - offset));
    }
}
