package dev.procura.budgets;

import dev.procura.platform.buying.PurchaseOrders;
import dev.procura.platform.buying.SupplierInvoices;
import dev.procura.platform.tenancy.TenantTx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * What uses a budget, per currency, in exact amounts: the orders of its cost centre dated in its
 * period, as the orders capability reports them, and their invoices, as the invoices capability does.
 */
@ApplicationScoped
public class BudgetUsage {

    /** Committed: what open orders still owe beyond what they were billed; spent: what was billed. */
    record ByCurrency(Map<String, BigDecimal> committed, Map<String, BigDecimal> spent) {}

    @Inject
    PurchaseOrders orders;

    @Inject
    SupplierInvoices invoices;

    /** {@code excludingOrder} (may be null) is an order being checked: its own commitment is the request. */
    ByCurrency of(TenantTx tx, Budget budget, UUID excludingOrder) {
        List<PurchaseOrders.Commitment> scope =
                orders.ofCostCenter(tx, budget.costCenter(), budget.periodStart(), budget.periodEnd());
        List<SupplierInvoices.Billed> billed = invoices.billed(
                tx, scope.stream().map(PurchaseOrders.Commitment::orderId).toList());
        Map<UUID, BigDecimal> billedPerOrder = new HashMap<>();
        Map<String, BigDecimal> spent = new TreeMap<>();
        for (SupplierInvoices.Billed bill : billed) {
            if (bill.amount() != null) {
                billedPerOrder.merge(bill.orderId(), bill.amount(), BigDecimal::add);
                spent.merge(bill.currency(), bill.amount(), BigDecimal::add);
            }
        }
        Map<String, BigDecimal> committed = new TreeMap<>();
        for (PurchaseOrders.Commitment order : scope) {
            if (order.open() && !order.orderId().equals(excludingOrder)) {
                BigDecimal owed = order.total() == null
                        ? BigDecimal.ZERO
                        : order.total().subtract(billedPerOrder.getOrDefault(order.orderId(), BigDecimal.ZERO));
                committed.merge(order.currency(), owed.max(BigDecimal.ZERO), BigDecimal::add);
            }
        }
        return new ByCurrency(committed, spent);
    }
}
