package dev.procura.orders;

import dev.procura.platform.buying.PricedLine;
import dev.procura.platform.buying.PurchaseOrders.Deliveries;
import dev.procura.platform.buying.PurchaseOrders.Quantities;
import dev.procura.platform.customfields.CustomFieldCriteria;
import dev.procura.platform.persistence.Conditions;
import dev.procura.platform.persistence.SqlArrays;
import dev.procura.platform.persistence.SqlValues;
import dev.procura.platform.tenancy.PlantScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Queries on purchase orders and receipts. */
@ApplicationScoped
public class OrderRepository {

    /** {@code visible}: the plants whose orders the caller may see (everywhere, or some plants only). */
    public record Filter(
            String status,
            UUID supplierId,
            String costCenter,
            String text,
            LocalDate from,
            LocalDate to,
            UUID plantId,
            PlantScope visible) {
        Filter within(PlantScope scope) {
            return new Filter(status, supplierId, costCenter, text, from, to, plantId, scope);
        }
    }

    static final Map<String, String> SORTS = Map.of(
            "number",
            "o.number",
            "order_date",
            "o.orderDate",
            "total",
            "o.totals.total",
            "status",
            "o.status",
            "created_at",
            "o.createdAt",
            "updated_at",
            "o.updatedAt");

    public List<PurchaseOrder> list(
            EntityManager em, Filter filter, CustomFieldCriteria custom, String sort, int first, int max) {
        return custom.applyTo(conditions(filter))
                .query(em, "SELECT o FROM PurchaseOrder o", custom.orderBy(sort, SORTS, "o.id"), PurchaseOrder.class)
                .setFirstResult(first)
                .setMaxResults(max)
                .getResultList();
    }

    public long count(EntityManager em, Filter filter, CustomFieldCriteria custom) {
        return custom.applyTo(conditions(filter)).count(em, "SELECT COUNT(o) FROM PurchaseOrder o");
    }

    private static Conditions conditions(Filter f) {
        return new Conditions()
                .when(PurchaseOrder.MACHINE.status(f.status()), "o.status = :status", "status")
                .when(f.supplierId(), "o.supplierId = :supplier", "supplier")
                .when(f.costCenter(), "o.costCenter = :cc", "cc")
                .contains(f.text(), "text", "LOWER(o.number)", "LOWER(o.notes)")
                .when(f.from(), "o.orderDate >= :from", "from")
                .when(f.to(), "o.orderDate <= :to", "to")
                .when(f.plantId(), "o.plantId = :plant", "plant")
                .when(
                        f.visible() == null || f.visible().everywhere()
                                ? null
                                : f.visible().plants(),
                        "o.plantId IN :visible",
                        "visible");
    }

    public List<Receipt> receipts(EntityManager em, UUID orderId) {
        return em.createQuery(
                        "SELECT r FROM Receipt r WHERE r.purchaseOrderId = :order ORDER BY r.createdAt, r.id",
                        Receipt.class)
                .setParameter("order", orderId)
                .getResultList();
    }

    /** Accepted quantity received so far per order line number (from 1). */
    public Map<Integer, BigDecimal> acceptedByLine(EntityManager em, UUID orderId) {
        Map<Integer, BigDecimal> accepted = new HashMap<>();
        for (Receipt receipt : receipts(em, orderId)) {
            for (ReceiptLine line : receipt.lines()) {
                accepted.merge(line.line(), line.acceptedQuantity(), BigDecimal::add);
            }
        }
        return accepted;
    }

    Deliveries deliveries(EntityManager em, UUID supplier, LocalDate from, LocalDate to) {
        Object[] row = (Object[]) bySupplier(
                        em,
                        "SELECT COUNT(*),"
                                + " COUNT(*) FILTER (WHERE po.expected_delivery_date IS NOT NULL),"
                                + " COUNT(*) FILTER (WHERE r.received_on <= po.expected_delivery_date)"
                                + " FROM receipts r JOIN purchase_orders po ON po.id = r.purchase_order_id"
                                + " WHERE po.supplier_id = ?1 AND r.received_on BETWEEN ?2 AND ?3",
                        supplier,
                        from,
                        to)
                .getSingleResult();
        return new Deliveries(count(row[0]), count(row[1]), count(row[2]));
    }

    Quantities quantities(EntityManager em, UUID supplier, LocalDate from, LocalDate to) {
        Object[] row = (Object[]) bySupplier(
                        em,
                        "SELECT COALESCE(SUM(l.accepted_quantity), 0),"
                                + " COALESCE(SUM(l.rejected_quantity), 0) FROM receipt_lines l JOIN receipts r ON r.id = l.receipt_id"
                                + " JOIN purchase_orders po ON po.id = r.purchase_order_id"
                                + " WHERE po.supplier_id = ?1 AND r.received_on BETWEEN ?2 AND ?3",
                        supplier,
                        from,
                        to)
                .getSingleResult();
        return new Quantities(decimal(row[0]), decimal(row[1]));
    }

