package dev.procura.tenants;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The per-tenant configuration document, with the values a new tenant starts from. */
@Schema(name = "TenantSettings")
public record TenantSettings(
        @Schema(example = "Europe/Lisbon") String timeZone,
        @Schema(example = "EUR") String currency,
        Numbering numbering,
        ScorecardWeights scorecardWeights,

        @Schema(description = "Invoice vs PO/receipt tolerance, percent", example = "2")
        BigDecimal matchTolerancePercent,

        @Schema(description = "Amount above which a second (admin) approval level applies", example = "10000")
        BigDecimal approvalSecondLevelAmount,

        @Schema(description = "Supplier standings by scorecard score, ascending; the first starts at 0")
        List<Standing> standings,

        @Schema(
                description = "Kept for compatibility; rates by date live under /exchange-rates. Shown: each pair's"
                        + " latest rate valid today (key FROM/TO, value = TO per 1 FROM). Written: the given rates"
                        + " are stated valid from today (the tenant's date); pairs left out keep their rates",
                example = "{\"USD/EUR\": 0.92}")
        Map<String, BigDecimal> exchangeRates,

        @Schema(description = "Years the audit trail is kept (at least 1; default 7)", example = "7")
        Integer auditRetentionYears,

        @Schema(description = "While true, the retention purge removes nothing from the audit trail")
        Boolean auditLegalHold,

        @Schema(
                description = "How the tax of buying lines is rounded to the currency's minor units: `line` (each"
                        + " line's tax; the default) or `document` (each tax code's total over the document, the"
                        + " lines carrying the differences of the rounded running totals)",
                enumeration = {"line", "document"},
                example = "line")
        String taxRounding) {

    public static final int DEFAULT_AUDIT_RETENTION_YEARS = 7;
    public static final String DEFAULT_TAX_ROUNDING = "line";

    /** What a standing does to new RFQs and purchase orders for a supplier in it. */
    public enum StandingAction {
        NONE,
        WARN,
        BLOCK
    }

    /** A supplier whose score is at least {@code minScore} (and below the next standing's) stands here. */
    public record Standing(String name, int minScore, String action) {
        public StandingAction actionKind() {
            return StandingAction.valueOf(action.toUpperCase(java.util.Locale.ROOT));
        }
    }

    public record Numbering(String purchaseOrderPrefix, String rfqPrefix, String quotePrefix, String invoicePrefix) {}

    @Schema(description = "Weights of the supplier scorecard criteria; they sum to 100")
    public record ScorecardWeights(int quality, int delivery, int price, int service) {
        public int sum() {
            return quality + delivery + price + service;
        }
    }

    public static TenantSettings defaults() {
        return new TenantSettings(
                "UTC",
                "EUR",
                new Numbering("PO-", "RFQ-", "Q-", "INV-"),
                new ScorecardWeights(25, 25, 25, 25),
                new BigDecimal("2"),
                new BigDecimal("10000"),
                DEFAULT_STANDINGS,
                Map.of(),
                DEFAULT_AUDIT_RETENTION_YEARS,
                false,
                DEFAULT_TAX_ROUNDING);
    }

    private static final List<Standing> DEFAULT_STANDINGS = List.of(
            new Standing("poor", 0, "warn"),
            new Standing("average", 30, "none"),
            new Standing("excellent", 80, "none"));

    /** Fills keys added after the document was stored with their defaults. */
    public TenantSettings withDefaults() {
        TenantSettings d = defaults();
        return new TenantSettings(
                timeZone,
                currency,
                numbering,
                scorecardWeights,
                matchTolerancePercent,
                approvalSecondLevelAmount,
                standings == null ? d.standings : standings,
                exchangeRates == null ? d.exchangeRates : exchangeRates,
                auditRetentionYears == null ? d.auditRetentionYears : auditRetentionYears,
                auditLegalHold == null ? d.auditLegalHold : auditLegalHold,
                taxRounding == null ? d.taxRounding : taxRounding);
    }

    /** The standing a score falls in. */
    public Standing standingOf(BigDecimal score) {
        Standing found = standings.get(0);
        for (Standing standing : standings) {
            if (score.compareTo(BigDecimal.valueOf(standing.minScore())) >= 0) {
                found = standing;
            }
        }
        return found;
    }

    /** The same settings with other exchange rates (as shown: derived from the exchange rates table). */
    public TenantSettings withExchangeRates(Map<String, BigDecimal> rates) {
        return new TenantSettings(
                timeZone,
                currency,
                numbering,
                scorecardWeights,
                matchTolerancePercent,
                approvalSecondLevelAmount,
                standings,
                rates,
                auditRetentionYears,
                auditLegalHold,
                taxRounding);
    }
}
