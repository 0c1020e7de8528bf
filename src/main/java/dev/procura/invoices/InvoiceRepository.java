package dev.procura.invoices;

import dev.procura.platform.persistence.Conditions;
import dev.procura.procurement.LineItem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Queries on invoices. */
@ApplicationScoped
public class InvoiceRepository {

    public record Filter(String status, UUID supplierId, UUID purchaseOrderId, String text) {
    }

    static final Map<String, String> SORTS = Map.of("number", "i.number", "invoice_date", "i.invoiceDate",
            "due_date", "i.dueDate", "total", "i.totals.total", "status", "i.status", "created_at", "i.createdAt");

    public List<Invoice> list(EntityManager em, Filter filter, String sort, int first, int max) {
        return conditions(filter).query(em, "SELECT i FROM Invoice i", Conditions.orderBy(sort, SORTS, "i.id"), Invoice.class)
                .setFirstResult(first).setMaxResults(max).getResultList();
    }

    public long count(EntityManager em, Filter filter) {
        return conditions(filter).count(em, "SELECT COUNT(i) FROM Invoice i");
    }

    private static Conditions conditions(Filter f) {
        return new Conditions().when(Invoice.MACHINE.status(f.status()), "i.status = :status", "status")
                .when(f.supplierId(), "i.supplierId = :supplier", "supplier")
                .when(f.purchaseOrderId(), "i.purchaseOrderId = :order", "order")
                .contains(f.text(), "text", "LOWER(i.number)", "LOWER(i.supplierInvoiceNumber)");
    }

    public boolean exists(EntityManager em, UUID supplierId, String supplierInvoiceNumber) {
        return em.createQuery("SELECT COUNT(i) FROM Invoice i WHERE i.supplierId = :supplier"
                + " AND LOWER(i.supplierInvoiceNumber) = :number", Long.class).setParameter("supplier", supplierId)
                .setParameter("number", supplierInvoiceNumber.toLowerCase()).getSingleResult() > 0;
    }

    /** Quantity per item code already billed by the order's other invoices. */
    public Map<String, BigDecimal> invoicedBefore(EntityManager em, UUID orderId, UUID excludingInvoice) {
        Map<String, BigDecimal> invoiced = new HashMap<>();
        List<Invoice> others = em.createQuery("SELECT i FROM Invoice i WHERE i.purchaseOrderId = :order AND i.id <> :id",
                Invoice.class).setParameter("order", orderId).setParameter("id", excludingInvoice).getResultList();
        for (Invoice other : others.stream().filter(i -> Invoice.BILLED.contains(i.status())).toList()) {
            for (LineItem line : other.lines()) {
                invoiced.merge(line.itemCode(), line.quantity(), BigDecimal::add);
            }
        }
        return invoiced;
    }
}
