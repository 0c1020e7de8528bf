package dev.procura.plans;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request bodies of the plans API. */
public final class PlanRequests {

    static final String BILLING_MODELS = "per_user|per_company|per_transaction|flat";

    private PlanRequests() {}

    @Schema(name = "PlanRequest")
    public record Save(
            @Schema(example = "team", description = "Stable code, lower case")
            @NotBlank
            @Pattern(regexp = "[a-z][a-z0-9-]{1,39}")
            String code,

            @Schema(example = "Team") @NotBlank @Size(max = 120)
            String name,

            @Schema(
                    example = "per_user",
                    enumeration = {"per_user", "per_company", "per_transaction", "flat"},
                    description = "per user (members), per company (a flat fee per tenant), per transaction"
                            + " (orders and invoices), or flat with limits")
            @NotNull
            @Pattern(regexp = BILLING_MODELS, message = "must be one of " + BILLING_MODELS)
            String billingModel,

            @Schema(example = "EUR") @NotNull @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code")
            String currency,

            @Schema(example = "12.50", description = "Price per billed unit of the billing model")
            @NotNull
            @DecimalMin("0")
            @Digits(integer = 10, fraction = 4)
            BigDecimal unitPrice,

            @Schema(example = "30", description = "Length of a trial on this plan, in days") @Min(1) @Max(365)
            Integer trialDays,

            @Schema(example = "10", description = "How far past a limit (percent) use goes on before it is refused")
            @Min(0)
            @Max(100)
            Integer gracePercent,

            @Schema(description = "Members must have verified their email address")
            Boolean requiresVerifiedEmail,

            @Valid Limits limits,

            @Schema(example = "14", description = "Days the daily backups of a tenant on this plan are kept")
            @Min(1)
            @Max(3650)
            Integer backupRetentionDays,

            @Schema(example = "[\"analytics\", \"custom_templates\"]") @Size(max = 30)
            Set<@NotBlank @Pattern(regexp = "[a-z][a-z0-9_]{1,39}") String> features,

            @Schema(
                    example = "dedicated-eu",
                    description = "A tenant server (procura.tenants.servers) every tenant on this plan is pinned to:"
                            + " new tenants on it are created there, and moving one elsewhere needs an explicit pin"
                            + " or unpin. Left out: any server")
            @Size(max = 63)
            String dedicatedServer) {}

    /** Limits of a plan; a missing limit is unlimited. Monthly meters count per calendar month (UTC). */
    @Schema(name = "PlanLimits")
    public record Limits(
            @Schema(example = "25") @PositiveOrZero Long members,
            @Schema(example = "10000") @PositiveOrZero Long documents,

            @Schema(example = "10737418240", description = "Stored bytes, each distinct file counted once")
            @PositiveOrZero
            Long storageBytes,

            @Schema(example = "100000", description = "API requests a month") @PositiveOrZero
            Long apiRequests,

            @Schema(example = "500", description = "Conversions a month") @PositiveOrZero
            Long conversions,

            @Schema(example = "2000", description = "Emails a month") @PositiveOrZero
            Long emails,

            @Schema(example = "50") @PositiveOrZero Long customFields,
            @Schema(example = "10") @PositiveOrZero Long workflows) {

        static final Limits NONE = new Limits(null, null, null, null, null, null, null, null);
    }

    @Schema(name = "AssignPlanRequest")
    public record Assign(
            @Schema(example = "team", description = "The plan's code") @NotBlank @Size(max = 40)
            String plan,

            @Schema(description = "When the plan takes effect; now when left out. Not in the future.")
            Instant effectiveFrom,

            @Schema(example = "Upgraded after the sales call") @Size(max = 300)
            String reason) {}
}
