package dev.procura.customfields;

import dev.procura.platform.quotas.Meter;
import dev.procura.platform.quotas.QuotaCounter;
import dev.procura.platform.tenancy.TenantTransactions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Set;
import java.util.UUID;

/** The tenant's custom fields for its plan: every live (not archived) field of every record type. */
@ApplicationScoped
public class CustomFieldCount implements QuotaCounter {

    @Inject
    TenantTransactions tenantData;

    @Inject
    CustomFieldRepository fields;

    @Override
    public Set<Meter> meters() {
        return Set.of(Meter.CUSTOM_FIELDS);
    }

    @Override
    public long current(UUID tenantId, Meter meter) {
        return tenantData.call(tenantId, tx -> fields.countLive(tx.em()));
    }
}
