package org.geobrief.ingest;

/** One row of the article library: an article with how many events it reports and distinct places it names. */
public record LibraryRow(ArticleSummary article, int events, int places) {}
