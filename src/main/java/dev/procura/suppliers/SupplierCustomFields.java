package dev.procura.suppliers;

import dev.procura.platform.customfields.EntityCustomFieldHost;
import jakarta.enterprise.context.ApplicationScoped;

/** Suppliers take custom fields. */
@ApplicationScoped
public class SupplierCustomFields extends EntityCustomFieldHost {

    public SupplierCustomFields() {
        super(SupplierService.ENTITY, "suppliers", Supplier.class);
    }
}
