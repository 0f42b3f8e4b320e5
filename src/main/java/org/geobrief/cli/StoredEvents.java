package org.geobrief.cli;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.geobrief.briefing.ArticleMeta;
import org.geobrief.events.EventCatalog;
import org.geobrief.events.EventQuery;
import org.geobrief.events.EventSource;
import org.geobrief.events.GeoEvent;
import org.geobrief.ingest.internal.EmbeddedDatabase;
import org.h2.jdbcx.JdbcDataSource;

/**
 * The events of the stored articles, read from the app's H2 database without starting Spring. The default
 * database is the web app's: {@code ~/.geobrief/geobrief} (property {@code geobrief.data-dir} moves it).
 */
final class StoredEvents {

    /** The selected events and the metadata of the articles that report them. */
    record Selection(List<GeoEvent> events, Map<String, ArticleMeta> articles) {}

    private StoredEvents() {}

    static String defaultUrl() {
        return url(Path.of(System.getProperty("geobrief.data-dir", System.getProperty("user.home") + "/.geobrief")));
    }

    /** The database the import command and the web app keep in {@code dataDir}; never created by an export. */
    static String url(Path dataDir) {
        return "jdbc:h2:file:" + dataDir.toAbsolutePath().resolve("geobrief") + ";IFEXISTS=TRUE";
    }

    static Selection find(String jdbcUrl, EventQuery query) throws SQLException {
        if (jdbcUrl.startsWith(OWN_PREFIX) && jdbcUrl.endsWith(OWN_SUFFIX)) {
            // our own data directory: locked for the run, so a running web app is named instead of H2's raw message
            Path dir = Path.of(jdbcUrl.substring(OWN_PREFIX.length(), jdbcUrl.length() - OWN_SUFFIX.length()));
            try (EmbeddedDatabase db = EmbeddedDatabase.open(dir, false)) {
                return find(db.dataSource(), query, jdbcUrl);
            }
        }
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL(jdbcUrl);
        ds.setUser("sa");
        ds.setPassword("");
        return find(ds, query, jdbcUrl);
    }

    private static final String OWN_PREFIX = "jdbc:h2:file:";
    private static final String OWN_SUFFIX = "/geobrief;IFEXISTS=TRUE";

    private static Selection find(DataSource ds, EventQuery query, String jdbcUrl) throws SQLException {
        List<GeoEvent> events;
        try {
            events = new EventCatalog(ds).find(query);
        } catch (IllegalStateException e) {
            if (e.getCause() instanceof SQLException sql && sql.getErrorCode() == 90146) { // H2: database not found
                throw new IllegalStateException(
                        "no stored articles at " + jdbcUrl
                                + "; import some first (import FILE...) or name FILEs to export",
                        e);
            }
            throw e;
        }
        Set<String> ids = new LinkedHashSet<>();
        for (GeoEvent e : events) {
            for (EventSource s : e.sources()) {
                ids.add(s.link().articleId());
            }
        }
        Map<String, ArticleMeta> articles = new HashMap<>();
        try (Connection c = ds.getConnection();
                PreparedStatement ps =
                        c.prepareStatement("SELECT outlet, title, url, published FROM articles WHERE id = ?")) {
            for (String id : ids) {
                ps.setString(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        java.sql.Date published = rs.getDate(4);
                        articles.put(
                                id,
                                new ArticleMeta(
                                        rs.getString(1),
                                        rs.getString(2),
                                        rs.getString(3),
                                        published == null ? null : published.toLocalDate()));
                    }
                }
            }
        }
        return new Selection(events, articles);
    }
}
