package dev.procura.currencies;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request bodies of the currencies and exchange rates API. */
public final class CurrencyRequests {

    static final String ISO = "[A-Z]{3}";
    static final String ISO_MESSAGE = "must be an ISO 4217 code";

    private CurrencyRequests() {}

    /** A currency, on create and (in full) on change; name and decimals default to ISO 4217's. */
    @Schema(name = "CurrencyRequest")
    public record Define(
            @NotBlank @Pattern(regexp = ISO, message = ISO_MESSAGE) @Schema(example = "USD", required = true)
            String code,

            @Size(max = 100) @Schema(description = "ISO 4217's English name when left out", example = "US Dollar")
            String name,

            @Min(0) @Max(4) @Schema(description = "Minor units; ISO 4217's when left out", example = "2")
            Integer decimals,

            @Schema(description = "false: no new records in it; true when left out")
            Boolean active) {

        boolean activeOrDefault() {
            return active == null || active;
        }
    }

    /** A stated exchange rate, on create and (in full) on change. */
    @Schema(name = "ExchangeRateRequest")
    public record DefineRate(
            @NotBlank @Pattern(regexp = ISO, message = ISO_MESSAGE) @Schema(example = "USD", required = true)
            String fromCurrency,

            @NotBlank @Pattern(regexp = ISO, message = ISO_MESSAGE) @Schema(example = "EUR", required = true)
            String toCurrency,

            @NotNull
            @DecimalMin(value = "0", inclusive = false)
            @Schema(
                    description = "Units of to_currency per 1 from_currency, exact",
                    example = "0.9235",
                    required = true)
            BigDecimal rate,

            @NotNull
            @Schema(description = "First business date the rate applies to", example = "2026-01-01", required = true)
            LocalDate validFrom) {}
}
