package dev.procura.reports;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Response bodies of reports. */
public final class ReportViews {

    private ReportViews() {}

    @Schema(name = "Report")
    public record ReportView(
            UUID id,
            String name,
            String description,
            String dataset,

            @Schema(description = "The definition as saved") ReportRequests.Define definition,

            @Schema(enumeration = {"csv", "xlsx", "pdf", "docx", "json"})
            String format,

            @Schema(description = "The output columns the definition gives, in order")
            List<ColumnView> columns,

            UUID createdBy,
            Instant createdAt,
            Instant updatedAt) {}

    @Schema(name = "ReportColumn")
    public record ColumnView(
            String key,
            String label,

            @Schema(enumeration = {"text", "integer", "decimal", "money", "date", "datetime", "boolean"})
            String type) {}

    @Schema(name = "ReportDataset")
    public record DatasetView(
            @Schema(example = "purchase_order_line") String key,

            @Schema(description = "The record type the rows come from", example = "purchase_order")
            String source,

            @Schema(description = "One row per line of a record (with the record's fields) rather than per record")
            boolean lines,

            @Schema(description = "The permission a member needs to run a report of it", example = "purchasing:read")
            String readPermission,

            List<ColumnView> fields,

            @Schema(description = "The keys of the definition's filters it takes")
            List<String> filters) {}

    @Schema(name = "ReportDatasets")
    public record Datasets(List<DatasetView> datasets) {}

    @Schema(name = "ReportExecution")
    public record ExecutionView(
            UUID id,
            UUID reportId,

            @Schema(enumeration = {"queued", "running", "completed", "failed"})
            String status,

            @Schema(enumeration = {"csv", "xlsx", "pdf", "docx", "json"})
            String format,

            UUID requestedBy,
            Instant requestedAt,
            Instant startedAt,
            Instant finishedAt,

            @Schema(description = "Starts so far: more than 1 after a resume on another server")
            int attempts,

            @Schema(description = "Records of the dataset read (finished only)")
            long recordsRead,

            @Schema(description = "Rows in the file (completed only)")
            long rowCount,

            @Schema(description = "Milliseconds from start to finish (finished only)")
            Long durationMs,

            @Schema(description = "Bytes of the file (completed only)")
            Long outputBytes,

            @Schema(description = "The tenant document holding the file (completed only)")
            UUID documentId,

            String filename,

            @Schema(description = "Why it failed (failed only)")
            String error) {}
}
