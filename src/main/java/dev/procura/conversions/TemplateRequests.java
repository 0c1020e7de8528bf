package dev.procura.conversions;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request bodies of the template API. */
public final class TemplateRequests {

    private TemplateRequests() {}

    @Schema(name = "TemplateDefinition")
    public record Define(
            @NotBlank @Size(max = 120) @Schema(example = "Open orders for Acme")
            String name,

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
                    },
                    example = "purchase_order")
            String sourceType,

            @NotBlank
            @Schema(
                    enumeration = {"pdf", "xlsx", "docx", "csv", "json"},
                    example = "xlsx")
            String format,

            @Size(max = 35) @Schema(description = "BCP 47 tag; default en", example = "de-DE")
            String locale,

            @Size(max = 200) @Schema(description = "Default: the template's name")
            String title,

            @NotNull @Size(min = 1, max = 100) @Schema(description = "The columns of each record, in order")
            List<@Valid @NotNull ColumnRequest> columns,

            @Size(max = 100)
            @Schema(
                    description = "The columns of each record's lines (sources with lines); a record becomes a head"
                            + " and a table of lines")
            List<@Valid @NotNull ColumnRequest> lineColumns,

            @Size(max = 50)
            @Schema(description = "Keys of numeric table columns summed into a totals row (PDF, DOCX, XLSX)")
            List<@NotBlank String> totals,

            @Valid LayoutRequest layout) {}

    @Schema(
            name = "TemplateColumn",
            description =
                    "Either `field` (a field of the source type) or `expression` (computed from the fields, in the"
                            + " language of approval conditions: `quantity * unit_price`), with a `key` for computed ones.")
    public record ColumnRequest(
            @Size(max = 63) @Pattern(regexp = "[a-z][a-z0-9_]*", message = "must be snake_case")
            String key,

            @Size(max = 63) String field,
            @Size(max = 1000) String expression,

            @Size(max = 120) @Schema(description = "Default: the field's name")
            String label,

            @Schema(
                    enumeration = {"text", "integer", "decimal", "money", "percent", "date", "datetime", "boolean"},
                    description = "Default: the field's own type; decimal for an expression")
            String format) {}

    @Schema(name = "TemplateLayout", description = "How PDF and Word documents are laid out")
    public record LayoutRequest(
            Boolean landscape,
            Boolean pageBreakPerRecord,
            @Size(max = 500) String footer) {}
}
