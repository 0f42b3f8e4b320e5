package org.geobrief.ingest;

import java.util.List;

/**
 * What the article library shows: the articles whose title, outlet, source, text or a place name in them contains
 * {@code text} (case-insensitive; blank: every article), in {@code orders} (first order first; empty: newest
 * publication first, undated last). Ties always end on the article id, so that pages never overlap.
 */
public record ArticleQuery(String text, List<Order> orders) {

    /** The library's sortable columns; the store maps each to a fixed SQL expression, never to the caller's text. */
    public enum Column {
        /** The title, else the file name, case-insensitive. */
        TITLE,
        /** The outlet, missing ones first. */
        OUTLET,
        /** The publication day, undated first. */
        PUBLISHED,
        /** How many events the article reports. */
        EVENTS,
        /** How many distinct resolved places the article names. */
        PLACES,
        /** When the article was imported. */
        IMPORTED
    }

    /** One sort order: a column, ascending or descending. */
    public record Order(Column column, boolean descending) {}

    public ArticleQuery {
        text = text == null ? "" : text.strip();
        orders = List.copyOf(orders);
    }

    /** Every article, newest publication first. */
    public static ArticleQuery all() {
        return new ArticleQuery("", List.of());
    }

    public static ArticleQuery matching(String text) {
        return new ArticleQuery(text, List.of());
    }

    public ArticleQuery sortedBy(List<Order> orders) {
        return new ArticleQuery(text, orders);
    }
}
