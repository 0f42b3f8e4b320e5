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
        add(c, articleId, outletKey, mentions);
    }

    /**
     * Records the counts of an article stored just now (it has none yet); nothing for an article without an outlet
     * key: the import's path, without {@link #set}'s delete.
     */
    public static void add(Connection c, String articleId, String outletKey, List<ResolvedMention> mentions)
            throws SQLException {
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

    /** How many of an outlet's stored articles its prior is learned from: enough to settle a home region. */
    static final int SAMPLE = 400;

    /**
     * The outlet's home regions learned from (at most {@value #SAMPLE} of) its stored articles other than
     * {@code articleId} (the one being analysed, which must not teach itself); {@link HomeRegions#NONE} for a null key or an outlet with none.
     */
    public static HomeRegions prior(Connection c, String outletKey, String articleId) throws SQLException {
        return prior(c, outletKey, articleId, SAMPLE);
    }

    /** As {@link #prior(Connection, String, String)}, from at most {@code sample} articles. */
    static HomeRegions prior(Connection c, String outletKey, String articleId, int sample) throws SQLException {
        if (outletKey == null) {
            return HomeRegions.NONE;
        }
        Map<String, Map<String, Integer>> byArticle = new LinkedHashMap<>();
        // at most SAMPLE of the outlet's articles, the first by id (content hashes: a fixed, unbiased sample), so that
        // reading the prior does not grow with the store: an import of n articles of one outlet stays linear
        try (PreparedStatement s = c.prepareStatement("SELECT o.article_id, o.region, o.names FROM outlet_regions o"
                + " JOIN (SELECT DISTINCT article_id FROM outlet_regions WHERE outlet = ? AND article_id <> ?"
                + " ORDER BY article_id LIMIT " + sample + ") s ON o.article_id = s.article_id"
                + " ORDER BY o.article_id, o.region")) {
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
