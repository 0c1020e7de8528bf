package dev.procura.suppliers;

import dev.procura.platform.customfields.CustomFieldHost;
import dev.procura.platform.tenancy.TenantTx;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** Suppliers take custom fields. */
@ApplicationScoped
public class SupplierCustomFields implements CustomFieldHost {

    @Override
    public String entityType() {
        return SupplierService.ENTITY;
    }

    @Override
    public String table() {
        return "suppliers";
    }

    @Override
    public boolean exists(TenantTx tx, UUID id) {
        return tx.em().find(Supplier.class, id) != null;
    }
}
