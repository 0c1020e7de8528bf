package dev.procura.platform.buying;

import dev.procura.platform.tenancy.TenantTx;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Port implemented by the orders capability: goods received against a purchase order by another
 * capability (an inbound shipment delivered or scanned), recorded as receipts of the order through
 * the same rules as a receipt by hand. Runs in the caller's tenant transaction; bad lines are a 400
 * naming fields under {@code field}.
 */
public interface ReceiptRecording {

    /** Goods of an order's item: into a lot, or as serial numbers (one unit each). */
    record Received(
            String itemCode,
            BigDecimal quantity,
            String unit,
            String lotNumber,
            List<String> serialNumbers,
            LocalDate expiresOn) {}

    /** A receipt recorded. */
    record Recorded(UUID receiptId, String number) {}

    /**
     * Records the goods as receipts of the order on the day: each item goes to the order's first line
     * of that item; lines of one order line are recorded as separate receipts when they cannot share one.
     */
    List<Recorded> record(TenantTx tx, UUID orderId, LocalDate on, String note, List<Received> goods, String field);
}
