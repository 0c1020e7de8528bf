package dev.procura.platform.buying;

import dev.procura.platform.security.Caller;
import java.util.List;
import java.util.UUID;

/** Port implemented by the orders capability: a draft purchase order created on another capability's behalf. */
public interface DraftOrders {

    /**
     * Creates a draft purchase order as {@code caller} would through the API (plant access, cost
     * centre, budget checks included); joins the caller's tenant transaction.
     */
    DraftPurchases.Drafted createPurchaseOrder(
            Caller caller,
            UUID supplierId,
            String currency,
            String costCenter,
            UUID plantId,
            UUID projectId,
            String notes,
            List<DraftPurchases.Line> lines);
}
