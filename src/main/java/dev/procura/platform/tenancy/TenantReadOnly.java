package dev.procura.platform.tenancy;

import java.util.UUID;

/**
 * Port implemented by the tenants capability: a tenant that refuses writes for a while (a restore
 * or a move of its database, an ended trial). Members keep reading; any other method gets 409
 * {@code tenant-read-only} with the reason ({@link TenantAccessFilter}). Every server sees the
 * change at once (the access cache is evicted through NOTIFY).
 */
public interface TenantReadOnly {

    /** Refuses writes from now on; 409 {@code tenant-read-only} if the tenant already is read-only, 404 if unknown. */
    void makeReadOnly(UUID tenantId, String reason);

    /** Takes writes again, if it was read-only for this {@code reason} (another reason stays). */
    void makeWritable(UUID tenantId, String reason);
}
