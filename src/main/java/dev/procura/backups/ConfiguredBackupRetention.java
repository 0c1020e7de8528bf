package dev.procura.backups;

import dev.procura.platform.tenancy.BackupRetention;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The same retention for every tenant: {@code procura.backups.retention-days} (7). */
@ApplicationScoped
public class ConfiguredBackupRetention implements BackupRetention {

    @Inject
    @ConfigProperty(name = "procura.backups.retention-days", defaultValue = "7")
    int retentionDays;

    @Override
    public Duration retentionOf(UUID tenantId) {
        return Duration.ofDays(retentionDays);
    }
}
