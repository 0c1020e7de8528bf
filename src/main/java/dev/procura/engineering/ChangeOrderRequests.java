package dev.procura.engineering;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request bodies of the change order API. */
public final class ChangeOrderRequests {

    private ChangeOrderRequests() {}

    /** A change order's content; on request, and (in full) on change. */
    @Schema(name = "ChangeOrderRequest")
    public record Change(
            @NotBlank @Size(max = 200) @Schema(example = "Thicker base plate")
            String title,

            @Size(max = 4000) String description,

            @NotBlank @Size(max = 2000) @Schema(example = "Customer asked for a higher load")
            String reason,

            @NotNull
            @Digits(integer = 15, fraction = 4)
            @Schema(description = "What it adds to the project's cost (negative: saves)", example = "1250.00")
            BigDecimal costImpact,

            @NotNull @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code") @Schema(example = "EUR")
            String currency,

            @NotNull
            @Min(-3650)
            @Max(3650)
            @Schema(description = "Days it moves the schedule (negative: earlier)", example = "5")
            Integer scheduleImpactDays) {}
}
