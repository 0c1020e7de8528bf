package dev.procura.approvals;

import dev.procura.platform.tenancy.TenantTransactions;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Escalates approval levels whose SLA ran out. Every worker server looks every
 * {@code procura.approvals.sla-check-interval} at the due deadlines in the control database,
 * each row locked with FOR UPDATE SKIP LOCKED while it is handled: two servers never escalate
 * the same level, and a server that dies mid-way leaves the row to the next look.
 */
@ApplicationScoped
public class SlaWatch {

    private static final Logger LOG = Logger.getLogger(SlaWatch.class.getName());
    private static final int BATCH = 20;

    @Inject
    @ConfigProperty(name = "procura.approvals.sla-check-interval", defaultValue = "PT30S")
    Duration interval;

    @Inject
    @ConfigProperty(name = "procura.worker.enabled", defaultValue = "true")
    boolean worker;

    @Resource(lookup = "jdbc/control")
    DataSource control;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    TenantTransactions tenantData;

    @Inject
    ApprovalDecisions decisions;

    private ScheduledFuture<?> schedule;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object event) {
        if (worker) {
            long millis = interval.toMillis();
            schedule = scheduler.scheduleWithFixedDelay(this::escalateDue, millis, millis, TimeUnit.MILLISECONDS);
        }
    }

    @PreDestroy
    void stop() {
        if (schedule != null) {
            schedule.cancel(false);
        }
    }

    /** Handles the due deadlines, a batch per control transaction. */
    void escalateDue() {
        try (Connection connection = control.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement due = connection.prepareStatement("SELECT tenant_id, approval_id, level"
                            + " FROM approval_deadlines WHERE due_at <= now() ORDER BY due_at LIMIT " + BATCH
                            + " FOR UPDATE SKIP LOCKED");
                    PreparedStatement done = connection.prepareStatement(
                            "DELETE FROM approval_deadlines WHERE tenant_id = ? AND approval_id = ? AND level = ?");
                    ResultSet rows = due.executeQuery()) {
                while (rows.next()) {
                    UUID tenantId = rows.getObject(1, UUID.class);
                    UUID approvalId = rows.getObject(2, UUID.class);
                    int level = rows.getInt(3);
                    escalate(tenantId, approvalId, level);
                    done.setObject(1, tenantId);
                    done.setObject(2, approvalId);
                    done.setInt(3, level);
                    done.executeUpdate();
                }
            }
            connection.commit();
        } catch (Exception e) {
            LOG.log(Level.WARNING, "SLA watch failed; it looks again in " + interval, e);
        }
    }

    private void escalate(UUID tenantId, UUID approvalId, int level) {
        try {
            boolean escalated = tenantData.call(tenantId, tx -> decisions.slaExpired(tx, approvalId, level));
            if (escalated) {
                LOG.info(() -> "Approval " + approvalId + " escalated by SLA at level " + (level + 1));
            }
        } catch (RuntimeException e) {
            // A tenant that is gone or unreachable must not hold up the others; its row is dropped.
            LOG.log(Level.FINE, "SLA escalation of approval " + approvalId + " skipped", e);
        }
    }
}
