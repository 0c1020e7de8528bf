package dev.procura.imports;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Response bodies of bulk imports. */
public final class ImportViews {

    private ImportViews() {}

    @Schema(name = "Import")
    public record ImportView(
            UUID id,
            String entity,
            UUID documentId,
            @Schema(enumeration = {"create", "upsert"}) String mode,
            boolean dryRun,

            @Schema(enumeration = {"queued", "running", "completed", "failed"})
            String status,

            UUID requestedBy,
            Instant requestedAt,
            @Schema(nullable = true) Instant startedAt,
            @Schema(nullable = true) Instant finishedAt,

            @Schema(description = "Rows read so far (rows without any value are not counted)")
            long rows,

            @Schema(description = "On a dry run: rows that would be created")
            long created,

            long updated,
            long unchanged,
            long rejected,

            @Schema(
                    description = "Why the import failed as a whole (unreadable file, unknown columns)",
                    nullable = true)
            String error) {

        static ImportView of(BulkImport run) {
            return new ImportView(
                    run.id(),
                    run.entity(),
                    run.documentId(),
                    run.modeName(),
                    run.isDryRun(),
                    run.status(),
                    run.requestedBy(),
                    run.requestedAt(),
                    run.startedAt(),
                    run.finishedAt(),
                    run.rowsRead(),
                    run.created(),
                    run.updated(),
                    run.unchanged(),
                    run.rejected(),
                    run.error());
        }
    }

    @Schema(name = "ImportRejection", description = "One field error of a rejected row")
    public record RejectionView(
            @Schema(description = "The row in the file: 1 is the row below the header")
            int row,

            @Schema(description = "The record key the row names, if it could be read", nullable = true)
            String key,

            @Schema(description = "The column, or `row` for the row as a whole")
            String field,

            String message) {

        static RejectionView of(ImportRejection rejection) {
            return new RejectionView(
                    rejection.rowNumber(), rejection.recordKey(), rejection.field(), rejection.message());
        }
    }

    @Schema(name = "ImportEntity", description = "A master that imports can write, and its columns")
    public record EntityView(
            String entity,

            @Schema(description = "The key column: it names the record a row creates or updates")
            String keyColumn,

            @Schema(
                    description = "The columns a file may have; `cf.<key>` columns set custom fields where the"
                            + " master has them")
            List<String> columns) {}
}
