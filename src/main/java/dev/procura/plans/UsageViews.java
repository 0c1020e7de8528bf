package dev.procura.plans;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Response bodies of the usage and billing API. */
public final class UsageViews {

    private UsageViews() {}

    @Schema(name = "MeterUsage")
    public record MeterUsage(
            @Schema(example = "documents") String meter,

            @Schema(
                    description = "count: how many exist now; monthly: this calendar month (UTC)",
                    enumeration = {"count", "monthly"})
            String kind,

            long usage,

            @Schema(description = "The plan's limit; left out when unlimited")
            Long limit,

            @Schema(description = "usage as a percentage of the limit")
            Long percent,

            @Schema(enumeration = {"ok", "warning", "limit_reached", "over_limit"})
            String state) {}

    @Schema(name = "TenantUsage")
    public record TenantUsageView(
            UUID tenantId,

            @Schema(description = "The plan's code; left out when no plan applies")
            String plan,

            @Schema(example = "2026-12") String period,
            List<MeterUsage> meters) {}

    @Schema(name = "PlatformUsage")
    public record PlatformUsageView(
            UUID tenantId,

            @Schema(description = "The plan at the end of the period (or now, for the current period)")
            String plan,

            @Schema(description = "Sum of each monthly meter; highest daily reading of each count")
            Map<String, Long> meters) {}

    /**
     * One billing line: a meter event as billing providers take them (an idempotency identifier,
     * the event name, the customer and the value), with the plan's price for the billed meter.
     */
    @Schema(name = "BillingLine")
    public record BillingLine(
            @Schema(example = "2026-11:3f0c…:members", description = "Stable: the same for every export of the period")
            String identifier,

            @Schema(example = "procura_members") String eventName,
            @Schema(description = "The tenant id") UUID customer,
            @Schema(example = "2026-11") String period,
            @Schema(example = "members") String meter,
            long value,
            Instant timestamp,
            String plan,
            String billingModel,

            @Schema(description = "Whether the plan bills this line")
            boolean billable,

            String currency,
            BigDecimal unitPrice,
            BigDecimal amount) {}

    @Schema(name = "BillingExport")
    public record BillingExportView(String period, Instant generatedAt, List<BillingLine> lines) {}
}
