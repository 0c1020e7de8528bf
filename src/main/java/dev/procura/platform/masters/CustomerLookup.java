package dev.procura.platform.masters;

import dev.procura.platform.tenancy.TenantTx;
import java.util.Optional;
import java.util.UUID;

/**
 * The tenant's customers as other capabilities name them by id (projects), without reading the
 * master's tables. Implemented by the customers capability.
 */
public interface CustomerLookup {

    /** A customer: its code, legal name and status (active, on_hold, inactive). */
    record CustomerRef(UUID id, String code, String legalName, String status) {}

    Optional<CustomerRef> customer(TenantTx tx, UUID customerId);
}
