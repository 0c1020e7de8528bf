package dev.procura.platform.quotas;

import java.util.Set;
import java.util.UUID;

/**
 * How many of a counted thing a tenant has now, told by the capability that owns the thing
 * (members by tenants, documents and stored bytes by documents, workflows by approvals).
 */
public interface QuotaCounter {

    /** The meters this counter reads. */
    Set<Meter> meters();

    long current(UUID tenantId, Meter meter);
}
