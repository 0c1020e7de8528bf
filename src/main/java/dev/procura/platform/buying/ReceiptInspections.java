package dev.procura.platform.buying;

import dev.procura.platform.tenancy.TenantTx;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.UUID;

/**
 * Port implemented by the orders capability for quality inspections of received goods: where a
 * receipt was received, and the rejection on inspection of goods accepted at receipt. Every call
 * runs in the caller's tenant transaction.
 */
public interface ReceiptInspections {

    /** The plant the receipt was received at; empty when at none (or no such receipt). */
    Optional<UUID> plantOf(TenantTx tx, UUID receiptId);

    /**
     * Moves {@code quantity} of the receipt line from accepted to rejected, with the reason, and
     * brings the order's received status up to date (a received order may be partially received
     * again). More than the line's accepted quantity is a 400 on {@code rejected_quantity}.
     */
    void rejectOnInspection(TenantTx tx, UUID actor, UUID receiptId, int line, BigDecimal quantity, String reason);
}
