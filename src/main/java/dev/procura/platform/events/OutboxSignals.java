package dev.procura.platform.events;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;

/** The durable list of tenants whose outbox may hold unsent events (control database). */
@ApplicationScoped
public class OutboxSignals {

    @Resource(lookup = "jdbc/control")
    DataSource control;

    public void mark(UUID tenantId) {
        try (Connection connection = control.getConnection();
                PreparedStatement mark = connection.prepareStatement(
                        "INSERT INTO outbox_signals (tenant_id, marked_at)"
                                + " VALUES (?, clock_timestamp()) ON CONFLICT (tenant_id) DO UPDATE SET marked_at = clock_timestamp()")) {
            mark.setObject(1, tenantId);
            mark.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot record the outbox signal of tenant " + tenantId, e);
        }
    }

    /** The oldest marks, at most {@code limit}, with the time each was marked. */
    public Map<UUID, Instant> oldest(int limit) throws SQLException {
        Map<UUID, Instant> marks = new LinkedHashMap<>();
        try (Connection connection = control.getConnection();
                PreparedStatement query = connection.prepareStatement(
                        "SELECT tenant_id, marked_at FROM outbox_signals ORDER BY marked_at LIMIT ?")) {
            query.setInt(1, limit);
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    marks.put(rs.getObject(1, UUID.class), rs.getTimestamp(2).toInstant());
                }
            }
        }
        return marks;
    }

    /**
     * The control database's time now: marks are stamped by it, so whether a mark was renewed
     * during a drain is decided by one clock, never by comparing this server's clock with it.
     */
    public Instant databaseNow() throws SQLException {
        try (Connection connection = control.getConnection();
                PreparedStatement query = connection.prepareStatement("SELECT clock_timestamp()");
                ResultSet rs = query.executeQuery()) {
            rs.next();
            return rs.getTimestamp(1).toInstant();
        }
    }

    /** Clears a mark unless it was renewed after {@code drainedSince} (a {@link #databaseNow()}). */
    public void clear(UUID tenantId, Instant drainedSince) throws SQLException {
        try (Connection connection = control.getConnection();
                PreparedStatement clear = connection.prepareStatement(
                        "DELETE FROM outbox_signals WHERE tenant_id = ? AND marked_at <= ?")) {
            clear.setObject(1, tenantId);
            clear.setTimestamp(2, Timestamp.from(drainedSince));
            clear.executeUpdate();
        }
    }

    public long count() throws SQLException {
        try (Connection connection = control.getConnection();
                PreparedStatement query = connection.prepareStatement("SELECT count(*) FROM outbox_signals");
                ResultSet rs = query.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
