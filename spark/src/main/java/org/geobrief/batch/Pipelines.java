package org.geobrief.batch;

import org.geobrief.ingest.ArticleAnalyser;
import org.geobrief.ingest.ArticlePipeline;

/**
 * One analysis per executor JVM, the import's own ({@link ArticlePipeline}): the bundled gazetteer and its {@code GeoParser} load once, on the first article a
 * task analyses, and serve every task and thread of that JVM after (the analyser is thread-safe).
 */
final class Pipelines {

    private static final ArticleAnalyser BUNDLED = ArticlePipeline.bundled();

    private Pipelines() {}

    static ArticleAnalyser analyser() {
        return BUNDLED;
    }
}
