package dev.procura.backups;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One logical backup of a tenant database; its bytes are in S3 under {@link #prefix()}. Control database. */
@Entity
@Table(name = "tenant_backups")
public class TenantBackup extends TenantJob {

    public static final String MANUAL = "manual";
    public static final String SCHEDULED = "scheduled";
    /** Taken by a move of the tenant to another server, and restored there. */
    public static final String MOVE = "move";

    @Column(name = "trigger_kind")
    private String trigger;

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

    protected TenantBackup() {}

    public TenantBackup(UUID id, UUID tenantId, String trigger, UUID requestedBy, Instant now) {
        super(id, tenantId, requestedBy, now);
        this.trigger = trigger;
    }

    /** The S3 prefix of everything this backup stored. */
    public static String prefixOf(UUID tenantId, UUID backupId) {
        return "tenants/" + tenantId + "/backups/" + backupId + "/";
    }

    public String prefix() {
        return prefixOf(tenantId(), id());
    }

    void completed(BackupManifest manifest, String key, String sha256, String tablesJson, Instant now) {
        completedAt(now);
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
    }

    public String trigger() {
        return trigger;
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
}
