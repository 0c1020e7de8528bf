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

    /** {@code readOnlyReason} is null while the tenant takes writes ({@link TenantReadOnly}). */
    record Access(UUID tenantId, TenantStatus status, String role, Set<String> permissions, String readOnlyReason) {
        public Access(UUID tenantId, TenantStatus status, String role, Set<String> permissions) {
            this(tenantId, status, role, permissions, null);
        }
    }

    /** Empty when the user is not a member (or the tenant does not exist: callers cannot tell). */
    Optional<Access> accessOf(UUID tenantId, UUID userId);
}
