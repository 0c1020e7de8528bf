package dev.procura.conversions;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Response bodies of the conversion API. */
public final class ConversionViews {

    private ConversionViews() {}

    @Schema(name = "Conversion")
    public record ConversionView(
            UUID id,
            UUID templateId,
            String templateName,
            String sourceType,

            @Schema(enumeration = {"pdf", "xlsx", "docx", "csv", "json"})
            String format,

            String locale,

            @Schema(enumeration = {"queued", "running", "completed", "failed", "cancelled"})
            String status,

            @Schema(description = "0–100: records staged, then the file rendered and stored")
            int progressPercent,

            long recordsTotal,
            long recordsDone,

            @Schema(description = "Rows staged (one per record, or per line for templates with line columns)")
            long rowsDone,

            @Schema(description = "Why it failed (failed only)")
            String error,

            @Schema(description = "Values that could not be computed: the first 20 of them")
            List<String> problems,

            long problemCount,

            @Schema(description = "Bytes of the file (completed only)")
            Long outputBytes,

            @Schema(description = "The tenant document holding the file (completed only)")
            UUID documentId,

            @Schema(description = "Starts so far: more than 1 after a retry or a resume on another server")
            int attempts,

            boolean cancelRequested,
            UUID requestedBy,
            Instant requestedAt,
            Instant startedAt,
            Instant completedAt,

            @Schema(description = "From start to end, in milliseconds (finished only)")
            Long durationMs) {

        static ConversionView of(Conversion c) {
            return new ConversionView(
                    c.id(),
                    c.templateId(),
                    c.templateName(),
                    c.sourceType(),
                    c.format(),
                    c.locale(),
                    c.status().apiName(),
                    progress(c),
                    c.recordsTotal(),
                    c.recordsDone(),
                    c.rowsDone(),
                    c.error(),
                    c.problems(),
                    c.problemCount(),
                    c.outputBytes(),
                    c.documentId(),
                    c.attempts(),
                    c.isCancelRequested(),
                    c.requestedBy(),
                    c.requestedAt(),
                    c.startedAt(),
                    c.completedAt(),
                    c.startedAt() == null || c.completedAt() == null
                            ? null
                            : Duration.between(c.startedAt(), c.completedAt()).toMillis());
        }

        private static int progress(Conversion c) {
            if (c.status() == Conversion.Status.COMPLETED) {
                return 100;
            }
            if (c.recordsTotal() == 0) {
                return 0;
            }
            return (int) Math.min(90, c.recordsDone() * 90 / c.recordsTotal());
        }
    }

    @Schema(name = "ConversionPreview", description = "The first rows as the template maps them")
    public record PreviewView(
            List<String> columns,
            List<String> lineColumns,

            @Schema(description = "Up to 50 records: their values by column key, with their lines")
            List<PreviewRow> rows,

            long recordsTotal,
            List<String> problems) {}

    @Schema(name = "ConversionPreviewRow")
    public record PreviewRow(Map<String, Object> values, List<Map<String, Object>> lines) {}
}
