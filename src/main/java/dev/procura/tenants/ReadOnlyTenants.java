package dev.procura.tenants;

import dev.procura.platform.persistence.ControlTransaction;
import dev.procura.platform.tenancy.TenantReadOnly;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;

/** Makes tenants read-only and writable again, audited (tenant.made_read_only, tenant.made_writable). */
@ApplicationScoped
public class ReadOnlyTenants implements TenantReadOnly {

    @Inject
    TenantRepository tenants;

    @Inject
    TenantEvents events;

    @Inject
    ControlTransaction transaction;

    @Inject
    TenantAccessDirectory access;

    @Inject
    Clock clock;

    @Override
    public void makeReadOnly(UUID tenantId, String reason) {
        transaction.run(() -> {
            Tenant tenant = tenants.lock(tenantId).orElseThrow(() -> TenantService.notFound(tenantId));
            tenant.makeReadOnly(reason, clock.instant());
            events.publish(
                    "tenant.made_read_only",
                    tenantId,
                    tenantId.toString(),
                    Map.of("tenant_id", tenantId, "reason", reason));
            tenants.invalidateAccess(tenantId);
        });
        access.evict(tenantId);
    }

    @Override
    public void makeWritable(UUID tenantId, String reason) {
        transaction.run(() -> tenants.lock(tenantId).ifPresent(tenant -> {
            if (tenant.makeWritable(reason, clock.instant())) {
                events.publish(
                        "tenant.made_writable",
                        tenantId,
                        tenantId.toString(),
                        Map.of("tenant_id", tenantId, "reason", reason));
                tenants.invalidateAccess(tenantId);
            }
        }));
        access.evict(tenantId);
    }
}
