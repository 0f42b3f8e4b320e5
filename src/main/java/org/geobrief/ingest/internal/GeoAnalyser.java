package org.geobrief.ingest.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.geobrief.base.TextSpan;
import org.geobrief.events.EventExtractor;
import org.geobrief.events.GeoEvent;
import org.geobrief.gazetteer.Gazetteer;
import org.geobrief.geoparse.GeoParser;
import org.geobrief.geoparse.ResolvedMention;
import org.geobrief.ingest.Article;
import org.geobrief.ingest.ArticleAnalyser;
import org.geobrief.ingest.MentionOverrides;

/**
 * The real pipeline: {@link GeoParser} over the bundled gazetteer, then {@link EventExtractor} (which merges the
 * article's own repeated reports). The parser takes corrections by name, so a correction at one span applies to every
 * mention of that name in the article; the parser resolves one name to one place per document anyway.
 */
public final class GeoAnalyser implements ArticleAnalyser {

    private final Supplier<GeoParser> parser;
    private volatile GeoParser loaded;
    private final ThreadLocal<EventExtractor> extractor = ThreadLocal.withInitial(EventExtractor::new);

    public GeoAnalyser(Supplier<GeoParser> parser) {
        this.parser = parser;
    }

    /** Over the bundled gazetteer, loaded on the first analysis. */
    public static GeoAnalyser bundled() {
        return new GeoAnalyser(() -> new GeoParser(Gazetteer.bundled()));
    }

    @Override
    public Analysis analyse(Article article, MentionOverrides overrides) {
        String text = article.text();
        Map<String, Long> byName = new HashMap<>(overrides.byName());
        for (Map.Entry<TextSpan, Long> e : overrides.bySpan().entrySet()) {
            TextSpan span = e.getKey();
            if (span.end() <= text.codePointCount(0, text.length())) {
                int[] chars = span.toChars(text);
                byName.put(text.substring(chars[0], chars[1]), e.getValue());
            }
        }
        List<ResolvedMention> mentions = parser().parse(text, byName);
        List<GeoEvent> events =
                extractor.get().extract(article.id(), text, article.span().start(), article.published(), mentions);
        return new Analysis(mentions, events);
    }

    private GeoParser parser() {
        GeoParser p = loaded;
        if (p == null) {
            synchronized (this) {
                if (loaded == null) {
                    loaded = parser.get();
                }
                p = loaded;
            }
        }
        return p;
    }
}
