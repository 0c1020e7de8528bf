package dev.procura.plans;

import dev.procura.platform.quotas.Meter;
import dev.procura.platform.quotas.Quotas;
import dev.procura.platform.tenancy.TenantContext;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;

/**
 * Meters every admitted tenant-scoped request and refuses it (429 {@code plan-limit-exceeded})
 * once the tenant's monthly API requests are spent. Runs right after the tenant access check.
 */
@Provider
@Priority(Priorities.AUTHORIZATION + 10)
public class ApiUsageFilter implements ContainerRequestFilter {

    @Inject
    TenantContext context;

    @Inject
    Quotas quotas;

    @Inject
    ApiRequestMeter meter;

    @Override
    public void filter(ContainerRequestContext request) {
        if (!context.isSet()) {
            return;
        }
        quotas.admit(context.tenantId(), Meter.API_REQUESTS, 1);
        meter.count(context.tenantId());
    }
}
