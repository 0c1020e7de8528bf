package dev.procura.reports;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * The control database's list of when each schedule next needs a server (control table
 * {@code report_wakeups}): the schedules live in the tenants' databases, this finds the due ones
 * without opening every tenant's. A wake-up is a hint: the schedule's own row decides what runs.
 */
@ApplicationScoped
public class ReportWakeups {

    /** A schedule that needs a server now. */
    record Due(UUID tenantId, UUID scheduleId) {}

    @Resource(lookup = "jdbc/control")
    DataSource control;

    /** The schedule wakes at {@code at}; null: never (it is paused or gone). */
    void set(UUID tenantId, UUID scheduleId, Instant at) {
        if (at == null) {
            update("DELETE FROM report_wakeups WHERE tenant_id = ? AND schedule_id = ?", tenantId, scheduleId, null);
            return;
        }
        update(
                "INSERT INTO report_wakeups (tenant_id, schedule_id, wake_at) VALUES (?, ?, ?)"
                        + " ON CONFLICT (tenant_id, schedule_id) DO UPDATE SET wake_at = EXCLUDED.wake_at",
                tenantId,
                scheduleId,
                at);
    }

    /** The schedule wakes at {@code at} or earlier, if it already wakes earlier. */
    void noLaterThan(UUID tenantId, UUID scheduleId, Instant at) {
        update(
                "INSERT INTO report_wakeups (tenant_id, schedule_id, wake_at) VALUES (?, ?, ?)"
                        + " ON CONFLICT (tenant_id, schedule_id)"
                        + " DO UPDATE SET wake_at = LEAST(report_wakeups.wake_at, EXCLUDED.wake_at)",
                tenantId,
                scheduleId,
                at);
    }

    /**
     * Up to {@code max} due wake-ups, claimed by this server: each is moved {@code hold} on, so
     * no other server takes it meanwhile and a server that dies holding it leaves it to the others.
     */
    List<Due> claim(int max, Duration hold) {
        try (Connection connection = control.getConnection();
                PreparedStatement claim = connection.prepareStatement(
                        "UPDATE report_wakeups w SET wake_at = now() + make_interval(secs => ?)"
                                + " FROM (SELECT tenant_id, schedule_id FROM report_wakeups WHERE wake_at <= now()"
                                + "       ORDER BY wake_at LIMIT ? FOR UPDATE SKIP LOCKED) d"
                                + " WHERE w.tenant_id = d.tenant_id AND w.schedule_id = d.schedule_id"
                                + " RETURNING w.tenant_id, w.schedule_id")) {
            claim.setDouble(1, hold.toMillis() / 1000.0);
            claim.setInt(2, max);
            List<Due> due = new ArrayList<>();
            try (ResultSet rs = claim.executeQuery()) {
                while (rs.next()) {
                    due.add(new Due(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)));
                }
            }
            return due;
        } catch (SQLException e) {
            throw new IllegalStateException("report wake-ups: " + e.getMessage(), e);
        }
    }

    private void update(String sql, UUID tenantId, UUID scheduleId, Instant at) {
        try (Connection connection = control.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, tenantId);
            statement.setObject(2, scheduleId);
            if (at != null) {
                statement.setTimestamp(3, Timestamp.from(at));
            }
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("report wake-ups: " + e.getMessage(), e);
        }
    }
}
