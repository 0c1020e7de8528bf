package dev.procura.engineering;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of "buy the BOM's buy lines". */
public final class ProcurementRequests {

    static final String KINDS = "rfq|purchase_order";

    private ProcurementRequests() {}

    @Schema(name = "ProjectBomProcurementRequest")
    public record Procurement(
            @NotBlank
            @Pattern(regexp = KINDS, message = "must be one of rfq, purchase_order")
            @Schema(
                    description = "Draft one RFQ, or one purchase order per default supplier",
                    example = "purchase_order")
            String kind,

            @DecimalMin(value = "0", inclusive = false)
            @Digits(integer = 12, fraction = 6)
            @Schema(description = "Projects to buy for (the explosion's quantity); default 1", example = "2")
            BigDecimal quantity,

            @NotBlank
            @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code")
            @Schema(description = "The documents' currency; orders are priced at the items' standard cost in it")
            String currency,

            @Size(max = 40)
            @Pattern(regexp = "[A-Za-z0-9._-]+")
            @Schema(description = "The orders' cost centre (required for purchase_order)", example = "IT")
            String costCenter,

            @Schema(description = "RFQ: quotes due by (default: in 14 days)")
            LocalDate dueDate) {}
}
