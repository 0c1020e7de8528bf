package dev.procura.rfqs;

import dev.procura.platform.customfields.CustomFieldDocs;
import dev.procura.procurement.LineRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request bodies of the RFQ and quote APIs. */
public final class RfqRequests {

    private RfqRequests() {}

    @Schema(name = "RfqRequest")
    public record Rfq(
            @NotBlank @Size(max = 200) @Schema(example = "Laptops for the Lisbon office")
            String title,

            @NotNull @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code")
            String currency,

            @Schema(description = "When the goods are needed")
            LocalDate neededBy,

            @NotNull @Schema(description = "Quotes are due by this date")
            LocalDate dueDate,

            @Size(max = 4000) String notes,
            @NotNull @Size(min = 1, max = 50) List<@NotNull UUID> supplierIds,

            @Size(max = 500) @Schema(description = "At least one line (in the body, or from the imported file)")
            List<@Valid LineRequest> lines,

            @Schema(description = CustomFieldDocs.VALUES) Map<String, Object> customFields) {}

    @Schema(name = "QuoteRequest")
    public record Quote(
            @NotNull UUID rfqId,
            @NotNull UUID supplierId,

            @NotNull @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code")
            String currency,

            @NotNull @Schema(description = "The offer holds until this date")
            LocalDate validUntil,

            @NotNull @Min(0) @Max(3650) Integer leadTimeDays,

            @Size(max = 60) @Schema(description = "The supplier's own quote number")
            String supplierReference,

            @Size(max = 4000) String notes,

            @Size(max = 500) @Schema(description = "Items of the RFQ, priced (in the body, or from the imported file)")
            List<@Valid LineRequest> lines,

            @Schema(description = CustomFieldDocs.VALUES) Map<String, Object> customFields) {}

    @Schema(name = "RfqImport")
    public record RfqImport(
            @NotNull UUID documentId, @Valid @NotNull Rfq rfq) {}

    @Schema(name = "QuoteImport")
    public record QuoteImport(
            @NotNull UUID documentId, @Valid @NotNull Quote quote) {}
}
