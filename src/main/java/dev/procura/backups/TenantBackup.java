package dev.procura.backups;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One logical backup of a tenant database; its bytes are in S3 under {@link #prefix()}. Control database. */
@Entity
@Table(name = "tenant_backups")
public class TenantBackup {

    public static final String MANUAL = "manual";
    public static final String SCHEDULED = "scheduled";
    /** Taken by a move of the tenant to another server, and restored there. */
    public static final String MOVE = "move";

    @Id
    private UUID id;

    @Column(name = "tenant_id")
    private UUID tenantId;

    @Enumerated(EnumType.STRING)
    private BackupStatus status;

    @Column(name = "trigger_kind")
    private String trigger;

    @Column(name = "requested_by")
    private UUID requestedBy;

    @Column(name = "schema_version")
    private String schemaVersion;

    private Integer changesets;

    @Column(name = "table_count")
    private Integer tableCount;

    @Column(name = "row_count")
    private Long rowCount;

    @Column(name = "raw_bytes")
    private Long rawBytes;

    @Column(name = "stored_bytes")
    private Long storedBytes;

    @Column(name = "file_objects")
    private Integer fileObjects;

    private String tables;

    @Column(name = "manifest_key")
    private String manifestKey;

    @Column(name = "manifest_sha256")
    private String manifestSha256;

    private String error;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "started_at")
    private Instant startedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    protected TenantBackup() {}

    public TenantBackup(UUID id, UUID tenantId, String trigger, UUID requestedBy, Instant now) {
        this.id = id;
        this.tenantId = tenantId;
        this.trigger = trigger;
        this.requestedBy = requestedBy;
        this.status = BackupStatus.QUEUED;
        this.createdAt = now;
    }

    /** The S3 prefix of everything this backup stored. */
    public static String prefixOf(UUID tenantId, UUID backupId) {
        return "tenants/" + tenantId + "/backups/" + backupId + "/";
    }

    public String prefix() {
        return prefixOf(tenantId, id);
    }

    void started(Instant now) {
        status = BackupStatus.RUNNING;
        startedAt = now;
        error = null;
    }

    void completed(BackupManifest manifest, String key, String sha256, String tablesJson, Instant now) {
        status = BackupStatus.COMPLETED;
        schemaVersion = manifest.schemaVersion();
        changesets = manifest.changesets().size();
        tableCount = manifest.tables().size();
        rowCount = manifest.rows();
        rawBytes = manifest.tables().stream()
                .mapToLong(BackupManifest.Table::rawBytes)
                .sum();
        storedBytes = manifest.tables().stream()
                .mapToLong(BackupManifest.Table::storedBytes)
                .sum();
        fileObjects = manifest.files().size();
        tables = tablesJson;
        manifestKey = key;
        manifestSha256 = sha256;
        finishedAt = now;
    }

    void failed(String reason, Instant now) {
        status = BackupStatus.FAILED;
        error = reason;
        finishedAt = now;
    }

    public UUID id() {
        return id;
    }

    public UUID tenantId() {
        return tenantId;
    }

    public BackupStatus status() {
        return status;
    }

    public String trigger() {
        return trigger;
    }

    public UUID requestedBy() {
        return requestedBy;
    }

    public String schemaVersion() {
        return schemaVersion;
    }

    public Integer changesets() {
        return changesets;
    }

    public Integer tableCount() {
        return tableCount;
    }

    public Long rowCount() {
        return rowCount;
    }

    public Long rawBytes() {
        return rawBytes;
    }

    public Long storedBytes() {
        return storedBytes;
    }

    public Integer fileObjects() {
        return fileObjects;
    }

    public String tables() {
        return tables;
    }

    public String manifestKey() {
        return manifestKey;
    }

    public String manifestSha256() {
        return manifestSha256;
    }

    public String error() {
        return error;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public Instant finishedAt() {
        return finishedAt;
    }
}
