package org.geobrief.events;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Set;

/**
 * Which stored articles answer to names in {@link EventQuery#sources()}: those whose source (file name, "pasted") or
 * outlet is one of them. Articles belong to the import feature, so it answers, on the caller's connection; the events
 * feature never reads the articles' table itself.
 */
@FunctionalInterface
public interface ArticleNames {

    /** Knows no articles: a query by source is refused. */
    ArticleNames NONE = (c, names) -> {
        throw new IllegalStateException("this event catalog cannot filter by source: it knows no articles");
    };

    /** Ids of the stored articles whose source or outlet is one of {@code names}. */
    Set<String> articlesNamed(Connection c, Set<String> names) throws SQLException;
}
