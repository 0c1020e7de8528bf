package dev.procura.rfqs;

import dev.procura.platform.customfields.CustomFieldHost;
import dev.procura.platform.tenancy.TenantTx;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** RFQs take custom fields. */
@ApplicationScoped
public class RfqCustomFields implements CustomFieldHost {

    @Override
    public String entityType() {
        return RfqService.ENTITY;
    }

    @Override
    public String table() {
        return "rfqs";
    }

    @Override
    public boolean exists(TenantTx tx, UUID id) {
        return tx.em().find(Rfq.class, id) != null;
    }
}
