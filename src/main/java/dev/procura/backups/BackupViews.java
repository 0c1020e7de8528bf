package dev.procura.backups;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Backups and restores as the API shows them. */
public final class BackupViews {

    private BackupViews() {}

    @Schema(name = "TenantBackup", description = "A logical backup of a tenant database")
    public record BackupView(
            UUID id,
            UUID tenantId,

            @Schema(enumeration = {"queued", "running", "completed", "failed"})
            String status,

            @Schema(enumeration = {"manual", "scheduled", "move"})
            String trigger,

            @Schema(description = "The tenant schema version the backup was taken at")
            String schemaVersion,

            @Schema(description = "Changesets of the tenant changelog the database had run")
            Integer changesets,

            Integer tableCount,
            Long rows,

            @Schema(description = "Bytes of the tables' COPY streams")
            Long rawBytes,

            @Schema(description = "Bytes stored in S3 (compressed and encrypted)")
            Long storedBytes,

            @Schema(description = "The tenant's file objects listed in the manifest (not copied)")
            Integer fileObjects,

            @Schema(description = "SHA-256 of the manifest") String checksum,
            List<TableView> tables,
            @Schema(description = "Why it failed") String error,
            Instant createdAt,
            Instant startedAt,
            Instant finishedAt) {}

    @Schema(name = "TenantBackupTable")
    public record TableView(
            String name,
            long rows,

            @Schema(description = "SHA-256 of the table's COPY stream")
            String sha256) {}

    @Schema(name = "TenantRestore", description = "A restore of a tenant from one of its backups")
    public record RestoreView(
            UUID id,
            UUID tenantId,
            UUID backupId,
            @Schema(enumeration = {"new", "in_place"}) String target,

            @Schema(enumeration = {"queued", "running", "completed", "failed"})
            String status,

            @Schema(description = "The database the tenant uses after the restore")
            String database,

            Integer tablesVerified,
            Long rowsRestored,

            @Schema(description = "File objects in the backup's manifest that S3 no longer holds")
            Integer filesMissing,

            @Schema(description = "Why it failed; the tenant kept its database")
            String error,

            Instant createdAt,
            Instant startedAt,
            Instant finishedAt) {}

    @Schema(name = "TenantMove", description = "A move of a tenant's database to another PostgreSQL server")
    public record MoveView(
            UUID id,
            UUID tenantId,

            @Schema(description = "The backup taken for the move (kept until its retention)")
            UUID backupId,

            String fromServer,
            String toServer,

            @Schema(
                    description = "true: the tenant is pinned to to_server as it switches; false: unpinned; absent: its"
                            + " pin is left as it was")
            Boolean pin,

            @Schema(enumeration = {"queued", "running", "completed", "failed"})
            String status,

            @Schema(description = "The database the tenant uses on to_server once completed")
            String database,

            Integer tablesVerified,
            Long rowsMoved,

            @Schema(description = "Why it failed; the tenant stayed on from_server")
            String error,

            Instant createdAt,
            Instant startedAt,
            Instant finishedAt) {}

    static BackupView of(TenantBackup b) {
        return new BackupView(
                b.id(),
                b.tenantId(),
                b.status().apiName(),
                b.trigger(),
                b.schemaVersion(),
                b.changesets(),
                b.tableCount(),
                b.rowCount(),
                b.rawBytes(),
                b.storedBytes(),
                b.fileObjects(),
                b.manifestSha256(),
                tables(b.tables()),
                b.error(),
                b.createdAt(),
                b.startedAt(),
                b.finishedAt());
    }

    static RestoreView of(TenantRestore r) {
        return new RestoreView(
                r.id(),
                r.tenantId(),
                r.backupId(),
                r.target(),
                r.status().apiName(),
                r.databaseName(),
                r.tablesVerified(),
                r.rowsRestored(),
                r.filesMissing(),
                r.error(),
                r.createdAt(),
                r.startedAt(),
                r.finishedAt());
    }

    @Schema(name = "TenantPlacement", description = "Where a tenant's database lives and where it must live")
    public record PlacementView(
            UUID tenantId,

            @Schema(description = "The tenant server (procura.tenants.servers) holding the database")
            String server,

            String database,

            @Schema(description = "The server an operator pinned the tenant to; absent: not pinned")
            String pinnedServer,

            @Schema(description = "The server the tenant's plan dedicates; absent: none")
            String planServer,

            @Schema(
                    description = "Where the tenant must live: the operator's pin, else the plan's server; absent:"
                            + " anywhere. A move elsewhere needs pin true or false.")
            String requiredServer,

            @Schema(description = "false when the tenant must live elsewhere and waits for a move there")
            boolean onRequiredServer) {}

    static MoveView of(TenantMove m) {
        return new MoveView(
                m.id(),
                m.tenantId(),
                m.backupId(),
                m.fromServer(),
                m.toServer(),
                m.pin(),
                m.status().apiName(),
                m.databaseName(),
                m.tablesVerified(),
                m.rowsMoved(),
                m.error(),
                m.createdAt(),
                m.startedAt(),
                m.finishedAt());
    }

    /** The tables of a manifest as the backup row keeps them for the API: name, rows, digest. */
    static String tablesJson(BackupManifest manifest) {
        JsonArrayBuilder tables = Json.createArrayBuilder();
        manifest.tables()
                .forEach(t -> tables.add(Json.createObjectBuilder()
                        .add("name", t.name())
                        .add("rows", t.rows())
                        .add("sha256", t.sha256())));
        return tables.build().toString();
    }

    private static List<TableView> tables(String json) {
        if (json == null) {
            return List.of();
        }
        try (var reader = Json.createReader(new StringReader(json))) {
            return reader.readArray().getValuesAs(JsonObject.class).stream()
                    .map(t -> new TableView(
                            t.getString("name"), t.getJsonNumber("rows").longValue(), t.getString("sha256")))
                    .toList();
        }
    }
}
