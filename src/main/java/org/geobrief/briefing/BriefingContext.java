package org.geobrief.briefing;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * What a briefing says about the selection besides its events.
 *
 * @param title shown on the title slide and as the document title
 * @param filterSummary the filter that selected the events, in words ("Protests in KZ, 2022-01-01 to 2022-01-31")
 * @param extent the map's area; null fits the map to the events
 * @param articles article id to its metadata; may return null for unknown ids
 * @param generated the day the briefing is made, printed on the title slide
 * @param subtitle the analyst's line under the title ("For the morning meeting"); empty for none
 * @param keyEventIds the events the analyst picked for a slide each, in the order of their slides; empty lets the
 *     briefing rank them itself (most reported first)
 */
public record BriefingContext(
        String title,
        String filterSummary,
        MapExtent extent,
        Function<String, ArticleMeta> articles,
        LocalDate generated,
        String subtitle,
        List<String> keyEventIds) {

    public BriefingContext {
        Objects.requireNonNull(title, "title");
        filterSummary = filterSummary == null ? "" : filterSummary;
        articles = articles == null ? id -> null : articles;
        Objects.requireNonNull(generated, "generated");
        subtitle = subtitle == null ? "" : subtitle.strip();
        keyEventIds = keyEventIds == null ? List.of() : List.copyOf(keyEventIds);
    }

    /** A context without subtitle whose key events the briefing ranks itself. */
    public BriefingContext(
            String title,
            String filterSummary,
            MapExtent extent,
            Function<String, ArticleMeta> articles,
            LocalDate generated) {
        this(title, filterSummary, extent, articles, generated, "", List.of());
    }

    /** A context with the given title, no filter summary, a fitted extent and no article metadata. */
    public static BriefingContext titled(String title) {
        return new BriefingContext(title, "", null, id -> null, LocalDate.now());
    }

    /** The metadata of an article, {@link ArticleMeta#UNKNOWN} when the lookup knows nothing. */
    public ArticleMeta article(String articleId) {
        ArticleMeta meta = articles.apply(articleId);
        return meta == null ? ArticleMeta.UNKNOWN : meta;
    }

    public BriefingContext withExtent(MapExtent newExtent) {
        return new BriefingContext(title, filterSummary, newExtent, articles, generated, subtitle, keyEventIds);
    }
}
