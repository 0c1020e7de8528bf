package dev.procura.conversions;

import dev.procura.conversions.render.Layout;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Response bodies of the template API. */
public final class TemplateViews {

    private TemplateViews() {}

    @Schema(name = "Template")
    public record TemplateView(
            UUID id,
            String name,

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
            String sourceType,

            @Schema(enumeration = {"pdf", "xlsx", "docx", "csv", "json"})
            String format,

            String locale,
            String title,
            List<ColumnView> columns,
            List<ColumnView> lineColumns,
            List<String> totals,
            LayoutView layout,

            @Schema(description = "A built-in template: read-only, the same in every tenant")
            boolean builtIn,

            UUID createdBy,
            Instant createdAt,
            Instant updatedAt) {

        static TemplateView of(Template t) {
            return of(
                    t.id(),
                    t.name(),
                    t.sourceType(),
                    t.format(),
                    t.definition(),
                    false,
                    t.createdBy(),
                    t.createdAt(),
                    t.updatedAt());
        }

        static TemplateView of(
                UUID id,
                String name,
                String sourceType,
                String format,
                TemplateDefinition d,
                boolean builtIn,
                UUID createdBy,
                Instant createdAt,
                Instant updatedAt) {
            return new TemplateView(
                    id,
                    name,
                    sourceType,
                    format,
                    d.locale(),
                    d.title(),
                    ColumnView.of(d.columns()),
                    ColumnView.of(d.lineColumns()),
                    d.totals(),
                    LayoutView.of(d.layout()),
                    builtIn,
                    createdBy,
                    createdAt,
                    updatedAt);
        }
    }

    @Schema(name = "TemplateColumnView")
    public record ColumnView(String key, String field, String expression, String label, String format) {
        static List<ColumnView> of(List<TemplateDefinition.Field> fields) {
            return fields.stream()
                    .map(f -> new ColumnView(
                            f.key(),
                            f.field(),
                            f.expression(),
                            f.label(),
                            f.format().name().toLowerCase(Locale.ROOT)))
                    .toList();
        }
    }

    @Schema(name = "TemplateLayoutView")
    public record LayoutView(boolean landscape, boolean pageBreakPerRecord, String footer) {
        static LayoutView of(Layout layout) {
            return new LayoutView(layout.landscape(), layout.pageBreakPerRecord(), layout.footer());
        }
    }
}
