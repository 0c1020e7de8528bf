package dev.procura.invoices;

import dev.procura.platform.buying.BuyingDocumentContents;
import dev.procura.platform.tenancy.TenantTx;
import dev.procura.procurement.LineItem;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/** A supplier invoice as a whole, for a capability that hands it to another system. */
@ApplicationScoped
public class InvoiceContents implements BuyingDocumentContents {

    static final String TYPE = "invoice";

    @Override
    public String documentType() {
        return TYPE;
    }

    @Override
    public Optional<Contents> contents(TenantTx tx, UUID id) {
        return Optional.ofNullable(tx.em().find(Invoice.class, id)).map(InvoiceContents::of);
    }

    private static Contents of(Invoice invoice) {
        List<Line> lines = new ArrayList<>();
        for (LineItem item : invoice.lines()) {
            lines.add(new Line(
                    lines.size() + 1,
                    item.itemCode(),
                    item.description(),
                    item.quantity(),
                    item.unit(),
                    item.unitPrice(),
                    item.taxRate(),
                    item.netAmount(),
                    item.taxAmount(),
                    item.totalAmount()));
        }
        return new Contents(
                TYPE,
                invoice.id(),
                invoice.number(),
                invoice.status().name().toLowerCase(Locale.ROOT),
                invoice.supplierId(),
                invoice.purchaseOrderId(),
                invoice.supplierInvoiceNumber(),
                invoice.currency(),
                invoice.invoiceDate(),
                invoice.dueDate(),
                null,
                null,
                invoice.totals().subtotal(),
                invoice.totals().taxTotal(),
                invoice.totals().total(),
                lines);
    }
}
