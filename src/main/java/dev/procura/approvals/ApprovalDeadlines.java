package dev.procura.approvals;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * The control database's list of SLA deadlines across tenants (see 008-approval-deadlines.sql).
 * Written in its own short transaction: a deadline left behind by a rolled-back tenant change is
 * found stale by the SLA watch and dropped.
 */
@ApplicationScoped
public class ApprovalDeadlines {

    @Resource(lookup = "jdbc/control")
    DataSource control;

    void arm(UUID tenantId, UUID approvalId, int level, Instant dueAt) {
        update(
                "INSERT INTO approval_deadlines (tenant_id, approval_id, level, due_at) VALUES (?, ?, ?, ?)"
                        + " ON CONFLICT (tenant_id, approval_id) DO UPDATE SET level = EXCLUDED.level, due_at = EXCLUDED.due_at",
                tenantId,
                approvalId,
                level,
                Timestamp.from(dueAt));
    }

    void disarm(UUID tenantId, UUID approvalId) {
        update("DELETE FROM approval_deadlines WHERE tenant_id = ? AND approval_id = ?", tenantId, approvalId);
    }

    private void update(String sql, Object... values) {
        try (Connection connection = control.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot record an approval deadline", e);
        }
    }
}
