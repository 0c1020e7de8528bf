package dev.procura.approvals;

import dev.procura.platform.quotas.Meter;
import dev.procura.platform.quotas.QuotaCounter;
import dev.procura.platform.tenancy.TenantTransactions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Set;
import java.util.UUID;

/** The tenant's workflows for its plan: the active definitions (older versions do not count). */
@ApplicationScoped
public class WorkflowCount implements QuotaCounter {

    @Inject
    TenantTransactions tenantData;

    @Inject
    ApprovalRepository repository;

    @Override
    public Set<Meter> meters() {
        return Set.of(Meter.WORKFLOWS);
    }

    @Override
    public long current(UUID tenantId, Meter meter) {
        return tenantData.call(tenantId, tx -> repository.countActiveDefinitions(tx.em()));
    }
}
