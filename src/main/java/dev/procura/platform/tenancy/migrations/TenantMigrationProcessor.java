package dev.procura.platform.tenancy.migrations;

import dev.procura.platform.tenancy.TenantMigrator;
import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Migrates one tenant; a failure is an outcome to record, never a reason to stop the walk. */
@Named
@Dependent
public class TenantMigrationProcessor implements ItemProcessor {

    @Inject
    Clock clock;

    private static final Logger LOG = Logger.getLogger(TenantMigrationProcessor.class.getName());

    @Inject
    TenantMigrator migrator;

    @Inject
    JobContext job;

    /** The root cause in one line, without the SQL that Liquibase appends: operators read it over the API. */
    static String summary(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = String.valueOf(root.getMessage()).lines().findFirst().orElse("");
        int sql = message.indexOf(" [Failed SQL");
        if (sql >= 0) {
            message = message.substring(0, sql);
        }
        String summary = root.getClass().getSimpleName() + ": " + message.strip();
        return summary.substring(0, Math.min(300, summary.length()));
    }

    @Override
    public Object processItem(Object item) {
        UUID tenantId = (UUID) item;
        try {
            TenantMigrator.Outcome outcome = migrator.migrateIfBehind(tenantId);
            return new TenantMigrationResult(job.getExecutionId(), tenantId, outcome.name(), null, clock.instant());
        } catch (Exception e) {
            LOG.log(Level.WARNING, "Migration of tenant " + tenantId + " failed", e);
            return new TenantMigrationResult(job.getExecutionId(), tenantId, "FAILED", summary(e), clock.instant());
        }
    }
}
