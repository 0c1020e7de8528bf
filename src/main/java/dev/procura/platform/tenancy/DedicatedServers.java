package dev.procura.platform.tenancy;

import java.util.Optional;
import java.util.UUID;

/**
 * The PostgreSQL server a tenant's plan dedicates to it, if any (port; the plans capability
 * answers). An operator's pin on the placement takes precedence over it.
 */
public interface DedicatedServers {

    /** The server the current plan of {@code tenantId} dedicates. */
    Optional<String> of(UUID tenantId);

    /** The server the plan new tenants start on (the sign-up plan) dedicates. */
    Optional<String> forNewTenants();
}
