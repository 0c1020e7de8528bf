package dev.procura.plans;

import dev.procura.platform.tenancy.BackupRetention;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Objects;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How long a tenant's daily backups are kept: its plan's {@code backup_retention_days}, or
 * {@code procura.backups.retention-days} when the plan says nothing (or there is no plan).
 * Takes the place of the backups capability's configured retention.
 */
@ApplicationScoped
@Alternative
@Priority(10)
public class PlanBackupRetention implements BackupRetention {

    @Inject
    CurrentPlans plans;

    @Inject
    @ConfigProperty(name = "procura.backups.retention-days", defaultValue = "7")
    int defaultDays;

    @Override
    public Duration retentionOf(UUID tenantId) {
        return Duration.ofDays(plans.of(tenantId)
                .plan()
                .map(Plan::backupRetentionDays)
                .filter(Objects::nonNull)
                .orElse(defaultDays));
    }
}
