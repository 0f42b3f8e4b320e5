package org.geobrief.map.ui;

import org.geobrief.ingest.ArticleSummary;

/** One row of the article library: an article with how many events it reports and distinct places it names. */
public record ArticleEntry(ArticleSummary article, int events, int places) {}
