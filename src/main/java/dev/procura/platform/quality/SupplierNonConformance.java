package dev.procura.platform.quality;

import dev.procura.platform.tenancy.TenantTx;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Port implemented by the NCRs capability: how many non-conformance reports were raised against a
 * supplier in a period and the quantity they found non-conforming, for the supplier scorecard's
 * quality criterion. Runs in the caller's tenant transaction.
 */
public interface SupplierNonConformance {

    /** NCRs raised against the supplier and their total quantity (in each NCR's own unit). */
    record NonConformance(long reports, BigDecimal quantity) {
        public static final NonConformance NONE = new NonConformance(0, BigDecimal.ZERO);
    }

    /** The supplier's NCRs raised in {@code [from, to]} (both days included). */
    NonConformance of(TenantTx tx, UUID supplierId, LocalDate from, LocalDate to);
}
