package dev.procura.backups;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One move of a tenant's database to another PostgreSQL server, through a backup of its own. Control database. */
@Entity
@Table(name = "tenant_moves")
public class TenantMove {

    @Id
    private UUID id;

    @Column(name = "tenant_id")
    private UUID tenantId;

    @Column(name = "backup_id")
    private UUID backupId;

    @Column(name = "from_server")
    private String fromServer;

    @Column(name = "to_server")
    private String toServer;

    @Enumerated(EnumType.STRING)
    private BackupStatus status;

    @Column(name = "requested_by")
    private UUID requestedBy;

    @Column(name = "database_name")
    private String databaseName;

    /** What the switch does to the tenant's pin: true pins to to_server, false unpins, null leaves it. */
    private Boolean pin;

    @Column(name = "tables_verified")
    private Integer tablesVerified;

    @Column(name = "rows_moved")
    private Long rowsMoved;

    private String error;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "started_at")
    private Instant startedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    protected TenantMove() {}

    public TenantMove(
            UUID id,
            UUID tenantId,
            UUID backupId,
            String fromServer,
            String toServer,
            Boolean pin,
            UUID requestedBy,
            Instant now) {
        this.id = id;
        this.pin = pin;
        this.tenantId = tenantId;
        this.backupId = backupId;
        this.fromServer = fromServer;
        this.toServer = toServer;
        this.requestedBy = requestedBy;
        this.status = BackupStatus.QUEUED;
        this.createdAt = now;
    }

    void started(Instant now) {
        status = BackupStatus.RUNNING;
        startedAt = now;
    }

    void completed(RestoredDatabase moved, Instant now) {
        status = BackupStatus.COMPLETED;
        databaseName = moved.databaseName();
        tablesVerified = moved.tables();
        rowsMoved = moved.rows();
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

    public String fromServer() {
        return fromServer;
    }

    public String toServer() {
        return toServer;
    }

    public Boolean pin() {
        return pin;
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

    public Long rowsMoved() {
        return rowsMoved;
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
