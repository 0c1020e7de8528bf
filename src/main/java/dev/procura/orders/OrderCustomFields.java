package dev.procura.orders;

import dev.procura.platform.customfields.CustomFieldHost;
import dev.procura.platform.tenancy.TenantTx;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** Purchase orders take custom fields. */
@ApplicationScoped
public class OrderCustomFields implements CustomFieldHost {

    @Override
    public String entityType() {
        return PurchaseOrderService.ENTITY;
    }

    @Override
    public String table() {
        return "purchase_orders";
    }

    @Override
    public boolean exists(TenantTx tx, UUID id) {
        return tx.em().find(PurchaseOrder.class, id) != null;
    }
}
