package dev.procura.platform.buying;

import dev.procura.platform.tenancy.TenantTx;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Port implemented by the orders capability: what was received on a receipt, valued at the order's
 * prices, for costing (landed cost, cost variance, posting previews). Quantities are accepted
 * quantities in the order line's unit; every call runs in the caller's tenant transaction.
 */
public interface GoodsReceipts {

    /** One received order line: the order's item, unit and unit price, and the quantity accepted. */
    record ReceivedLine(
            int line, String itemCode, String description, BigDecimal accepted, String unit, BigDecimal unitPrice) {}

    /** A receipt with its order's currency and supplier. */
    record Received(
            UUID receiptId,
            String number,
            UUID orderId,
            String orderNumber,
            UUID supplierId,
            String currency,
            LocalDate receivedOn,
            List<ReceivedLine> lines) {}

    Optional<Received> receipt(TenantTx tx, UUID receiptId);

    /** Receipts received in the period (both ends included) with a line of the item (any item when null), oldest first. */
    List<Received> receivedBetween(TenantTx tx, LocalDate from, LocalDate to, String itemCode);
}
