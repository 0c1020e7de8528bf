package dev.procura.dataexport;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "DataExport")
public record DataExportView(
        UUID id,
        UUID tenantId,

        @Schema(enumeration = {"queued", "running", "completed", "failed"})
        String status,

        UUID requestedBy,
        Instant requestedAt,
        Instant startedAt,
        Instant completedAt,

        @Schema(description = "Size of the ZIP (completed only)")
        Long sizeBytes,

        @Schema(description = "Tables exported, one JSON file each (completed only)")
        Integer tables,

        @Schema(description = "Rows over all tables (completed only)")
        Long rows,

        @Schema(description = "Stored files under files/ (completed only)")
        Integer files,

        @Schema(description = "A presigned GET URL of the ZIP (completed only)")
        String downloadUrl,

        @Schema(description = "When download_url stops working")
        Instant downloadExpiresAt,

        @Schema(description = "Why it failed (failed only)") String error) {}
