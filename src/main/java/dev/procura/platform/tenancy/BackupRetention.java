package dev.procura.platform.tenancy;

import java.time.Duration;
import java.util.UUID;

/**
 * How long a tenant's backups are kept. The backups capability keeps {@code
 * procura.backups.retention-days} for everyone; a plan may answer per tenant by providing an
 * {@code @Alternative @Priority} bean of this port.
 */
public interface BackupRetention {

    Duration retentionOf(UUID tenantId);
}
