package dev.procura.budgets;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request bodies of the budgets API. */
public final class BudgetRequests {

    private BudgetRequests() {}

    @Schema(name = "BudgetRequest")
    public record Define(
            @NotBlank @Size(max = 40) @Pattern(regexp = "[A-Za-z0-9._-]+") @Schema(example = "IT")
            String costCenter,

            @NotBlank @Schema(description = "A year (2026), quarter (2026-Q4) or month (2026-11)", example = "2026-Q4")
            String period,

            @NotNull
            @DecimalMin(value = "0", inclusive = false)
            @Digits(integer = 14, fraction = 4)
            @Schema(example = "50000")
            BigDecimal amount,

            @NotNull @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code")
            String currency,

            @NotNull
            @Pattern(regexp = "stop|warn")
            @Schema(
                    enumeration = {"stop", "warn"},
                    description = "stop refuses orders beyond the budget; warn lets them through and says so")
            String actionOnExceed) {}
}
