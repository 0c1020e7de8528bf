package dev.procura.backups;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One restore of a tenant from one of its backups. Control database. */
@Entity
@Table(name = "tenant_restores")
public class TenantRestore {

    /** The tenant switches to a new database with a name of its own. */
    public static final String NEW = "new";
    /** The restored database takes the current database's name. */
    public static final String IN_PLACE = "in_place";

    @Id
    private UUID id;

    @Column(name = "tenant_id")
    private UUID tenantId;

    @Column(name = "backup_id")
    private UUID backupId;

    private String target;

    @Enumerated(EnumType.STRING)
    private BackupStatus status;

    @Column(name = "requested_by")
    private UUID requestedBy;

    @Column(name = "database_name")
    private String databaseName;

    @Column(name = "tables_verified")
    private Integer tablesVerified;

    @Column(name = "files_missing")
    private Integer filesMissing;

    @Column(name = "rows_restored")
    private Long rowsRestored;

    private String error;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "started_at")
    private Instant startedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    protected TenantRestore() {}

    public TenantRestore(UUID id, UUID tenantId, UUID backupId, String target, UUID requestedBy, Instant now) {
        this.id = id;
        this.tenantId = tenantId;
        this.backupId = backupId;
        this.target = target;
        this.requestedBy = requestedBy;
        this.status = BackupStatus.QUEUED;
        this.createdAt = now;
    }

    void started(Instant now) {
        status = BackupStatus.RUNNING;
        startedAt = now;
    }

    void completed(String database, int tables, long rows, int missingFiles, Instant now) {
        status = BackupStatus.COMPLETED;
        databaseName = database;
        tablesVerified = tables;
        rowsRestored = rows;
        filesMissing = missingFiles;
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

    public UUID backupId() {
        return backupId;
    }

    public String target() {
        return target;
    }

    public BackupStatus status() {
        return status;
    }

    public UUID requestedBy() {
        return requestedBy;
    }

    public String databaseName() {
        return databaseName;
    }

    public Integer tablesVerified() {
        return tablesVerified;
    }

    public Integer filesMissing() {
        return filesMissing;
    }

    public Long rowsRestored() {
        return rowsRestored;
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
