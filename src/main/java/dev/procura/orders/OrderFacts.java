package dev.procura.orders;

import dev.procura.platform.buying.PricedLine;
import dev.procura.platform.buying.PurchaseOrders;
import dev.procura.platform.failures.Failure;
import dev.procura.platform.persistence.SqlValues;
import dev.procura.platform.tenancy.TenantTx;
import dev.procura.procurement.LineItem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * What other capabilities may know about purchase orders: their terms and receipts for invoicing,
 * and (through {@link PurchaseOrders}) deliveries, prices and amounts for supplier performance,
 * ratings and budgets.
 */
@ApplicationScoped
public class OrderFacts implements PurchaseOrders {

    public record Order(UUID id, String number, UUID supplierId, String currency) {}

    public record Line(LineItem ordered, BigDecimal acceptedReceived) {}

    /**
     * An order's milestones: made (from a quote or not), submitted, approved, sent, and its first
     * receipt recorded; null where it has not got there.
     */
    public record Timeline(
            UUID orderId,
            UUID quoteId,
            Instant createdAt,
            Instant submittedAt,
            Instant approvedAt,
            Instant sentAt,
            Instant firstReceiptAt) {}

    /** An order line's price per unit, with the order's cost centre. */
    public record OrderedPrice(UUID orderId, String itemCode, String unit, BigDecimal unitPrice, String costCentre) {}

    /** The net amount (before tax) and number of placed orders of one day, supplier, cost centre and currency. */
    public record PlacedSpend(
            LocalDate orderDate, UUID supplierId, String costCentre, String currency, BigDecimal net, long orders) {}

    /**
     * The receipts of one day, supplier, cost centre and currency: how many, how many had a promised
     * date and came on or before it, how many completed their order (every line accepted in full
     * counting the order's receipts recorded before), and the quantities accepted and rejected.
     */
    public record ReceiptTally(
            LocalDate receivedOn,
            UUID supplierId,
            String costCentre,
            String currency,
            long receipts,
            long promised,
            long onTime,
            long completed,
            BigDecimal accepted,
            BigDecimal rejected) {}

    @Inject
    OrderRepository orders;

    /** The order, if it can be invoiced: placed with the supplier and not cancelled. */
    public Order invoiceable(TenantTx tx, UUID orderId) {
        PurchaseOrder order = tx.em().find(PurchaseOrder.class, orderId);
        if (order == null) {
            throw new Failure.InvalidInput("purchase_order_id", "is not a purchase order of this tenant");
        }
        order.require(
                "invoiced",
                PurchaseOrder.Status.SENT,
                PurchaseOrder.Status.PARTIALLY_RECEIVED,
                PurchaseOrder.Status.RECEIVED,
                PurchaseOrder.Status.CLOSED);
        return new Order(order.id(), order.number(), order.supplierId(), order.currency());
    }

    /** The unit of each item code on the order's lines; empty when there is no such order. */
    public Map<String, String> unitsByItem(TenantTx tx, UUID orderId) {
        PurchaseOrder order = orderId == null ? null : tx.em().find(PurchaseOrder.class, orderId);
        Map<String, String> units = new HashMap<>();
        if (order != null) {
            order.lines().forEach(line -> units.putIfAbsent(line.itemCode(), line.unit()));
        }
        return units;
    }

    public List<Line> lines(TenantTx tx, UUID orderId) {
        PurchaseOrder order = PurchaseOrderService.existing(tx.em(), orderId);
        Map<Integer, BigDecimal> accepted = orders.acceptedByLine(tx.em(), orderId);
        List<Line> lines = new ArrayList<>();
        for (int i = 0; i < order.lines().size(); i++) {
            lines.add(new Line(order.lines().get(i), accepted.getOrDefault(i + 1, BigDecimal.ZERO)));
        }
        return lines;
    }

    /** Orders with a milestone in {@code [from, to)}. */
    public List<Timeline> timelines(TenantTx tx, Instant from, Instant to) {
        return orders.timelines(tx.em(), from, to);
    }

    /** When each of these orders got its first receipt recorded (orders without one are left out). */
    public Map<UUID, Instant> firstReceipts(TenantTx tx, Collection<UUID> orderIds) {
        return orderIds.isEmpty() ? Map.of() : orders.firstReceipts(tx.em(), orderIds);
    }

    /** Ordered unit prices of the orders' priced lines, in line order. */
    public List<OrderedPrice> orderedPrices(TenantTx tx, Collection<UUID> orderIds) {
        return orderIds.isEmpty() ? List.of() : orders.orderedPrices(tx.em(), orderIds);
    }

