package dev.procura.orders;

import dev.procura.platform.persistence.Conditions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Queries on purchase orders and receipts. */
@ApplicationScoped
public class OrderRepository {

    public record Filter(String status, UUID supplierId, String costCenter, String text, LocalDate from, LocalDate to) {
    }

    static final Map<String, String> SORTS = Map.of("number", "o.number", "order_date", "o.orderDate",
            "total", "o.totals.total", "status", "o.status", "created_at", "o.createdAt", "updated_at", "o.updatedAt");

    public List<PurchaseOrder> list(EntityManager em, Filter filter, String sort, int first, int max) {
        return conditions(filter).query(em, "SELECT o FROM PurchaseOrder o", Conditions.orderBy(sort, SORTS, "o.id"),
                PurchaseOrder.class).setFirstResult(first).setMaxResults(max).getResultList();
    }

    public long count(EntityManager em, Filter filter) {
        return conditions(filter).count(em, "SELECT COUNT(o) FROM PurchaseOrder o");
    }

    private static Conditions conditions(Filter f) {
        return new Conditions().when(PurchaseOrder.MACHINE.status(f.status()), "o.status = :status", "status")
                .when(f.supplierId(), "o.supplierId = :supplier", "supplier")
                .when(f.costCenter(), "o.costCenter = :cc", "cc")
                .contains(f.text(), "text", "LOWER(o.number)", "LOWER(o.notes)")
                .when(f.from(), "o.orderDate >= :from", "from")
                .when(f.to(), "o.orderDate <= :to", "to");
    }

    public List<Receipt> receipts(EntityManager em, UUID orderId) {
        return em.createQuery("SELECT r FROM Receipt r WHERE r.purchaseOrderId = :order ORDER BY r.createdAt, r.id",
                Receipt.class).setParameter("order", orderId).getResultList();
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
}
