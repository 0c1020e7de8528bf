package dev.procura.procurement;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One line of an RFQ, quote, purchase order or invoice as a client sends it; also the columns of
 * an import file. Amounts are computed by the server.
 */
@Schema(name = "LineRequest")
public record LineRequest(
        @NotBlank @Size(max = 60) @Schema(example = "LAP-14-PRO")
        String itemCode,

        @Size(max = 500) @Schema(example = "14\" laptop, 32 GB")
        String description,

        @NotNull @DecimalMin(value = "0", inclusive = false) @Digits(integer = 12, fraction = 3) @Schema(example = "10")
        BigDecimal quantity,

        @Size(min = 1, max = 20) @Schema(example = "ea", defaultValue = "ea")
        String unit,

        @DecimalMin("0")
        @Digits(integer = 14, fraction = 4)
        @Schema(description = "Required except on RFQs (where it is a target price)", example = "1249.00")
        BigDecimal unitPrice,

        @DecimalMin("0")
        @DecimalMax("100")
        @Digits(integer = 3, fraction = 3)
        @Schema(
                description = "A bare rate, percent: matched to the one active exclusive tax code of that single"
                        + " rate on the document date (the line then shows the code), else kept as it is; with"
                        + " tax_code it must be the code's rate",
                example = "23",
                defaultValue = "0")
        BigDecimal taxRate,

        @Size(max = 30)
        @Schema(
                description = "An active tax code of the tenant with a rate on the document date; its rate,"
                        + " inclusiveness and components tax the line",
                example = "VAT23")
        String taxCode,

        @Pattern(regexp = "[A-Z]{3}") @Schema(description = "Optional; when given it must be the document's currency")
        String currency) {

    /** The JSON names of the fields, which are also the columns an import file may have. */
    public static final java.util.List<String> FIELDS = java.util.List.of(
            "item_code", "description", "quantity", "unit", "unit_price", "tax_rate", "tax_code", "currency");
}
