package dev.procura.invoices;

import dev.procura.platform.buying.PricedLine;
import dev.procura.platform.buying.SupplierInvoices;
import dev.procura.platform.persistence.SqlValues;
import dev.procura.platform.tenancy.TenantTx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** What other capabilities may know about invoices: prices and amounts billed (matched, mismatched or paid). */
@ApplicationScoped
public class InvoiceFacts implements SupplierInvoices {

    /** A priced line of a billed invoice, with the invoice's date, supplier, currency and order. */
    public record BilledLine(
            LocalDate invoiceDate,
            UUID supplierId,
            String currency,
            UUID orderId,
            String itemCode,
            String unit,
            BigDecimal quantity,
            BigDecimal unitPrice) {}

    /** An invoice's milestones: entered, paid (null: not yet); whether it is its order's first invoice. */
    public record Timeline(UUID orderId, Instant createdAt, Instant paidAt, boolean firstOfOrder) {}

    @Inject
    InvoiceRepository invoices;

    /** Invoices (not cancelled) entered or paid in {@code [from, to)}. */
    public List<Timeline> timelines(TenantTx tx, Instant from, Instant to) {
        return tx.em()
                .createQuery(
                        "SELECT i.purchaseOrderId, i.createdAt, i.paidAt,"
                                + " (SELECT MIN(j.createdAt) FROM Invoice j WHERE j.purchaseOrderId = i.purchaseOrderId"
                                + " AND j.status <> :cancelled) FROM Invoice i WHERE i.status <> :cancelled"
                                + " AND ((i.createdAt >= :from AND i.createdAt < :to) OR (i.paidAt >= :from AND i.paidAt < :to))",
                        Object[].class)
                .setParameter("cancelled", Invoice.Status.CANCELLED)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultStream()
                .map(r ->
                        new Timeline((UUID) r[0], (Instant) r[1], (Instant) r[2], r[1].equals(SqlValues.instant(r[3]))))
                .toList();
    }

    /** Priced lines of billed invoices (entered, not cancelled) dated in the period, both ends included. */
    public List<BilledLine> billedLines(TenantTx tx, LocalDate from, LocalDate to) {
        return invoices.billedLines(tx.em(), from, to);
    }

    /** The invoice's date, if the tenant has such an invoice. */
    public Optional<LocalDate> invoiceDate(TenantTx tx, UUID invoiceId) {
        return tx.em()
                .createQuery("SELECT i.invoiceDate FROM Invoice i WHERE i.id = :id", LocalDate.class)
                .setParameter("id", invoiceId)
                .getResultStream()
                .findFirst();
    }

    /** When each invoice of this invoice's order (itself included, cancelled or not) was entered and paid. */
    public List<Instant> milestonesOfOrderOf(TenantTx tx, UUID invoiceId) {
        return milestones(tx, "(SELECT j.purchaseOrderId FROM Invoice j WHERE j.id = :id)", invoiceId);
    }

    /** When each invoice of the order (cancelled or not) was entered and paid. */
    public List<Instant> milestonesOfOrder(TenantTx tx, UUID orderId) {
        return milestones(tx, ":id", orderId);
    }

    private static List<Instant> milestones(TenantTx tx, String order, UUID id) {
        List<Instant> at = new java.util.ArrayList<>();
        tx.em()
                .createQuery(
                        "SELECT i.createdAt, i.paidAt FROM Invoice i WHERE i.purchaseOrderId = " + order,
                        Object[].class)
                .setParameter("id", id)
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

    @Override
    public List<PricedLine> linesByOrder(TenantTx tx, UUID supplierId, LocalDate from, LocalDate to) {
        return invoices.billedLinesByOrder(tx.em(), supplierId, from, to);
    }

    @Override
    public List<Spend> spend(TenantTx tx, UUID supplierId, LocalDate from, LocalDate to) {
        return invoices.billedSpend(tx.em(), supplierId, from, to);
    }

    @Override
    public List<Billed> billed(TenantTx tx, Collection<UUID> orderIds) {
        return orderIds.isEmpty() ? List.of() : invoices.billed(tx.em(), orderIds);
    }
}
