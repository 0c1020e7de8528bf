package dev.procura.platform.buying;

import dev.procura.platform.tenancy.TenantTx;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Port implemented by the invoices capability: an invoice's lines next to the order prices they are
 * matched against (by item code, in the order line's unit), for posting previews.
 */
public interface InvoicedGoods {

    /**
     * One invoice line: quantity and unit price in the order line's unit, the ordered unit price
     * (null when the order has no line of the item), the line's net and tax as the invoice states
     * them, and its tax code (null for a bare rate).
     */
    record InvoicedLine(
            int line,
            String itemCode,
            String description,
            BigDecimal quantity,
            String unit,
            BigDecimal unitPrice,
            BigDecimal orderedUnitPrice,
            BigDecimal net,
            BigDecimal tax,
            String taxCode,
            BigDecimal taxRate) {}

    record Invoiced(
            UUID invoiceId,
            String number,
            String supplierInvoiceNumber,
            UUID supplierId,
            UUID orderId,
            String status,
            String currency,
            LocalDate invoiceDate,
            List<InvoicedLine> lines) {}

    Optional<Invoiced> invoice(TenantTx tx, UUID invoiceId);
}
