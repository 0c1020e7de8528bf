package dev.procura.invoices;

import dev.procura.platform.buying.PricedLine;
import dev.procura.platform.buying.SupplierInvoices.Billed;
import dev.procura.platform.buying.SupplierInvoices.Spend;
import dev.procura.platform.customfields.CustomFieldCriteria;
import dev.procura.platform.persistence.Conditions;
import dev.procura.platform.persistence.SqlArrays;
import dev.procura.procurement.LineItem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/** Queries on invoices. */
@ApplicationScoped
public class InvoiceRepository {

    public record Filter(String status, UUID supplierId, UUID purchaseOrderId, String text) {}

    static final Map<String, String> SORTS = Map.of(
            "number",
            "i.number",
            "invoice_date",
            "i.invoiceDate",
            "due_date",
            "i.dueDate",
            "total",
            "i.totals.total",
            "status",
            "i.status",
            "created_at",
            "i.createdAt");

    public List<Invoice> list(
            EntityManager em, Filter filter, CustomFieldCriteria custom, String sort, int first, int max) {
        return custom.applyTo(conditions(filter))
                .query(em, "SELECT i FROM Invoice i", custom.orderBy(sort, SORTS, "i.id"), Invoice.class)
                .setFirstResult(first)
                .setMaxResults(max)
                .getResultList();
    }

    public long count(EntityManager em, Filter filter, CustomFieldCriteria custom) {
        return custom.applyTo(conditions(filter)).count(em, "SELECT COUNT(i) FROM Invoice i");
    }

    private static Conditions conditions(Filter f) {
        return new Conditions()
                .when(Invoice.MACHINE.status(f.status()), "i.status = :status", "status")
                .when(f.supplierId(), "i.supplierId = :supplier", "supplier")
                .when(f.purchaseOrderId(), "i.purchaseOrderId = :order", "order")
                .contains(f.text(), "text", "LOWER(i.number)", "LOWER(i.supplierInvoiceNumber)");
    }

    public boolean exists(EntityManager em, UUID supplierId, String supplierInvoiceNumber) {
        return em.createQuery(
                                "SELECT COUNT(i) FROM Invoice i WHERE i.supplierId = :supplier"
                                        + " AND LOWER(i.supplierInvoiceNumber) = :number",
                                Long.class)
                        .setParameter("supplier", supplierId)
                        .setParameter("number", supplierInvoiceNumber.toLowerCase(Locale.ROOT))
                        .getSingleResult()
                > 0;
    }

    /** Quantity per item code already billed by the order's other invoices. */
    /** The lines of the order's other billed invoices, each in its own unit. */
    public List<LineItem> billedLinesBefore(EntityManager em, UUID orderId, UUID excludingInvoice) {
        List<LineItem> billed = new ArrayList<>();
        List<Invoice> others = em.createQuery(
                        "SELECT i FROM Invoice i WHERE i.purchaseOrderId = :order AND i.id <> :id", Invoice.class)
                .setParameter("order", orderId)
                .setParameter("id", excludingInvoice)
                .getResultList();
        for (Invoice other :
                others.stream().filter(i -> Invoice.BILLED.contains(i.status())).toList()) {
            billed.addAll(other.lines());
        }
        return billed;
    }

    /** Lines of the supplier's billed invoices dated in the period, filed under their order. */
    List<PricedLine> billedLinesByOrder(EntityManager em, UUID supplier, LocalDate from, LocalDate to) {
        List<?> rows = billedOf(
                        em,
                        "SELECT CAST(i.purchase_order_id AS VARCHAR), il.item_code, il.unit_price"
                                + " FROM invoices i JOIN invoice_lines il ON il.invoice_id = i.id WHERE i.supplier_id = ?1"
                                + " AND i.invoice_date BETWEEN ?2 AND ?3 AND i.status = ANY (CAST(?4 AS VARCHAR[]))",
                        supplier,
                        from,
                        to)
                .getResultList();
        return rows.stream()
                .map(r -> (Object[]) r)
                .map(r -> new PricedLine(UUID.fromString((String) r[0]), (String) r[1], decimalOrNull(r[2])))
                .toList();
    }

    List<Spend> billedSpend(EntityManager em, UUID supplier, LocalDate from, LocalDate to) {
        List<?> rows = billedOf(
                        em,
                        "SELECT currency, SUM(total), COUNT(*) FROM invoices WHERE supplier_id = ?1"
                                + " AND invoice_date BETWEEN ?2 AND ?3 AND status = ANY (CAST(?4 AS VARCHAR[]))"
                                + " GROUP BY currency ORDER BY currency",
                        supplier,
                        from,
                        to)
                .getResultList();
        return rows.stream()
                .map(r -> (Object[]) r)
                .map(r -> new Spend(((String) r[0]).trim(), decimalOrNull(r[1]), ((Number) r[2]).longValue()))
                .toList();
    }

    List<Billed> billed(EntityManager em, Collection<UUID> orderIds) {
        List<?> rows = em.createNativeQuery(
                        "SELECT CAST(purchase_order_id AS VARCHAR), currency, SUM(total) FROM invoices"
                                + " WHERE purchase_order_id = ANY (CAST(?1 AS UUID[])) AND status = ANY (CAST(?2 AS VARCHAR[]))"
                                + " GROUP BY purchase_order_id, currency")
                .setParameter(1, SqlArrays.of(orderIds))
                .setParameter(2, billedStatuses())
                .getResultList();
        return rows.stream()
                .map(r -> (Object[]) r)
                .map(r -> new Billed(UUID.fromString((String) r[0]), ((String) r[1]).trim(), decimalOrNull(r[2])))
                .toList();
    }

    /** Priced lines of billed invoices dated in the period, with their invoice's date, supplier, currency and order. */
    List<InvoiceFacts.BilledLine> billedLines(EntityManager em, LocalDate from, LocalDate to) {
        List<?> rows = em.createNativeQuery("SELECT i.invoice_date, CAST(i.supplier_id AS VARCHAR), i.currency,"
                        + " CAST(i.purchase_order_id AS VARCHAR), il.item_code, il.unit, il.quantity, il.unit_price"
                        + " FROM invoices i JOIN invoice_lines il ON il.invoice_id = i.id"
                        + " WHERE i.invoice_date BETWEEN ?1 AND ?2 AND i.status = ANY (CAST(?3 AS VARCHAR[]))"
                        + " AND il.unit_price IS NOT NULL")
                .setParameter(1, Date.valueOf(from))
                .setParameter(2, Date.valueOf(to))
                .setParameter(3, billedStatuses())
                .getResultList();
        return rows.stream()
                .map(r -> (Object[]) r)
                .map(r -> new InvoiceFacts.BilledLine(
                        ((Date) r[0]).toLocalDate(),
                        UUID.fromString((String) r[1]),
                        ((String) r[2]).trim(),
                        UUID.fromString((String) r[3]),
                        (String) r[4],
                        (String) r[5],
                        decimalOrNull(r[6]),
                        decimalOrNull(r[7])))
                .toList();
    }

    private static Query billedOf(EntityManager em, String sql, UUID supplier, LocalDate from, LocalDate to) {
        return em.createNativeQuery(sql)
                .setParameter(1, supplier)
                .setParameter(2, Date.valueOf(from))
                .setParameter(3, Date.valueOf(to))
                .setParameter(4, billedStatuses());
    }

    private static String billedStatuses() {
        return SqlArrays.of(Invoice.BILLED.stream().map(Invoice.MACHINE::column).toList());
    }

    private static BigDecimal decimalOrNull(Object value) {
        return value == null ? null : new BigDecimal(value.toString());
    }
}
