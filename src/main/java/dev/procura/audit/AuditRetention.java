package dev.procura.audit;

import dev.procura.platform.audit.AuditPurge;
import dev.procura.platform.batch.Jobs;
import dev.procura.platform.tenancy.TenantTransactions;
import dev.procura.tenants.SettingsService;
import dev.procura.tenants.TenantSettings;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.batch.runtime.JobExecution;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The audit retention job: for each tenant, its retention from settings (at least a year), its
 * legal hold, and the purge of what is older. Started every {@code procura.audit.retention-interval}
 * by one server (under an advisory lock), or by a platform administrator.
 */
@ApplicationScoped
public class AuditRetention {

    public static final String JOB = "audit-retention";
    private static final Logger LOG = Logger.getLogger(AuditRetention.class.getName());
    private static final long SCHEDULE_LOCK = 0x5052_4f43_4152_4531L;

    @Schema(name = "AuditRetentionRun")
    public record RunView(long id, String status, Instant createdAt, Instant endedAt) {}

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "procura.audit.retention-interval", defaultValue = "P1D")
    Duration interval;

    @Resource(lookup = "jdbc/control")
    DataSource control;

    @Resource
    ManagedScheduledExecutorService scheduler;

    private ScheduledFuture<?> schedule;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object event) {
        long checkMinutes = Math.max(1, Math.min(60, interval.toMinutes() / 4));
        schedule = scheduler.scheduleWithFixedDelay(this::startIfDue, checkMinutes, checkMinutes, TimeUnit.MINUTES);
    }

    @PreDestroy
    void stop() {
        if (schedule != null) {
            schedule.cancel(false);
        }
    }

    public RunView start() {
        return status(Jobs.start(JOB));
    }

    public RunView status(long executionId) {
        JobExecution execution = Jobs.execution(JOB, executionId);
        return new RunView(
                executionId,
                Jobs.status(execution),
                Jobs.instant(execution.getCreateTime()),
                Jobs.instant(execution.getEndTime()));
    }

    void startIfDue() {
        try (Connection connection = control.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement lock = connection.prepareStatement("SELECT pg_try_advisory_xact_lock(?)")) {
                lock.setLong(1, SCHEDULE_LOCK);
                try (ResultSet rs = lock.executeQuery()) {
                    if (!rs.next() || !rs.getBoolean(1)) {
                        connection.rollback();
                        return;
                    }
                }
            }
            Instant lastRun = Jobs.lastCreated(connection, JOB);
            if (lastRun == null || lastRun.isBefore(clock.instant().minus(interval))) {
                LOG.info("Started the scheduled audit retention, run " + Jobs.start(JOB));
            }
            connection.commit();
        } catch (Exception e) {
            LOG.log(Level.WARNING, "Scheduled audit retention not started", e);
        }
    }

    /** The cut-off: the tenant's retention back from now, in whole years (UTC). */
    static Instant cutoff(Instant now, int years) {
        return now.atOffset(ZoneOffset.UTC).minusYears(Math.max(1, years)).toInstant();
    }

    @Named("auditRetentionProcessor")
    @Dependent
    public static class Processor implements ItemProcessor {

        @Inject
        Clock clock;

        @Inject
        TenantTransactions tenantData;

        @Inject
        SettingsService settings;

        @Inject
        AuditPurge purge;

        @Override
        public Object processItem(Object item) {
            UUID tenantId = (UUID) item;
            try {
                TenantSettings current = tenantData.call(tenantId, tx -> settings.current(tx.em()));
                if (Boolean.TRUE.equals(current.auditLegalHold())) {
                    return "tenant " + tenantId + ": legal hold, nothing purged";
                }
                int years = current.auditRetentionYears();
                AuditPurge.Purged purged = purge.purge(tenantId, cutoff(clock.instant(), years), years);
                return "tenant " + tenantId + ": " + purged.count() + " entries purged";
            } catch (RuntimeException e) {
                // One tenant that cannot be purged (its server down) must not stop the others.
                LOG.log(Level.WARNING, "Audit retention of tenant " + tenantId + " failed", e);
                return "tenant " + tenantId + ": failed: " + e.getMessage();
            }
        }
    }

    @Named("auditRetentionWriter")
    @Dependent
    public static class Writer extends AbstractItemWriter {
        @Override
        public void writeItems(List<Object> items) {
            items.forEach(item -> LOG.info("Audit retention: " + item));
        }
    }
}
