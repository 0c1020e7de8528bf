package dev.procura.rfqs;

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

/** Response bodies of the RFQ and quote APIs. */
public final class RfqViews {

    private RfqViews() {}

    @Schema(name = "Rfq")
    public record RfqView(
            UUID id,
            String number,
            String title,

            @Schema(enumeration = {"draft", "sent", "awarded", "closed", "cancelled"})
            String status,

            String currency,
            LocalDate neededBy,
            LocalDate dueDate,
            String notes,
            List<UUID> supplierIds,
            List<LineView> lines,
            UUID awardedQuoteId,
            UUID createdBy,
            Instant createdAt,
            Instant updatedAt,
            Instant sentAt,

            @Schema(description = "Supplier standings that warn (the RFQ was still saved)")
            List<String> warnings,

            @Schema(description = CustomFieldDocs.SHOWN) Map<String, Object> customFields) {
        static RfqView of(Rfq r, List<String> warnings, Map<String, Object> customFields) {
            return new RfqView(
                    r.id(),
                    r.number(),
                    r.title(),
                    r.status().name().toLowerCase(Locale.ROOT),
                    r.currency(),
                    r.neededBy(),
                    r.dueDate(),
                    r.notes(),
                    List.copyOf(r.supplierIds()),
                    LineView.of(r.lines()),
                    r.awardedQuoteId(),
                    r.createdBy(),
                    r.createdAt(),
                    r.updatedAt(),
                    r.sentAt(),
                    warnings.isEmpty() ? null : warnings,
                    customFields);
        }
    }

    @Schema(name = "Quote")
    public record QuoteView(
            UUID id,
            String number,
            UUID rfqId,
            UUID supplierId,

            @Schema(enumeration = {"received", "accepted", "rejected"})
            String status,

            String currency,
            LocalDate validUntil,
            boolean expired,
            int leadTimeDays,
            String supplierReference,
            String notes,
            List<LineView> lines,
            BigDecimal subtotal,
            BigDecimal taxTotal,

            @Schema(description = "The tax by code (bare rates by rate)")
            List<TaxTotals> taxTotals,

            BigDecimal total,
            Instant receivedAt,
            Instant updatedAt,
            @Schema(description = CustomFieldDocs.SHOWN) Map<String, Object> customFields) {
        /** The quote as of the tenant's {@code today} (whether it has expired). */
        static QuoteView of(Quote q, LocalDate today, Map<String, Object> customFields) {
            return new QuoteView(
                    q.id(),
                    q.number(),
                    q.rfqId(),
                    q.supplierId(),
                    q.status().name().toLowerCase(Locale.ROOT),
                    q.currency(),
                    q.validUntil(),
                    q.isExpired(today),
                    q.leadTimeDays(),
                    q.supplierReference(),
                    q.notes(),
                    LineView.of(q.lines()),
                    q.totals().subtotal(),
                    q.totals().taxTotal(),
                    TaxTotals.of(q.lines()),
                    q.totals().total(),
                    q.receivedAt(),
                    q.updatedAt(),
                    customFields);
        }
    }

    /** One supplier's offer for one RFQ line. */
    public record Offer(
            UUID quoteId,
            String supplierCode,
            BigDecimal unitPrice,
            BigDecimal netAmount,
            BigDecimal totalAmount,

            @Schema(description = "The lowest unit price for this line")
            boolean lowest) {}

    public record ComparedLine(
            int line, String itemCode, String description, BigDecimal quantity, String unit, List<Offer> offers) {}

    public record ComparedQuote(
            UUID quoteId,
            String number,
            UUID supplierId,
            String supplierCode,
            String supplierName,

            @Schema(enumeration = {"received", "accepted", "rejected"})
            String status,

            BigDecimal total,
            int leadTimeDays,
            LocalDate validUntil,
            boolean expired,

            @Schema(description = "Received after the RFQ's due date")
            boolean late,

            @Schema(description = "RFQ lines this quote prices")
            int linesQuoted,

            @Schema(description = "Quotes every RFQ line") boolean complete) {}

    @Schema(name = "QuoteComparison")
    public record Comparison(
            UUID rfqId,
            String number,
            String currency,
            int suppliersInvited,
            List<ComparedQuote> quotes,
            List<ComparedLine> lines,

            @Schema(description = "Complete, unexpired quote with the lowest total")
            UUID lowestTotalQuoteId,

            @Schema(description = "Complete, unexpired quote with the shortest lead time")
            UUID fastestQuoteId) {}
}
