package dev.procura.invoices;

import dev.procura.platform.customfields.CustomFieldHost;
import dev.procura.platform.tenancy.TenantTx;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** Invoices take custom fields. */
@ApplicationScoped
public class InvoiceCustomFields implements CustomFieldHost {

    @Override
    public String entityType() {
        return InvoiceService.ENTITY;
    }

    @Override
    public String table() {
        return "invoices";
    }

    @Override
    public boolean exists(TenantTx tx, UUID id) {
        return tx.em().find(Invoice.class, id) != null;
    }
}
