package dev.procura.invoices;

import dev.procura.platform.customfields.CustomFieldDocs;
import dev.procura.procurement.LineRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request bodies of the invoices API. */
public final class InvoiceRequests {

    private InvoiceRequests() {}

    @Schema(name = "InvoiceRequest")
    public record Invoice(
            @NotNull UUID purchaseOrderId,

            @NotBlank @Size(max = 60) @Schema(description = "The supplier's own invoice number; unique per supplier")
            String supplierInvoiceNumber,

            @NotNull @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code")
            String currency,

            @NotNull LocalDate invoiceDate,
            LocalDate dueDate,

            @Size(max = 500)
            @Schema(description = "Invoiced items by item code (in the body, or from the imported file)")
            List<@Valid LineRequest> lines,

            @Schema(description = CustomFieldDocs.VALUES) Map<String, Object> customFields) {}

    @Schema(name = "InvoiceImport")
    public record InvoiceImport(
            @NotNull UUID documentId, @Valid @NotNull Invoice invoice) {}
}
