package dev.procura.platform.buying;

import dev.procura.platform.tenancy.TenantTx;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * Port implemented by the invoices capability: what suppliers and budgets may know about invoices.
 * Only billed invoices count (entered and not cancelled; the invoices capability decides which
 * statuses those are). Periods include both ends; every call runs in the caller's tenant transaction.
 */
public interface SupplierInvoices {

    /** What a supplier billed in one currency: the exact sum and the number of invoices. */
    record Spend(String currency, BigDecimal amount, long invoices) {}

    /** What one order's invoices billed in one currency (exact sum). */
    record Billed(UUID orderId, String currency, BigDecimal amount) {}

    /** Lines of the supplier's invoices dated in the period, filed under their order. */
    List<PricedLine> linesByOrder(TenantTx tx, UUID supplierId, LocalDate from, LocalDate to);

    /** The supplier's invoices dated in the period, per currency, ordered by currency. */
    List<Spend> spend(TenantTx tx, UUID supplierId, LocalDate from, LocalDate to);

    /** The invoices of these orders, per order and currency. */
    List<Billed> billed(TenantTx tx, Collection<UUID> orderIds);
}
