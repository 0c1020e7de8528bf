package dev.procura.tenants;

import dev.procura.platform.failures.Failure;
import dev.procura.platform.failures.ProblemType;
import dev.procura.platform.tenancy.TenantAccess.TenantStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

/** A company using Procura. Its business data lives in its own database. */
@Entity
@Table(name = "tenants")
public class Tenant {

    @Id
    private UUID id;

    private String name;

    @Enumerated(EnumType.STRING)
    private TenantStatus status;

    @Column(name = "created_by")
    private UUID createdBy;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Column(name = "deleted_at")
    private Instant deletedAt;

    @Column(name = "read_only_reason")
    private String readOnlyReason;

    @Column(name = "read_only_since")
    private Instant readOnlySince;

    @Version
    private long version;

    protected Tenant() {}

    public Tenant(UUID id, String name, UUID createdBy, Instant now) {
        this.id = id;
        this.name = name.strip();
        this.status = TenantStatus.ACTIVE;
        this.createdBy = createdBy;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public void rename(String newName, Instant now) {
        this.name = newName.strip();
        this.updatedAt = now;
    }

    /** Soft delete: access is refused, data is kept, a platform operator can restore it. */
    public void delete(Instant now) {
        requireStatus(TenantStatus.ACTIVE, TenantStatus.SUSPENDED);
        this.status = TenantStatus.DELETED;
        this.deletedAt = now;
        this.updatedAt = now;
    }

    public void suspend(Instant now) {
        requireStatus(TenantStatus.ACTIVE);
        this.status = TenantStatus.SUSPENDED;
        this.updatedAt = now;
    }

    public void resume(Instant now) {
        requireStatus(TenantStatus.SUSPENDED);
        this.status = TenantStatus.ACTIVE;
        this.updatedAt = now;
    }

    public void restore(Instant now) {
        requireStatus(TenantStatus.DELETED);
        this.status = TenantStatus.ACTIVE;
        this.deletedAt = null;
        this.updatedAt = now;
    }

    /** Refuses writes from now on, for {@code reason}; one reason at a time (a second one is a conflict). */
    public void makeReadOnly(String reason, Instant now) {
        if (readOnlyReason != null) {
            throw new Failure.Conflict(
                    ProblemType.TENANT_READ_ONLY,
                    "The tenant is already read-only (" + readOnlyReason + ")",
                    java.util.Map.of("reason", readOnlyReason));
        }
        this.readOnlyReason = reason;
        this.readOnlySince = now;
        this.updatedAt = now;
    }

    /** Writable again if it was read-only for {@code reason}; false when another reason (or none) holds it. */
    public boolean makeWritable(String reason, Instant now) {
        if (!reason.equals(readOnlyReason)) {
            return false;
        }
        this.readOnlyReason = null;
        this.readOnlySince = null;
        this.updatedAt = now;
        return true;
    }

    private void requireStatus(TenantStatus... allowed) {
        for (TenantStatus candidate : allowed) {
            if (status == candidate) {
                return;
            }
        }
        throw new Failure.Conflict(
                ProblemType.INVALID_STATE, "The tenant is " + status.name().toLowerCase(Locale.ROOT));
    }

    public UUID id() {
        return id;
    }

    public String name() {
        return name;
    }

    public TenantStatus status() {
        return status;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public Instant deletedAt() {
        return deletedAt;
    }

    /** Why writes are refused; null while the tenant is writable. */
    public String readOnlyReason() {
        return readOnlyReason;
    }
}
