package dev.procura.backups;

import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;
import java.util.UUID;

/**
 * What a backup, a restore and a move of a tenant record alike: who asked, the state it is in,
 * when it was asked, started and finished, and why it failed. Control database.
 */
@MappedSuperclass
public abstract class TenantJob {

    @Id
    private UUID id;

    @Column(name = "tenant_id")
    private UUID tenantId;

    @Enumerated(EnumType.STRING)
    private BackupStatus status;

    @Column(name = "requested_by")
    private UUID requestedBy;

    private String error;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "started_at")
    private Instant startedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    protected TenantJob() {}

    protected TenantJob(UUID id, UUID tenantId, UUID requestedBy, Instant now) {
        this.id = id;
        this.tenantId = tenantId;
        this.requestedBy = requestedBy;
        this.status = BackupStatus.QUEUED;
        this.createdAt = now;
    }

    /** Running, again after a takeover: an earlier attempt's failure is forgotten. */
    void started(Instant now) {
        status = BackupStatus.RUNNING;
        startedAt = now;
        error = null;
    }

    void failed(String reason, Instant now) {
        status = BackupStatus.FAILED;
        error = reason;
        finishedAt = now;
    }

    protected final void completedAt(Instant now) {
        status = BackupStatus.COMPLETED;
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

    public UUID requestedBy() {
        return requestedBy;
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
