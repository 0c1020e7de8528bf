package dev.procura.labels;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Response bodies of the barcode label API. */
public final class LabelViews {

    private LabelViews() {}

    @Schema(name = "LabelJob")
    public record JobView(
            UUID id,

            @Schema(enumeration = {"queued", "running", "completed", "failed"})
            String status,

            String subject,
            List<String> symbologies,

            @Schema(description = "The tenant template used; null for the built-in one")
            UUID templateId,

            String templateName,
            int copies,

            @Schema(description = "Distinct labels (PNGs); the PDF holds labels x copies")
            int labels,

            Integer pages,
            UUID requestedBy,
            Instant requestedAt,
            Instant startedAt,
            Instant finishedAt,
            String error,

            @Schema(description = "Download links, once completed")
            Downloads downloads,

            @Schema(description = "Render times measured in the job, once completed")
            Timing timing) {}

    @Schema(name = "LabelDownloads")
    public record Downloads(
            String pdf,
            Long pdfBytes,

            @Schema(description = "A ZIP of label-0001.png, label-0002.png, …")
            String pngZip,

            Long pngZipBytes,

            @Schema(description = "One label's PNG: replace {n} with 1 … labels", example = "/api/v1/…/png/{n}")
            String png) {}

    @Schema(name = "LabelTiming")
    public record Timing(
            @Schema(description = "Rendering all labels into the PDF and the PNGs, storage excluded")
            long renderMillis,

            BigDecimal labelsPerSecond,

            @Schema(description = "Median time of one label (symbols, drawing, PNG, PDF)")
            BigDecimal labelP50Millis,

            BigDecimal labelP95Millis) {}

    @Schema(name = "LabelTemplate")
    public record TemplateView(
            @Schema(description = "Null for the built-in template")
            UUID id,

            String name,
            String page,
            Integer columns,
            Integer rows,
            BigDecimal widthMm,
            BigDecimal heightMm,
            List<String> fields,
            List<String> symbologies,
            String digitalLinkBase,
            boolean showCompany,
            Instant createdAt,
            Instant updatedAt,
            Long version) {

        static TemplateView of(LabelTemplate template) {
            LabelDesign d = template.design();
            return new TemplateView(
                    template.id(),
                    d.name(),
                    d.page(),
                    d.columns(),
                    d.rows(),
                    d.widthMm(),
                    d.heightMm(),
                    d.fields(),
                    d.symbologies(),
                    d.digitalLinkBase(),
                    d.showCompany(),
                    template.createdAt(),
                    template.updatedAt(),
                    template.version());
        }

        static TemplateView builtIn() {
            LabelDesign d = LabelDesign.DEFAULT;
            return new TemplateView(
                    null,
                    d.name(),
                    d.page(),
                    d.columns(),
                    d.rows(),
                    null,
                    null,
                    d.fields(),
                    d.symbologies(),
                    d.digitalLinkBase(),
                    d.showCompany(),
                    null,
                    null,
                    null);
        }
    }
}
