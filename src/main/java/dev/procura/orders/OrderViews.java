package dev.procura.orders;

import dev.procura.budgets.BudgetFigures;
import dev.procura.platform.customfields.CustomFieldDocs;
import dev.procura.procurement.LineView;
import dev.procura.procurement.TaxTotals;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Response bodies of the purchase order and receipt APIs. */
public final class OrderViews {

    private OrderViews() {}

    @Schema(name = "PurchaseOrder")
    public record OrderView(
            UUID id,
            String number,
            UUID supplierId,
            UUID quoteId,

            @Schema(
                    enumeration = {
                        "draft",
                        "pending_approval",
                        "approved",
                        "sent",
                        "partially_received",
                        "received",
                        "closed",
                        "cancelled"
                    })
            String status,

            String currency,
            String costCenter,

            @Schema(description = "The plant the order belongs to; absent when it belongs to none")
            UUID plantId,

            LocalDate orderDate,
            LocalDate expectedDeliveryDate,
            String paymentTerms,
            String notes,
            List<LineView> lines,
            BigDecimal subtotal,
            BigDecimal taxTotal,

            @Schema(description = "The tax by code (bare rates by rate)")
            List<TaxTotals> taxTotals,

            BigDecimal total,

            @Schema(description = "The approver's feedback when the order came back to draft")
            String rejectionFeedback,

            UUID createdBy,
            UUID submittedBy,
            Instant submittedAt,
            Instant approvedAt,
            Instant sentAt,
            Instant createdAt,
            Instant updatedAt,

            @Schema(description = "Supplier standings that warn")
            List<String> warnings,

            @Schema(description = "warn budgets this order exceeds (it went ahead)")
            List<BudgetFigures> budgetWarnings,

            @Schema(description = CustomFieldDocs.SHOWN) Map<String, Object> customFields,

            @Schema(description = "The project whose budget the order draws on")
            UUID projectId) {
        static OrderView of(
                PurchaseOrder o,
                List<String> warnings,
                List<BudgetFigures> budgetWarnings,
                Map<String, Object> customFields) {
            return new OrderView(
                    o.id(),
                    o.number(),
                    o.supplierId(),
                    o.quoteId(),
                    o.status().name().toLowerCase(Locale.ROOT),
                    o.currency(),
                    o.costCenter(),
                    o.plantId(),
                    o.orderDate(),
                    o.expectedDeliveryDate(),
                    o.paymentTerms(),
                    o.notes(),
                    LineView.of(o.lines()),
                    o.totals().subtotal(),
                    o.totals().taxTotal(),
                    TaxTotals.of(o.lines()),
                    o.totals().total(),
                    o.rejectionFeedback(),
                    o.createdBy(),
                    o.submittedBy(),
                    o.submittedAt(),
                    o.approvedAt(),
                    o.sentAt(),
                    o.createdAt(),
                    o.updatedAt(),
                    warnings.isEmpty() ? null : warnings,
                    budgetWarnings.isEmpty() ? null : budgetWarnings,
                    customFields,
                    o.projectId());
        }

        /** For exports: custom field values travel apart from the export's fixed fields. */
        static OrderView of(PurchaseOrder o) {
            return of(o, List.of(), List.of(), Map.of());
        }
    }

    public record ReceiptLineView(
            int line,
            String itemCode,
            BigDecimal acceptedQuantity,
            BigDecimal rejectedQuantity,
            String rejectionReason) {}

    @Schema(name = "Receipt")
    public record ReceiptView(
            UUID id,
            String number,
            UUID purchaseOrderId,

            @Schema(description = "The order's plant when received; absent when it belonged to none")
            UUID plantId,

            LocalDate receivedOn,
            String notes,
            List<ReceiptLineView> lines,
            UUID receivedBy,
            Instant createdAt,

            @Schema(
                    description = "The order's status after this receipt",
                    enumeration = {"partially_received", "received"})
            String orderStatus) {
        static ReceiptView of(Receipt r, PurchaseOrder order) {
            return new ReceiptView(
                    r.id(),
                    r.number(),
                    r.purchaseOrderId(),
                    r.plantId(),
                    r.receivedOn(),
                    r.notes(),
                    r.lines().stream()
                            .map(l -> new ReceiptLineView(
                                    l.line(),
                                    order.lines().get(l.line() - 1).itemCode(),
                                    l.acceptedQuantity(),
                                    l.rejectedQuantity(),
                                    l.rejectionReason()))
                            .toList(),
                    r.receivedBy(),
                    r.createdAt(),
                    order.status().name().toLowerCase(Locale.ROOT));
        }
    }
}
