package dev.procura.suppliers;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Response bodies of the suppliers API. */
public final class SupplierViews {

    private SupplierViews() {}

    @Schema(name = "Supplier")
    public record SupplierView(
            UUID id,
            String code,
            String legalName,
            String taxId,
            String country,
            String currency,
            String paymentTerms,
            List<String> categories,
            List<SupplierRequests.Contact> contacts,
            List<SupplierRequests.Address> addresses,
            String notes,
            @Schema(enumeration = {"active", "inactive"}) String status,

            @Schema(description = "Mean of all ratings' overall marks, 1-5")
            BigDecimal rating,

            int ratingsCount,
            Instant createdAt,
            Instant updatedAt,

            @Schema(description = "Values of the tenant's custom fields by key")
            Map<String, Object> customFields) {}

    @Schema(name = "SupplierRating")
    public record RatingView(
            UUID id,
            UUID supplierId,
            UUID purchaseOrderId,
            UUID ratedBy,
            int quality,
            int delivery,
            int price,
            int service,
            String comment,
            Instant createdAt) {
        static RatingView of(SupplierRating r) {
            return new RatingView(
                    r.id(),
                    r.supplierId(),
                    r.purchaseOrderId(),
                    r.ratedBy(),
                    r.quality(),
                    r.delivery(),
                    r.price(),
                    r.service(),
                    r.comment(),
                    r.createdAt());
        }
    }

    public record Ratings(long count, BigDecimal quality, BigDecimal delivery, BigDecimal price, BigDecimal service) {}

    public record Deliveries(
            long receipts,
            long withPromisedDate,
            long onTime,

            @Schema(description = "On-time receipts among those with a promised date, percent")
            BigDecimal onTimePercent) {}

    public record Quantities(BigDecimal accepted, BigDecimal rejected, BigDecimal rejectedPercent) {}

    @Schema(name = "SupplierNonConformances")
    public record NonConformances(
            @Schema(description = "NCRs raised against the supplier in the period")
            long reports,

            @Schema(description = "Their total non-conforming quantity (each in its NCR's unit)")
            BigDecimal quantity) {}

    public record PriceVariance(
            @Schema(description = "Mean of (order unit price - quoted unit price) / quoted, percent")
            BigDecimal quoteToOrderPercent,

            @Schema(description = "Mean of (invoiced unit price - order unit price) / ordered, percent")
            BigDecimal orderToInvoicePercent) {}

    public record RfqResponse(
            long quotes,

            @Schema(description = "Mean hours from RFQ sent to quote received")
            BigDecimal averageHours) {}

    public record Spend(String currency, BigDecimal amount, long invoices) {}

    @Schema(name = "SupplierPerformance")
    public record PerformanceView(
            UUID supplierId,
            LocalDate from,
            LocalDate to,
            long orders,
            Ratings ratings,
            Deliveries deliveries,
            Quantities quantities,
            NonConformances nonConformances,
            PriceVariance priceVariance,
            RfqResponse rfqResponse,
            List<Spend> spend,
            SupplierScorecard.Result scorecard) {}
}
