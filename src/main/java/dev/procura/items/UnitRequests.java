package dev.procura.items;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request bodies of the units of measure API. */
public final class UnitRequests {

    /** Unit codes are what document lines carry in {@code unit}: short, no spaces. */
    static final String CODE = "[A-Za-z0-9][A-Za-z0-9_.%/-]{0,19}";

    static final String CODE_MESSAGE =
            "must be 1 to 20 letters, digits, '_', '.', '%', '/' or '-', starting with a letter or digit";

    static final String DIMENSIONS = "count|mass|length|area|volume|time|other";

    private UnitRequests() {}

    /** A unit of measure, on create and (in full) on change; also an import row. */
    @Schema(name = "UnitRequest")
    public record Define(
            @NotBlank @Pattern(regexp = CODE, message = CODE_MESSAGE) @Schema(example = "box")
            String code,

            @NotBlank @Size(max = 100) @Schema(example = "Box")
            String name,

            @NotNull
            @Pattern(regexp = DIMENSIONS, message = "must be one of count, mass, length, area, volume, time, other")
            @Schema(
                    enumeration = {"count", "mass", "length", "area", "volume", "time", "other"},
                    example = "count")
            String dimension,

            @NotNull
            @Min(0)
            @Max(6)
            @Schema(description = "How many fraction digits a quantity in this unit may have", example = "0")
            Integer decimals,

            @Schema(description = "false retires the unit: no new items or conversions use it; true when left out")
            Boolean active) {}

    /** A global conversion: 1 from_unit = factor to_unit. */
    @Schema(name = "UnitConversionRequest")
    public record DefineConversion(
            @NotBlank @Pattern(regexp = CODE, message = CODE_MESSAGE) @Schema(example = "kg")
            String fromUnit,

            @NotBlank @Pattern(regexp = CODE, message = CODE_MESSAGE) @Schema(example = "g")
            String toUnit,

            @NotNull
            @DecimalMin(value = "0", inclusive = false)
            @Digits(integer = 18, fraction = 12)
            @Schema(description = "How many to_unit one from_unit is", example = "1000")
            BigDecimal factor) {}
}
