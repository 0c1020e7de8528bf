package dev.procura.customers;

import dev.procura.platform.customfields.EntityCustomFieldHost;
import jakarta.enterprise.context.ApplicationScoped;

/** Customers take custom fields. */
@ApplicationScoped
public class CustomerCustomFields extends EntityCustomFieldHost {

    public CustomerCustomFields() {
        super(CustomerService.ENTITY, "customers", Customer.class);
    }
}
