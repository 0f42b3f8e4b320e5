package org.geobrief.ingest.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import org.geobrief.ingest.ImportLogEntry;

/** The {@code import_log} table (migration V84): one row per import, however it ended. */
public final class ImportLog {

    private static final int MAX_INPUTS = 2000;
    private static final int MAX_MESSAGE = 4000;

    private ImportLog() {}

    public static void insert(Connection c, ImportLogEntry e) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO import_log (started_at, ended_at, inputs, outcome,"
                + " articles, duplicates, events, message) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            s.setTimestamp(1, Timestamp.from(e.startedAt()));
            s.setTimestamp(2, Timestamp.from(e.endedAt()));
            s.setString(3, cut(e.inputs(), MAX_INPUTS));
            s.setString(4, e.outcome().name());
            s.setInt(5, e.articles());
            s.setInt(6, e.duplicates());
            s.setInt(7, e.events());
            s.setString(8, cut(e.message(), MAX_MESSAGE));
            s.executeUpdate();
        }
    }

    /** The latest {@code limit} imports, newest first. */
    public static List<ImportLogEntry> recent(Connection c, int limit) throws SQLException {
        List<ImportLogEntry> out = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT started_at, ended_at, inputs, outcome, articles,"
                + " duplicates, events, message FROM import_log ORDER BY id DESC LIMIT ?")) {
            s.setInt(1, limit);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    out.add(new ImportLogEntry(
                            r.getTimestamp(1).toInstant(),
                            r.getTimestamp(2).toInstant(),
                            r.getString(3),
                            ImportLogEntry.Outcome.valueOf(r.getString(4)),
                            r.getInt(5),
                            r.getInt(6),
                            r.getInt(7),
                            r.getString(8)));
                }
            }
        }
        return out;
    }

    private static String cut(String s, int max) {
        String v = s == null ? "" : s;
        return v.length() > max ? v.substring(0, max - 1) + "…" : v;
    }
}
