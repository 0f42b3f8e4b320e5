package org.geobrief.ingest.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.geobrief.ingest.DateSource;

/** The {@code article_dates} table (migration V84): where each article's publication date came from. */
public final class ArticleDates {

    private ArticleDates() {}

    /** Records (or replaces) where the article's date came from. */
    public static void set(Connection c, String articleId, DateSource source) throws SQLException {
        try (PreparedStatement d = c.prepareStatement("DELETE FROM article_dates WHERE article_id = ?")) {
            d.setString(1, articleId);
            d.executeUpdate();
        }
        try (PreparedStatement s =
                c.prepareStatement("INSERT INTO article_dates (article_id, date_source) VALUES (?, ?)")) {
            s.setString(1, articleId);
            s.setString(2, source.name());
            s.executeUpdate();
        }
    }

    /** Where the dates of these articles came from; an article without a record is absent. */
    public static Map<String, DateSource> of(Connection c, Collection<String> articleIds) throws SQLException {
        Map<String, DateSource> out = new HashMap<>();
        if (articleIds.isEmpty()) {
            return out;
        }
        String marks = String.join(", ", java.util.Collections.nCopies(articleIds.size(), "?"));
        try (PreparedStatement s = c.prepareStatement(
                "SELECT article_id, date_source FROM article_dates WHERE article_id IN (" + marks + ")")) {
            int i = 1;
            for (String id : articleIds) {
                s.setString(i++, id);
            }
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    out.put(r.getString(1), DateSource.valueOf(r.getString(2)));
                }
            }
        }
        return out;
    }
}
