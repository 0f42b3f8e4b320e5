package org.geobrief.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.geobrief.base.AnalysisProgress;
import org.geobrief.base.TextSpan;
import org.geobrief.events.EventExtractor;
import org.geobrief.events.GeoEvent;
import org.geobrief.gazetteer.Gazetteer;
import org.geobrief.geoparse.GeoParser;
import org.geobrief.geoparse.HomeRegions;
import org.geobrief.geoparse.PlaceMention;
import org.geobrief.geoparse.ResolvedMention;

/**
 * The one analysis of an article: {@link GeoParser} over a gazetteer, then {@link EventExtractor} (which merges the
 * article's own repeated reports). The web import, the library's re-analysis, {@code parse}, {@code import},
 * {@code export} and batch jobs all call this, so they find the same places and events in the same text.
 *
 * <p>Plain Java, thread-safe: one instance serves any number of threads (the parser is shared, each thread has its
 * own extractor). {@link #bundled()} loads the bundled gazetteer once per JVM, on the first analysis.
 *
 * <p>Corrections are taken by name: a correction at one span applies to every mention of that name in the article;
 * the parser resolves one name to one place per document anyway.
 */
public final class ArticlePipeline implements ArticleAnalyser {

    private static final ArticlePipeline BUNDLED = new ArticlePipeline(() -> new GeoParser(Gazetteer.bundled()));

    private final Supplier<GeoParser> parser;
    private volatile GeoParser loaded;
    private final ThreadLocal<EventExtractor> extractor = ThreadLocal.withInitial(EventExtractor::new);

    /** Over a parser made on the first analysis (the gazetteer takes a second or two to load). */
    public ArticlePipeline(Supplier<GeoParser> parser) {
        this.parser = parser;
    }

    public ArticlePipeline(GeoParser parser) {
        this(() -> parser);
        this.loaded = parser;
    }

    /** Over the bundled gazetteer: one instance per JVM, its gazetteer loaded on the first analysis. */
    public static ArticlePipeline bundled() {
        return BUNDLED;
    }

    /**
     * The article's place mentions (spans relative to the article's text) and events (sentence spans relative to its
     * source document, as {@link GeoEvent} sources are stored and shown).
     */
    @Override
    public Analysis analyse(Article article, MentionOverrides overrides) {
        return analyse(article, overrides, AnalysisProgress.NONE);
    }

    @Override
    public Analysis analyse(Article article, MentionOverrides overrides, AnalysisProgress progress) {
        return analyse(article, overrides, HomeRegions.NONE, progress);
    }

    @Override
    public Analysis analyse(Article article, MentionOverrides overrides, HomeRegions home, AnalysisProgress progress) {
        String text = article.text();
        Map<String, Long> byName = new HashMap<>(overrides.byName());
        for (Map.Entry<TextSpan, Long> e : overrides.bySpan().entrySet()) {
            TextSpan span = e.getKey();
            if (span.end() <= text.codePointCount(0, text.length())) {
                int[] chars = span.toChars(text);
                byName.put(text.substring(chars[0], chars[1]), e.getValue());
            }
        }
        List<ResolvedMention> mentions = parser().parse(text, byName, home, progress);
        int offset = article.span().start();
        List<GeoEvent> events = extractor
                .get()
                .extract(article.id(), text, offset, article.published(), shift(mentions, offset), progress);
        return new Analysis(mentions, events);
    }

    /** The analysis of an article without corrections. */
    public Analysis analyse(Article article) {
        return analyse(article, MentionOverrides.NONE);
    }

    /** The geoparser this pipeline uses (loaded on first call). */
    public GeoParser parser() {
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

    /**
     * Mentions with their spans moved by {@code offset} code points: from the article's text to its document's. The
     * extractor takes document spans; forgetting this lost every event of a digest's later articles on import.
     */
    public static List<ResolvedMention> shift(List<ResolvedMention> mentions, int offset) {
        if (offset == 0) {
            return mentions;
        }
        List<ResolvedMention> out = new ArrayList<>(mentions.size());
        for (ResolvedMention m : mentions) {
            PlaceMention pm = m.mention();
            TextSpan s = new TextSpan(pm.span().start() + offset, pm.span().end() + offset);
            out.add(new ResolvedMention(
                    new PlaceMention(pm.text(), s, pm.kind()), m.place(), m.confidence(), m.candidates()));
        }
        return out;
    }
}
