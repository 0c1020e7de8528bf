package dev.procura.platform.tenancy.migrations;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/** What one run of the tenant-migrations job did to one tenant. */
@Entity
@Table(name = "tenant_migration_results")
@IdClass(TenantMigrationResult.Key.class)
public class TenantMigrationResult implements Serializable {

    public record Key(long jobExecutionId, UUID tenantId) implements Serializable {
        public Key() {
            this(0, null);
        }
    }

    @Id
    @Column(name = "job_execution_id")
    private long jobExecutionId;

    @Id
    @Column(name = "tenant_id")
    private UUID tenantId;

    private String outcome;
    private String detail;

    @Column(name = "finished_at")
    private Instant finishedAt;

    protected TenantMigrationResult() {}

    public TenantMigrationResult(
            long jobExecutionId, UUID tenantId, String outcome, String detail, Instant finishedAt) {
        this.jobExecutionId = jobExecutionId;
        this.tenantId = tenantId;
        this.outcome = outcome;
        this.detail = detail;
        this.finishedAt = finishedAt;
    }

    public UUID tenantId() {
        return tenantId;
    }

    public String outcome() {
        return outcome;
    }

    public String detail() {
        return detail;
    }
}
