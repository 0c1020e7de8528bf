package dev.procura.platform.quality;

import dev.procura.platform.tenancy.TenantTx;
import java.util.Optional;
import java.util.UUID;

/**
 * Port implemented by the quality capability: an inspection as a non-conformance report names it,
 * with the receipt or work order it inspected. Runs in the caller's tenant transaction.
 */
public interface InspectedGoods {

    /** An inspection: its item, plant and supplier, and the receipt or work order it came from (null: none). */
    record Inspected(
            UUID id, String number, String itemCode, UUID plantId, UUID supplierId, UUID receiptId, UUID workOrderId) {}

    Optional<Inspected> inspection(TenantTx tx, UUID id);
}
