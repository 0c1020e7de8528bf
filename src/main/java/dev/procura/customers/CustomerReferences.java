package dev.procura.customers;

import dev.procura.platform.tenancy.TenantTx;
import java.util.UUID;

/**
 * Implemented by each capability whose records refer to a customer (sales orders, receivables —
 * none yet), so that a referenced customer is deactivated rather than deleted without this package
 * reading their tables.
 */
public interface CustomerReferences {

    /** What kind of record this counts, e.g. "sales_orders". */
    String records();

    long countOf(TenantTx tx, UUID customerId);
}
