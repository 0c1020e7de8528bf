package dev.procura.tenants;

import dev.procura.platform.persistence.ControlTransaction;
import dev.procura.platform.quotas.Meter;
import dev.procura.platform.quotas.QuotaCounter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Set;
import java.util.UUID;

/** The tenant's members for its plan (per-user plans bill them). */
@ApplicationScoped
public class MemberCount implements QuotaCounter {

    @Inject
    TenantRepository tenants;

    @Inject
    ControlTransaction transaction;

    @Override
    public Set<Meter> meters() {
        return Set.of(Meter.MEMBERS);
    }

    @Override
    public long current(UUID tenantId, Meter meter) {
        return transaction.call(() -> tenants.countMembers(tenantId));
    }
}
