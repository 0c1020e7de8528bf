package dev.procura.rfqs;

import dev.procura.platform.customfields.CustomFieldHost;
import dev.procura.platform.tenancy.TenantTx;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** Quotes take custom fields. */
@ApplicationScoped
public class QuoteCustomFields implements CustomFieldHost {

    @Override
    public String entityType() {
        return QuoteService.ENTITY;
    }

    @Override
    public String table() {
        return "quotes";
    }

    @Override
    public boolean exists(TenantTx tx, UUID id) {
        return tx.em().find(Quote.class, id) != null;
    }
}
