package org.geobrief.security;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Who changed or took what, when: imports, corrections and their undoing, deletions and exports, one row each in
 * {@code audit_log} (migration V60). Viewable by an admin on the {@code audit} page.
 */
@Service
public class AuditLog {

    /** One entry; {@code detail} is what was imported, corrected or exported, in words. */
    public record Entry(Instant at, String user, String action, String detail) {}

    private static final int MAX_DETAIL = 2000;

    private final JdbcTemplate jdbc;

    public AuditLog(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
    }

    /** Records {@code action} ("import", "correct", "undo", "delete", "export") by the current user. */
    public void record(String action, String detail) {
        record(Access.currentUser(), action, detail);
    }

    /** Records {@code action} by {@code user} (from a thread outside the user's request). */
    public void record(String user, String action, String detail) {
        String d = detail == null ? "" : detail;
        jdbc.update(
                "INSERT INTO audit_log (at, username, action, detail) VALUES (?, ?, ?, ?)",
                Timestamp.from(Instant.now()),
                user,
                action,
                d.length() > MAX_DETAIL ? d.substring(0, MAX_DETAIL - 1) + "…" : d);
    }

    /** The latest {@code limit} entries, newest first. */
    public List<Entry> recent(int limit) {
        return jdbc.query(
                "SELECT at, username, action, detail FROM audit_log ORDER BY id DESC LIMIT ?",
                (rs, i) -> new Entry(rs.getTimestamp(1).toInstant(), rs.getString(2), rs.getString(3), rs.getString(4)),
                limit);
    }
}
