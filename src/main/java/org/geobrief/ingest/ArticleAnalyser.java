package org.geobrief.ingest;

import java.util.List;
import org.geobrief.base.AnalysisProgress;
import org.geobrief.events.GeoEvent;
import org.geobrief.geoparse.ResolvedMention;

/** Reads the places and events in an article: the geoparsing pipeline as the import sees it. */
public interface ArticleAnalyser {

    /**
     * @param mentions place mentions, spans relative to the article's text
     * @param events the article's events, sentence spans relative to its source document
     */
    record Analysis(List<ResolvedMention> mentions, List<GeoEvent> events) {
        public Analysis {
            mentions = List.copyOf(mentions);
            events = List.copyOf(events);
        }
    }

    Analysis analyse(Article article, MentionOverrides overrides);

    /**
     * As {@link #analyse(Article, MentionOverrides)}, reporting how far it is through the article to
     * {@code progress}; an analyser that cannot tell reports nothing.
     */
    default Analysis analyse(Article article, MentionOverrides overrides, AnalysisProgress progress) {
        return analyse(article, overrides);
    }
}
