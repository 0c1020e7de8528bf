package dev.procura.engineering;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request bodies of the project BOM API. */
public final class BomRequests {

    static final String SOURCES = "make|buy";

    private BomRequests() {}

    @Schema(name = "ProjectBomLineRequest")
    public record Line(
            @Schema(description = "The parent line (a `make` line of the same project); left out: a top line")
            UUID parentId,

            @Min(1)
            @Max(999999)
            @Schema(description = "Order among the siblings; default: after the last one", example = "10")
            Integer position,

            @NotBlank @Size(max = 64) @Schema(description = "An item of the item master", example = "FRAME-A")
            String itemCode,

            @NotNull
            @DecimalMin(value = "0", inclusive = false)
            @Digits(integer = 13, fraction = 6)
            @Schema(description = "Quantity per one of the parent line (per one project at the top)", example = "2")
            BigDecimal quantity,

            @NotBlank
            @Size(max = 20)
            @Schema(description = "A unit convertible to the item's base unit", example = "ea")
            String unit,

            @NotBlank
            @Pattern(regexp = SOURCES, message = "must be one of make, buy")
            @Schema(description = "make: built from its child lines; buy: purchased", example = "buy")
            String source) {}
}
