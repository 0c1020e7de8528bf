package dev.procura.platform.buying;

import dev.procura.platform.tenancy.TenantTx;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Implemented by the orders and invoices capabilities: a buying document as a whole (header,
 * totals and priced lines), for a capability that hands it to another system (the outbound
 * integration connector). Read in the caller's tenant transaction.
 */
public interface BuyingDocumentContents {

    /** A priced line, numbered from 1 in document order. */
    record Line(
            int line,
            String itemCode,
            String description,
            BigDecimal quantity,
            String unit,
            BigDecimal unitPrice,
            BigDecimal taxRate,
            BigDecimal netAmount,
            BigDecimal taxAmount,
            BigDecimal totalAmount) {}

    /**
     * A document: {@code purchaseOrderId} is the invoice's order (null on an order);
     * {@code reference} the supplier's invoice number (null on an order); {@code dueDate} the
     * order's expected delivery or the invoice's due date.
     */
    record Contents(
            String documentType,
            UUID id,
            String number,
            String status,
            UUID supplierId,
            UUID purchaseOrderId,
            String reference,
            String currency,
            LocalDate documentDate,
            LocalDate dueDate,
            String costCenter,
            UUID plantId,
            BigDecimal subtotal,
            BigDecimal taxTotal,
            BigDecimal total,
            List<Line> lines) {}

    /** {@code purchase_order} or {@code invoice}. */
    String documentType();

    Optional<Contents> contents(TenantTx tx, UUID id);
}