    long countIn(EntityManager em, UUID supplier, LocalDate from, LocalDate to, Set<PurchaseOrder.Status> statuses) {
        return count(bySupplier(
                        em,
                        "SELECT COUNT(*) FROM purchase_orders WHERE supplier_id = ?1"
                                + " AND order_date BETWEEN ?2 AND ?3 AND status = ANY (CAST(?4 AS VARCHAR[]))",
                        supplier,
                        from,
                        to)
                .setParameter(4, names(statuses))
                .getSingleResult());
    }

    List<PricedLine> linesByQuote(
            EntityManager em, UUID supplier, LocalDate from, LocalDate to, Set<PurchaseOrder.Status> statuses) {
        return pricedLines(bySupplier(
                        em,
                        "SELECT CAST(po.quote_id AS VARCHAR), pl.item_code, pl.unit_price"
                                + " FROM purchase_orders po JOIN purchase_order_lines pl ON pl.purchase_order_id = po.id"
                                + " WHERE po.supplier_id = ?1 AND po.order_date BETWEEN ?2 AND ?3 AND po.quote_id IS NOT NULL"
                                + " AND po.status = ANY (CAST(?4 AS VARCHAR[]))",
                        supplier,
                        from,
                        to)
                .setParameter(4, names(statuses))
                .getResultList());
    }

    List<PricedLine> lines(EntityManager em, Collection<UUID> orderIds) {
        return pricedLines(em.createNativeQuery("SELECT CAST(purchase_order_id AS VARCHAR), item_code, unit_price"
                        + " FROM purchase_order_lines WHERE purchase_order_id = ANY (CAST(?1 AS UUID[]))")
                .setParameter(1, SqlArrays.of(orderIds))
                .getResultList());
    }

    /** Placed orders dated in the period: net amount and count per order date, supplier, cost centre and currency. */
    List<OrderFacts.PlacedSpend> placedSpend(EntityManager em, LocalDate from, LocalDate to) {
        List<?> rows = em.createNativeQuery("SELECT order_date, CAST(supplier_id AS VARCHAR), cost_center, currency,"
                        + " SUM(subtotal), COUNT(*) FROM purchase_orders"
                        + " WHERE order_date BETWEEN ?1 AND ?2 AND status = ANY (CAST(?3 AS VARCHAR[]))"
                        + " GROUP BY order_date, supplier_id, cost_center, currency")
                .setParameter(1, Date.valueOf(from))
                .setParameter(2, Date.valueOf(to))
                .setParameter(3, names(PurchaseOrder.PLACED))
                .getResultList();
        return rows.stream()
                .map(r -> (Object[]) r)
                .map(r -> new OrderFacts.PlacedSpend(
                        ((Date) r[0]).toLocalDate(),
                        UUID.fromString((String) r[1]),
                        (String) r[2],
                        ((String) r[3]).trim(),
                        decimal(r[4]),
                        count(r[5])))
                .toList();
    }

    /**
     * Receipts dated in the period, each with its order's supplier, cost centre and promised date,
     * its quantities, and whether it completed the order: after it (receipts in the order they were
     * recorded), every line had its ordered quantity accepted.
     */
    List<OrderFacts.ReceiptTally> deliveries(EntityManager em, LocalDate from, LocalDate to) {
        // One row per receipt first (its quantities, and whether it completed the order), then summed per day,
        // supplier, cost centre and currency: a year of receipts comes back as a few thousand rows.
        List<?> rows = em.createNativeQuery("SELECT d.received_on, CAST(d.supplier_id AS VARCHAR), d.cost_center,"
                        + " d.currency, COUNT(*), COUNT(d.promised),"
                        + " COUNT(*) FILTER (WHERE d.received_on <= d.promised), COUNT(*) FILTER (WHERE d.completed),"
                        + " COALESCE(SUM(d.accepted), 0), COALESCE(SUM(d.rejected), 0) FROM ("
                        + " SELECT r.received_on, po.supplier_id, po.cost_center, po.currency,"
                        + " po.expected_delivery_date AS promised,"
                        + " (SELECT COALESCE(SUM(l.accepted_quantity), 0) FROM receipt_lines l WHERE l.receipt_id = r.id) AS accepted,"
                        + " (SELECT COALESCE(SUM(l.rejected_quantity), 0) FROM receipt_lines l WHERE l.receipt_id = r.id) AS rejected,"
                        + " NOT EXISTS (SELECT 1 FROM purchase_order_lines ol WHERE ol.purchase_order_id = po.id"
                        + "   AND ol.quantity > (SELECT COALESCE(SUM(rl.accepted_quantity), 0) FROM receipt_lines rl"
                        + "     JOIN receipts r2 ON r2.id = rl.receipt_id WHERE r2.purchase_order_id = po.id"
                        + "     AND rl.line = ol.line_no + 1 AND (r2.created_at, r2.id) <= (r.created_at, r.id))) AS completed"
                        + " FROM receipts r JOIN purchase_orders po ON po.id = r.purchase_order_id"
                        + " WHERE r.received_on BETWEEN ?1 AND ?2) d"
                        + " GROUP BY d.received_on, d.supplier_id, d.cost_center, d.currency")
                .setParameter(1, Date.valueOf(from))
                .setParameter(2, Date.valueOf(to))
                .getResultList();
        return rows.stream()
                .map(r -> (Object[]) r)
                .map(r -> new OrderFacts.ReceiptTally(
                        ((Date) r[0]).toLocalDate(),
                        UUID.fromString((String) r[1]),
                        (String) r[2],
                        ((String) r[3]).trim(),
                        count(r[4]),
                        count(r[5]),
                        count(r[6]),
                        count(r[7]),
                        decimal(r[8]),
                        decimal(r[9])))
                .toList();
    }

