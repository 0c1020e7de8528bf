package dev.procura.platform.tenancy;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Port implemented by the tenants capability: a user's standing in a tenant. */
public interface TenantAccess {

    enum TenantStatus {
        ACTIVE,
        SUSPENDED,
        DELETED
    }

    record Access(UUID tenantId, TenantStatus status, String role, Set<String> permissions) {}

    /** Empty when the user is not a member (or the tenant does not exist: callers cannot tell). */
    Optional<Access> accessOf(UUID tenantId, UUID userId);
}
