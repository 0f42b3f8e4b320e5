package org.geobrief.ingest;

import java.util.List;
import org.geobrief.base.AnalysisProgress;
import org.geobrief.events.GeoEvent;
import org.geobrief.geoparse.HomeRegions;
import org.geobrief.geoparse.OutletRegions;
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

    /**
     * As {@link #analyse(Article, MentionOverrides, AnalysisProgress)}, with the home regions of the article's outlet
     * (learned from its articles analysed before: {@link OutletRegions}) as a prior on namesakes. An analyser without
     * a geoparser of its own (a test's stand-in) ignores it.
     */
    default Analysis analyse(Article article, MentionOverrides overrides, HomeRegions home, AnalysisProgress progress) {
        return analyse(article, overrides, progress);
    }

    /**
     * One article of a run read in order ({@code parse} of several files, a batch, an evaluation): analysed with the
     * home regions its outlet's earlier articles in {@code outlets} taught, then added to them. An article without an
     * outlet ({@link Article#outletKey()} null) gets no prior and teaches none.
     */
    default Analysis analyseInTurn(Article article, OutletRegions outlets) {
        String key = article.outletKey();
        Analysis analysis = analyse(article, MentionOverrides.NONE, outlets.prior(key), AnalysisProgress.NONE);
        outlets.learn(key, analysis.mentions());
        return analysis;
    }
}
