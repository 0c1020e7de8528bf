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
    /**
     * {@code permissions} are held tenant-wide (through the member's primary role and any further
     * tenant-wide assignment); {@code plantGrants} are those held only at some plants.
     */
    record Access(
            UUID tenantId,
            TenantStatus status,
            String role,
            Set<String> permissions,
            String readOnlyReason,
            PlantGrants plantGrants) {
        public Access(UUID tenantId, TenantStatus status, String role, Set<String> permissions) {
            this(tenantId, status, role, permissions, null, PlantGrants.NONE);
        }

        public Access(UUID tenantId, TenantStatus status, String role, Set<String> permissions, String readOnlyReason) {
            this(tenantId, status, role, permissions, readOnlyReason, PlantGrants.NONE);
        }
    }

    /** Empty when the user is not a member (or the tenant does not exist: callers cannot tell). */
    Optional<Access> accessOf(UUID tenantId, UUID userId);
}