    /** Placed orders (approved or later, not cancelled) dated in the period, both ends included. */
    public List<PlacedSpend> placedSpend(TenantTx tx, LocalDate from, LocalDate to) {
        return orders.placedSpend(tx.em(), from, to);
    }

    /** The order's date, if the tenant has such an order. */
    public Optional<LocalDate> orderDate(TenantTx tx, UUID orderId) {
        return tx.em()
                .createQuery("SELECT o.orderDate FROM PurchaseOrder o WHERE o.id = :id", LocalDate.class)
                .setParameter("id", orderId)
                .getResultStream()
                .findFirst();
    }

    /** When the order was made, submitted, approved, sent and first received (those it has reached). */
    public List<Instant> milestones(TenantTx tx, UUID orderId) {
        List<Instant> at = new ArrayList<>();
        tx.em()
                .createQuery(
                        "SELECT o.createdAt, o.submittedAt, o.approvedAt, o.sentAt,"
                                + " (SELECT MIN(r.createdAt) FROM Receipt r WHERE r.purchaseOrderId = o.id)"
                                + " FROM PurchaseOrder o WHERE o.id = :id",
                        Object[].class)
                .setParameter("id", orderId)
                .getResultStream()
                .forEach(row -> {
                    for (Object value : row) {
                        if (value != null) {
                            at.add(SqlValues.instant(value));
                        }
                    }
                });
        return at;
    }

    /** The receipts dated in the period (both ends included), summed per day, supplier, cost centre and currency. */
    public List<ReceiptTally> receipts(TenantTx tx, LocalDate from, LocalDate to) {
        return orders.deliveries(tx.em(), from, to);
    }

    @Override
    public Deliveries deliveries(TenantTx tx, UUID supplierId, LocalDate from, LocalDate to) {
        return orders.deliveries(tx.em(), supplierId, from, to);
    }

    @Override
    public Quantities quantities(TenantTx tx, UUID supplierId, LocalDate from, LocalDate to) {
        return orders.quantities(tx.em(), supplierId, from, to);
    }

    @Override
    public long submitted(TenantTx tx, UUID supplierId, LocalDate from, LocalDate to) {
        return orders.countIn(tx.em(), supplierId, from, to, PurchaseOrder.SUBMITTED);
    }

    @Override
    public List<PricedLine> linesByQuote(TenantTx tx, UUID supplierId, LocalDate from, LocalDate to) {
        return orders.linesByQuote(tx.em(), supplierId, from, to, PurchaseOrder.NOT_CANCELLED);
    }

    @Override
    public List<PricedLine> lines(TenantTx tx, Collection<UUID> orderIds) {
        return orderIds.isEmpty() ? List.of() : orders.lines(tx.em(), orderIds);
    }

    @Override
    public Optional<Standing> standing(TenantTx tx, UUID orderId) {
        return tx.em()
                .createQuery("SELECT o.supplierId, o.status FROM PurchaseOrder o WHERE o.id = :id", Object[].class)
                .setParameter("id", orderId)
                .getResultStream()
                .findFirst()
                .map(row -> {
                    PurchaseOrder.Status status = (PurchaseOrder.Status) row[1];
                    return new Standing(
                            (UUID) row[0], PurchaseOrder.MACHINE.column(status), PurchaseOrder.PLACED.contains(status));
                });
    }

    @Override
    public List<Commitment> ofCostCenter(TenantTx tx, String costCenter, LocalDate from, LocalDate to) {
        return tx.em()
                .createQuery(
                        "SELECT o.id, o.currency, o.totals.total, o.status FROM PurchaseOrder o"
                                + " WHERE o.costCenter = :cc AND o.orderDate BETWEEN :from AND :to",
                        Object[].class)
                .setParameter("cc", costCenter)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultStream()
                .map(row -> new Commitment(
                        (UUID) row[0],
                        ((String) row[1]).trim(),
                        (BigDecimal) row[2],
                        PurchaseOrder.OPEN.contains((PurchaseOrder.Status) row[3])))
                .toList();
    }

    @Override
    public List<Commitment> ofProject(TenantTx tx, UUID projectId) {
        return tx.em()
                .createQuery(
                        "SELECT o.id, o.currency, o.totals.total, o.status FROM PurchaseOrder o WHERE o.projectId = :project",
                        Object[].class)
                .setParameter("project", projectId)
                .getResultStream()
                .map(row -> new Commitment(
                        (UUID) row[0],
                        ((String) row[1]).trim(),
                        (BigDecimal) row[2],
                        PurchaseOrder.SUBMITTED.contains((PurchaseOrder.Status) row[3])))
                .toList();
    }
}
