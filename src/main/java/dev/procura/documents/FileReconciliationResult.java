package dev.procura.documents;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/** One tenant's line in a run of the file-reconciliation job (control database). */
@Entity
@Table(name = "file_reconciliation_results")
@IdClass(FileReconciliationResult.Key.class)
public class FileReconciliationResult implements Serializable {

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

    @Column(name = "orphan_objects")
    private int orphanObjects;

    @Column(name = "missing_objects")
    private int missingObjects;

    private int repaired;
    private String detail;

    @Column(name = "finished_at")
    private Instant finishedAt;

    protected FileReconciliationResult() {}

    public FileReconciliationResult(
            long jobExecutionId,
            UUID tenantId,
            int orphanObjects,
            int missingObjects,
            int repaired,
            String detail,
            Instant finishedAt) {
        this.jobExecutionId = jobExecutionId;
        this.tenantId = tenantId;
        this.orphanObjects = orphanObjects;
        this.missingObjects = missingObjects;
        this.repaired = repaired;
        this.detail = detail;
        this.finishedAt = finishedAt;
    }

    public UUID tenantId() {
        return tenantId;
    }

    public int orphanObjects() {
        return orphanObjects;
    }

    public int missingObjects() {
        return missingObjects;
    }

    public int repaired() {
        return repaired;
    }

    public String detail() {
        return detail;
    }
}
