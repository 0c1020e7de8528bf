package dev.procura.costing;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request bodies of receipt charges. */
public final class ChargeRequests {

    private ChargeRequests() {}

    @Schema(name = "ReceiptChargeRequest")
    public record Add(
            @Schema(
                    required = true,
                    enumeration = {"freight", "duty", "insurance", "other"},
                    example = "freight")
            @NotNull
            @Pattern(regexp = "freight|duty|insurance|other", message = "must be freight, duty, insurance or other")
            String type,

            @Schema(example = "Sea freight Shanghai–Rotterdam") @Size(max = 200)
            String description,

            @Schema(required = true, example = "250.00")
            @NotNull
            @DecimalMin(value = "0", inclusive = false)
            @DecimalMax("1e13")
            @Digits(integer = 14, fraction = 4)
            BigDecimal amount,

            @Schema(required = true, example = "USD")
            @NotNull
            @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code")
            String currency,

            @Schema(
                    required = true,
                    enumeration = {"value", "quantity", "weight"},
                    description = "How the charge is spread over the receipt's lines",
                    example = "value")
            @NotNull
            @Pattern(regexp = "value|quantity|weight", message = "must be value, quantity or weight")
            String basis,

            @Schema(
                    description = "Weight of each receipt line (by line number), any one unit; required for, and"
                            + " only for, the weight basis",
                    example = "{\"1\": 120.5, \"2\": 40}")
            Map<String, @NotNull @DecimalMin("0") @Digits(integer = 12, fraction = 6) BigDecimal> weights) {}

    @Schema(name = "PostingAccountsRequest")
    public record Assign(
            @Schema(
                    required = true,
                    description = "GL account code by posting role; a role left out keeps its account",
                    example = "{\"inventory\": \"1400\", \"grir_clearing\": \"2150\"}")
            @NotNull
            Map<String, @NotNull @Size(min = 1, max = 40) String> accounts) {}
}
