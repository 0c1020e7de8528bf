package dev.procura.customers;

import dev.procura.platform.masters.CustomerLookup;
import dev.procura.platform.tenancy.TenantTx;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;

/** The customers as other capabilities name them by id. */
@ApplicationScoped
public class CustomerLookups implements CustomerLookup {

    @Override
    public Optional<CustomerRef> customer(TenantTx tx, UUID customerId) {
        return Optional.ofNullable(tx.em().find(Customer.class, customerId))
                .map(c -> new CustomerRef(
                        c.id(), c.code(), c.legalName(), c.status().code()));
    }
}
