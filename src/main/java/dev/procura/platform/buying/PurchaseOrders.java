package dev.procura.platform.buying;

import dev.procura.platform.tenancy.TenantTx;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Port implemented by the orders capability: what suppliers and budgets may know about purchase
 * orders and their receipts. Which statuses make an order submitted, placed or open is the orders
 * capability's call. Periods include both ends; every call runs in the caller's tenant transaction.
 */
public interface PurchaseOrders {

    /** Receipts of a supplier's orders; on time means on or before the order's promised date. */
    record Deliveries(long receipts, long withPromisedDate, long onTime) {}

    /** Quantities accepted and rejected on those receipts. */
    record Quantities(BigDecimal accepted, BigDecimal rejected) {}

    /** An order as its supplier's rating sees it: only placed orders may be rated. */
    record Standing(UUID supplierId, String status, boolean placed) {}

    /** An order of a budget's scope: its total, and whether it still holds money (open). */
    record Commitment(UUID orderId, String currency, BigDecimal total, boolean open) {}

    /** Receipts received in the period on the supplier's orders. */
    Deliveries deliveries(TenantTx tx, UUID supplierId, LocalDate from, LocalDate to);

    Quantities quantities(TenantTx tx, UUID supplierId, LocalDate from, LocalDate to);

    /** The supplier's orders dated in the period that were submitted and not cancelled. */
    long submitted(TenantTx tx, UUID supplierId, LocalDate from, LocalDate to);

    /** Lines of the supplier's orders made from a quote, not cancelled, dated in the period; filed under the quote. */
    List<PricedLine> linesByQuote(TenantTx tx, UUID supplierId, LocalDate from, LocalDate to);

    /** Lines of these orders, filed under their order. */
    List<PricedLine> lines(TenantTx tx, Collection<UUID> orderIds);

    Optional<Standing> standing(TenantTx tx, UUID orderId);

    /** Every order of the cost centre dated in the period, whatever its status. */
    List<Commitment> ofCostCenter(TenantTx tx, String costCenter, LocalDate from, LocalDate to);

    /**
     * Every order naming the project, whatever its date; {@code open} here means it commits the
     * project's budget: submitted (pending approval or later) and not cancelled.
     */
    List<Commitment> ofProject(TenantTx tx, UUID projectId);
}