    List<OrderFacts.OrderedPrice> orderedPrices(EntityManager em, Collection<UUID> orderIds) {
        List<?> rows = em.createNativeQuery("SELECT CAST(l.purchase_order_id AS VARCHAR), l.item_code, l.unit,"
                        + " l.unit_price, o.cost_center FROM purchase_order_lines l"
                        + " JOIN purchase_orders o ON o.id = l.purchase_order_id"
                        + " WHERE l.purchase_order_id = ANY (CAST(?1 AS UUID[]))"
                        + " AND l.unit_price IS NOT NULL ORDER BY l.purchase_order_id, l.line_no")
                .setParameter(1, SqlArrays.of(orderIds))
                .getResultList();
        return rows.stream()
                .map(r -> (Object[]) r)
                .map(r -> new OrderFacts.OrderedPrice(
                        UUID.fromString((String) r[0]), (String) r[1], (String) r[2], decimal(r[3]), (String) r[4]))
                .toList();
    }

    List<OrderFacts.Timeline> timelines(EntityManager em, Instant from, Instant to) {
        List<?> rows = em.createNativeQuery("SELECT CAST(o.id AS VARCHAR), CAST(o.quote_id AS VARCHAR), o.created_at,"
                        + " o.submitted_at, o.approved_at, o.sent_at, fr.first_at FROM purchase_orders o"
                        + " LEFT JOIN (SELECT purchase_order_id, MIN(created_at) AS first_at FROM receipts"
                        + "   GROUP BY purchase_order_id) fr ON fr.purchase_order_id = o.id"
                        + " WHERE (o.created_at >= ?1 AND o.created_at < ?2) OR (o.submitted_at >= ?1 AND o.submitted_at < ?2)"
                        + " OR (o.approved_at >= ?1 AND o.approved_at < ?2) OR (o.sent_at >= ?1 AND o.sent_at < ?2)"
                        + " OR (fr.first_at >= ?1 AND fr.first_at < ?2)")
                .setParameter(1, Timestamp.from(from))
                .setParameter(2, Timestamp.from(to))
                .getResultList();
        return rows.stream()
                .map(r -> (Object[]) r)
                .map(r -> new OrderFacts.Timeline(
                        UUID.fromString((String) r[0]),
                        r[1] == null ? null : UUID.fromString((String) r[1]),
                        SqlValues.instant(r[2]),
                        SqlValues.instant(r[3]),
                        SqlValues.instant(r[4]),
                        SqlValues.instant(r[5]),
                        SqlValues.instant(r[6])))
                .toList();
    }

    Map<UUID, Instant> firstReceipts(EntityManager em, Collection<UUID> orderIds) {
        List<?> rows = em.createNativeQuery("SELECT CAST(purchase_order_id AS VARCHAR), MIN(created_at) FROM receipts"
                        + " WHERE purchase_order_id = ANY (CAST(?1 AS UUID[])) GROUP BY purchase_order_id")
                .setParameter(1, SqlArrays.of(orderIds))
                .getResultList();
        Map<UUID, Instant> first = new HashMap<>();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            first.put(UUID.fromString((String) r[0]), SqlValues.instant(r[1]));
        }
        return first;
    }

    private static Query bySupplier(EntityManager em, String sql, UUID supplier, LocalDate from, LocalDate to) {
        return em.createNativeQuery(sql)
                .setParameter(1, supplier)
                .setParameter(2, Date.valueOf(from))
                .setParameter(3, Date.valueOf(to));
    }

    private static String names(Set<PurchaseOrder.Status> statuses) {
        return SqlArrays.of(statuses.stream().map(PurchaseOrder.MACHINE::column).toList());
    }

    private static List<PricedLine> pricedLines(List<?> rows) {
        return rows.stream()
                .map(r -> (Object[]) r)
                .map(r -> new PricedLine(
                        UUID.fromString((String) r[0]),
                        (String) r[1],
                        r[2] == null ? null : new BigDecimal(r[2].toString())))
                .toList();
    }

    private static long count(Object value) {
        return ((Number) value).longValue();
    }

    private static BigDecimal decimal(Object value) {
        return value == null ? BigDecimal.ZERO : new BigDecimal(value.toString());
    }
}
