package dev.procura.paymentterms;

import dev.procura.platform.tenancy.TenantTx;
import java.util.UUID;

/**
 * Implemented by each capability whose records name a payment term (customers today), so that a
 * term in use is deactivated rather than deleted without this package reading their tables.
 */
public interface PaymentTermReferences {

    /** What kind of record this counts, e.g. "customers". */
    String records();

    long countOf(TenantTx tx, UUID paymentTermId);
}
