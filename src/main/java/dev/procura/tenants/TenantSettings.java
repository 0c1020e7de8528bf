package dev.procura.tenants;

import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The per-tenant configuration document, with the values a new tenant starts from. */
@Schema(name = "TenantSettings")
public record TenantSettings(
        @Schema(example = "Europe/Lisbon") String timeZone,
        @Schema(example = "EUR") String currency,
        Numbering numbering,
        ScorecardWeights scorecardWeights,
        @Schema(description = "Invoice vs PO/receipt tolerance, percent", example = "2") BigDecimal matchTolerancePercent,
        @Schema(description = "Amount above which a second (admin) approval level applies", example = "10000")
        BigDecimal approvalSecondLevelAmount) {

    public record Numbering(String purchaseOrderPrefix, String rfqPrefix, String quotePrefix, String invoicePrefix) {
    }

    @Schema(description = "Weights of the supplier scorecard criteria; they sum to 100")
    public record ScorecardWeights(int quality, int delivery, int price, int service) {
        public int sum() {
            return quality + delivery + price + service;
        }
    }

    public static TenantSettings defaults() {
        return new TenantSettings("UTC", "EUR", new Numbering("PO-", "RFQ-", "Q-", "INV-"),
                new ScorecardWeights(25, 25, 25, 25), new BigDecimal("2"), new BigDecimal("10000"));
    }
}
