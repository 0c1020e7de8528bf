package dev.procura.dataexport;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

/** A tenant data export asked for by one of its admins (control database). */
@Entity
@Table(name = "data_exports")
public class DataExport {

    public enum Status {
        QUEUED,
        RUNNING,
        COMPLETED,
        FAILED;

        public String apiName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    @Id
    private UUID id;

    @Column(name = "tenant_id")
    private UUID tenantId;

    @Column(name = "requested_by")
    private UUID requestedBy;

    @Enumerated(EnumType.STRING)
    private Status status;

    @Column(name = "object_key")
    private String objectKey;

    @Column(name = "size_bytes")
    private Long sizeBytes;

    private Integer tables;

    @Column(name = "row_count")
    private Long rowCount;

    private Integer files;

    private String error;

    @Column(name = "requested_at")
    private Instant requestedAt;

    @Column(name = "started_at")
    private Instant startedAt;

    @Column(name = "completed_at")
    private Instant completedAt;

    protected DataExport() {}

    public DataExport(UUID id, UUID tenantId, UUID requestedBy, Instant now) {
        this.id = id;
        this.tenantId = tenantId;
        this.requestedBy = requestedBy;
        this.status = Status.QUEUED;
        this.objectKey = objectKeyOf(tenantId, id);
        this.requestedAt = now;
    }

    /** Under the tenant's prefix, apart from its documents' files. */
    static String objectKeyOf(UUID tenantId, UUID exportId) {
        return "tenants/" + tenantId + "/exports/" + exportId + ".zip";
    }

    void started(Instant now) {
        status = Status.RUNNING;
        startedAt = now;
    }

    void completed(Instant now, long bytes, ExportContents contents) {
        status = Status.COMPLETED;
        sizeBytes = bytes;
        tables = contents.rowsByTable().size();
        rowCount = contents.rows();
        files = contents.files();
        completedAt = now;
    }

    void failed(Instant now, String reason) {
        status = Status.FAILED;
        error = reason.length() > 500 ? reason.substring(0, 500) : reason;
        completedAt = now;
    }

    public boolean isFinished() {
        return status == Status.COMPLETED || status == Status.FAILED;
    }

    public UUID id() {
        return id;
    }

    public UUID tenantId() {
        return tenantId;
    }

    public UUID requestedBy() {
        return requestedBy;
    }

    public Status status() {
        return status;
    }

    public String objectKey() {
        return objectKey;
    }

    public Long sizeBytes() {
        return sizeBytes;
    }

    public Integer tables() {
        return tables;
    }

    public Long rowCount() {
        return rowCount;
    }

    public Integer files() {
        return files;
    }

    public String error() {
        return error;
    }

    public Instant requestedAt() {
        return requestedAt;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public Instant completedAt() {
        return completedAt;
    }
}
