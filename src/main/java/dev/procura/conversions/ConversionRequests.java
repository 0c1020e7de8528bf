package dev.procura.conversions;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request bodies of the conversion API. */
public final class ConversionRequests {

    private ConversionRequests() {}

    @Schema(name = "ConversionRequest")
    public record Start(
            @NotNull UUID templateId,
            @NotNull @Valid SourceRequest source,

            @Schema(
                    enumeration = {"pdf", "xlsx", "docx", "csv", "json"},
                    description = "Default: the template's format")
            String format,

            @Size(max = 35) @Schema(description = "BCP 47 tag; default: the template's locale")
            String locale) {}

    @Schema(
            name = "ConversionSource",
            description =
                    "The records: `ids` (converted in that order) or a `filter` (records in number or code order);"
                            + " neither: every record of the type. Filters: `status`, `supplier_id`, `from`, `to` (ISO dates on"
                            + " the document's date) for documents; `status`, `category` for suppliers; `active`, `type`, `category` for items;"
                            + " `status`, `currency` for customers; `active`, `type`, `kind` for GL accounts; `active`,"
                            + " `dimension` for units; `active`, `end_of_month` for payment terms; `active` for currencies"
                            + " and cost centres; `from_currency`, `to_currency`, `valid_since` (ISO date) for exchange"
                            + " rates; `active`, `inclusive` for tax codes (currencies are selected by filter only);"
                            + " `user_id`, `action`,"
                            + " `entity_type`, `entity_id`, `from`, `to` for audit entries; `from`, `to` (required) for"
                            + " compliance findings.")
    public record SourceRequest(
            @NotBlank
            @Schema(
                    enumeration = {
                        "rfq",
                        "quote",
                        "purchase_order",
                        "invoice",
                        "receipt",
                        "approval",
                        "document",
                        "supplier",
                        "item",
                        "customer",
                        "gl_account",
                        "unit",
                        "payment_term",
                        "currency",
                        "exchange_rate",
                        "tax_code",
                        "cost_centre",
                        "audit_entry",
                        "compliance_finding"
                    })
            String type,

            @Size(min = 1, max = 10000) List<@NotNull UUID> ids,
            @Size(max = 10) Map<@NotBlank String, @NotNull @Size(max = 100) String> filter) {}
}
