package dev.procura.invoices;

import dev.procura.platform.customfields.CustomFieldDocs;
import dev.procura.procurement.LineView;
import dev.procura.procurement.TaxTotals;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Invoice")
public record InvoiceView(
        UUID id,
        String number,
        String supplierInvoiceNumber,
        UUID supplierId,
        UUID purchaseOrderId,

        @Schema(enumeration = {"draft", "matched", "mismatch", "paid", "cancelled"})
        String status,

        String currency,
        LocalDate invoiceDate,
        LocalDate dueDate,
        List<LineView> lines,
        BigDecimal subtotal,
        BigDecimal taxTotal,

        @Schema(description = "The tax by code (bare rates by rate)")
        List<TaxTotals> taxTotals,

        BigDecimal total,

        @Schema(description = "The differing lines of the last match")
        List<InvoiceMatch.Mismatch> mismatches,

        Instant matchedAt,
        UUID createdBy,
        Instant createdAt,
        Instant updatedAt,
        @Schema(description = CustomFieldDocs.SHOWN) Map<String, Object> customFields) {}
