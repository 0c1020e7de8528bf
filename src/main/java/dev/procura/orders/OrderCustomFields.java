package dev.procura.orders;

import dev.procura.platform.customfields.EntityCustomFieldHost;
import jakarta.enterprise.context.ApplicationScoped;

/** Purchase orders take custom fields. */
@ApplicationScoped
public class OrderCustomFields extends EntityCustomFieldHost {

    public OrderCustomFields() {
        super(PurchaseOrderService.ENTITY, "purchase_orders", PurchaseOrder.class);
    }
}
