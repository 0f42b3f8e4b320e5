package org.geobrief.ingest.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.geobrief.geoparse.HomeRegions;
import org.geobrief.geoparse.OutletRegions;
import org.geobrief.geoparse.ResolvedMention;

/**
 * The {@code outlet_regions} table (migration V86): what each stored article of a known outlet teaches about its
 * outlet's home regions ({@link OutletRegions#regionsOf}), and the prior an outlet's stored articles give.
 */
public final class OutletRegionCounts {

    private OutletRegionCounts() {}

    /** Replaces the article's counts by those of its mentions; an article without an outlet key keeps none. */
    public static void set(Connection c, String articleId, String outletKey, List<ResolvedMention> mentions)
            throws SQLException {
        try (PreparedStatement d = c.prepareStatement("DELETE FROM outlet_regions WHERE article_id = ?")) {
            d.setString(1, articleId);
            d.executeUpdate();
        }
        if (outletKey == null) {
            return;
        }
        Map<String, Integer> counts = OutletRegions.regionsOf(mentions);
        if (counts.isEmpty()) {
            return;
        }
        try (PreparedStatement s = c.prepareStatement(
                "INSERT INTO outlet_regions (article_id, outlet, region, names) VALUES (?, ?, ?, ?)")) {
            for (Map.Entry<String, Integer> e : counts.entrySet()) {
                s.setString(1, articleId);
                s.setString(2, outletKey);
                s.setString(3, e.getKey());
                s.setInt(4, e.getValue());
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    /**
     * The outlet's home regions learned from its stored articles other than {@code articleId} (the one being
     * analysed, which must not teach itself); {@link HomeRegions#NONE} for a null key or an outlet with none.
     */
    public static HomeRegions prior(Connection c, String outletKey, String articleId) throws SQLException {
        if (outletKey == null) {
            return HomeRegions.NONE;
        }
        Map<String, Map<String, Integer>> byArticle = new LinkedHashMap<>();
        try (PreparedStatement s = c.prepareStatement(
                "SELECT article_id, region, names FROM outlet_regions WHERE outlet = ? AND article_id <> ?"
                        + " ORDER BY article_id, region")) {
            s.setString(1, outletKey);
            s.setString(2, articleId);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    byArticle
                            .computeIfAbsent(r.getString(1), k -> new TreeMap<>())
                            .put(r.getString(2), r.getInt(3));
                }
            }
        }
        return HomeRegions.learnedFrom(byArticle.values());
    }
}
