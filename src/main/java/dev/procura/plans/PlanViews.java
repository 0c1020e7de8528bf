package dev.procura.plans;

import dev.procura.platform.quotas.Meter;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Response bodies of the plans API. */
public final class PlanViews {

    private PlanViews() {}

    @Schema(name = "Plan")
    public record PlanView(
            UUID id,
            String code,
            String name,
            String billingModel,
            String currency,
            BigDecimal unitPrice,
            Integer trialDays,
            int gracePercent,
            boolean requiresVerifiedEmail,

            @Schema(description = "Limit per meter; a meter left out is unlimited")
            Map<String, Long> limits,

            Integer backupRetentionDays,
            List<String> features,

            @Schema(description = "The tenant server every tenant on this plan is pinned to; absent: any")
            String dedicatedServer,

            Instant createdAt,
            Instant updatedAt) {

        static PlanView of(Plan plan) {
            Map<String, Long> limits = new LinkedHashMap<>();
            for (Meter meter : Meter.values()) {
                Long limit = plan.limit(meter);
                if (limit != null) {
                    limits.put(meter.wireName(), limit);
                }
            }
            return new PlanView(
                    plan.id(),
                    plan.code(),
                    plan.name(),
                    plan.billingModel(),
                    plan.currency(),
                    plan.unitPrice(),
                    plan.trialDays(),
                    plan.gracePercent(),
                    plan.requiresVerifiedEmail(),
                    limits,
                    plan.backupRetentionDays(),
                    plan.features(),
                    plan.dedicatedServer(),
                    plan.createdAt(),
                    plan.updatedAt());
        }
    }

    @Schema(name = "TenantPlanPeriod")
    public record PlanPeriodView(
            String plan, UUID planId, Instant effectiveFrom, Instant effectiveTo, UUID assignedBy, String reason) {

        static PlanPeriodView of(TenantPlan period, Plan plan) {
            return new PlanPeriodView(
                    plan.code(),
                    plan.id(),
                    period.effectiveFrom(),
                    period.effectiveTo(),
                    period.assignedBy(),
                    period.reason());
        }
    }

    @Schema(name = "TenantPlan")
    public record TenantPlanView(
            UUID tenantId,
            PlanView current,

            @Schema(description = "When the trial ends, for a tenant on a trial plan")
            Instant trialEndsAt,

            @Schema(description = "Every plan the tenant has had, newest first")
            List<PlanPeriodView> history) {}
}
