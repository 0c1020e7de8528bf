package dev.procura.platform.quotas;

import java.util.UUID;

/**
 * The port through which a service that creates a counted thing asks its tenant's plan first
 * (implemented by the plans capability). Near the limit the answer carries a warning; past the
 * limit and the plan's grace the call throws: 409 {@code quota-exceeded} for counts, 429
 * {@code plan-limit-exceeded} for monthly meters.
 */
public interface Quotas {

    /** Admits {@code adding} more of the meter for the tenant, or throws. */
    void admit(UUID tenantId, Meter meter, long adding);
}
