package dev.procura.taxes;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request bodies of the tax codes API. */
public final class TaxCodeRequests {

    static final String CODE = "[A-Za-z0-9][A-Za-z0-9._/-]{0,29}";

    private TaxCodeRequests() {}

    /** One tax of a code, in percent; evaluated in order. */
    @Schema(name = "TaxComponentRequest")
    public record Component(
            @Size(max = 60) @Schema(example = "QST") String name,

            @NotNull
            @DecimalMin("0")
            @DecimalMax("100")
            @Digits(integer = 3, fraction = 4)
            @Schema(example = "9.975", required = true)
            BigDecimal rate,

            @Schema(
                    description =
                            "true: on the net plus the taxes of the components before it; false when left" + " out")
            Boolean compound) {}

    /** The rate of a code from one date to another: one plain `rate`, or `components`. */
    @Schema(name = "TaxRatePeriodRequest")
    public record Period(
            @DecimalMin("0")
            @DecimalMax("100")
            @Digits(integer = 3, fraction = 4)
            @Schema(description = "Percent; or components", example = "20")
            BigDecimal rate,

            @NotNull @Schema(example = "2024-01-01", required = true)
            LocalDate validFrom,

            @Schema(description = "The last day it applies (inclusive); open when left out", example = "2025-12-31")
            LocalDate validTo,

            @Size(max = 5) @Schema(description = "Taxes evaluated in order; instead of rate")
            List<@Valid @NotNull Component> components) {}

    /** A tax code, on create and (in full) on change. */
    @Schema(name = "TaxCodeRequest")
    public record Define(
            @NotBlank
            @Pattern(regexp = CODE, message = "must be 1 to 30 letters, digits, '.', '_', '/' or '-'")
            @Schema(description = "Unique in any case", example = "VAT20", required = true)
            String code,

            @NotBlank @Size(max = 200) @Schema(example = "VAT standard rate", required = true)
            String name,

            @NotEmpty @Size(max = 50) @Schema(description = "Rate periods that do not overlap", required = true)
            List<@Valid @NotNull Period> rates,

            @Schema(description = "true: line amounts include the tax (gross); false when left out")
            Boolean inclusive,

            @DecimalMin("0")
            @DecimalMax("100")
            @Digits(integer = 3, fraction = 4)
            @Schema(
                    description = "Percent of the tax recoverable as input tax; the rest is expensed with the line;"
                            + " 100 when left out",
                    example = "100")
            BigDecimal recoverablePercent,

            @Size(max = 40)
            @Schema(
                    description = "Code of the active postable GL account of recoverable input tax; required while"
                            + " recoverable_percent is above 0",
                    example = "1570")
            String inputTaxAccount,

            @Schema(description = "false: no new line takes it; true when left out")
            Boolean active) {

        boolean activeOrDefault() {
            return active == null || active;
        }

        boolean inclusiveOrDefault() {
            return inclusive != null && inclusive;
        }

        BigDecimal recoverableOrDefault() {
            return recoverablePercent == null ? BigDecimal.valueOf(100) : recoverablePercent;
        }
    }

    /**
     * A tax code as an import row: the fields of {@link Define}, with {@code rates} as text, either
     * the JSON array the API takes or periods {@code rate@valid_from[..valid_to]} separated by '|'
     * (e.g. {@code 19@2020-01-01..2020-06-30|16@2020-07-01..2020-12-31|19@2021-01-01}).
     */
    public record ImportRow(
            @NotBlank @Pattern(regexp = CODE, message = "must be 1 to 30 letters, digits, '.', '_', '/' or '-'")
            String code,

            @NotBlank @Size(max = 200) String name,
            @NotBlank @Size(max = 4000) String rates,
            Boolean inclusive,

            @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 4)
            BigDecimal recoverablePercent,

            @Size(max = 40) String inputTaxAccount,
            Boolean active) {}

    /** A calculation of line taxes. */
    @Schema(name = "TaxCalculationRequest")
    public record Calculate(
            @Pattern(regexp = "[A-Z]{3}") @Schema(description = "The tenant currency when left out", example = "EUR")
            String currency,

            @Schema(
                    description = "The rates valid on this day apply; today (the tenant's) when left out",
                    example = "2026-03-01")
            LocalDate date,

            @NotEmpty @Size(max = 1000) @Schema(required = true)
            List<@Valid @NotNull CalculationLine> lines) {}

    /** A line to tax: the amount is the net, or the gross for an inclusive code. */
    @Schema(name = "TaxCalculationLineRequest")
    public record CalculationLine(
            @NotNull @Digits(integer = 14, fraction = 4) @Schema(example = "100.00", required = true)
            BigDecimal amount,

            @NotBlank @Size(max = 30) @Schema(example = "VAT20", required = true)
            String taxCode) {}
}
