package dev.procura.imports;

import dev.procura.platform.imports.ImportMode;
import dev.procura.platform.imports.ImportOutcome;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

/**
 * One bulk import of master data: which entity from which document, how (create or upsert, dry
 * run or not), where its job stands and what became of the rows so far. {@code lastRow} is the
 * job's checkpoint: the file row number of the last row whose outcome is recorded.
 */
@Entity
@Table(name = "imports")
public class BulkImport {

    public enum Status {
        QUEUED,
        RUNNING,
        COMPLETED,
        FAILED;

        public String apiName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    static final Set<String> FINISHED = Set.of("completed", "failed");
    private static final int MAX_ERROR = 2000;

    @Id
    private UUID id;

    private String entity;

    @Column(name = "document_id")
    private UUID documentId;

    private String mode;

    @Column(name = "dry_run")
    private boolean dryRun;

    private String status;

    @Column(name = "requested_by")
    private UUID requestedBy;

    @Column(name = "requested_at")
    private Instant requestedAt;

    @Column(name = "started_at")
    private Instant startedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @Column(name = "last_row")
    private int lastRow;

    @Column(name = "rows_read")
    private long rowsRead;

    @Column(name = "created_count")
    private long created;

    @Column(name = "updated_count")
    private long updated;

    @Column(name = "unchanged_count")
    private long unchanged;

    @Column(name = "rejected_count")
    private long rejected;

    private int attempts;
    private String error;

    protected BulkImport() {}

    BulkImport(String entity, UUID documentId, ImportMode mode, boolean dryRun, UUID requestedBy, Instant now) {
        this.id = UUID.randomUUID();
        this.entity = entity;
        this.documentId = documentId;
        this.mode = mode.name().toLowerCase(Locale.ROOT);
        this.dryRun = dryRun;
        this.status = Status.QUEUED.apiName();
        this.requestedBy = requestedBy;
        this.requestedAt = now;
    }

    void started(Instant now) {
        status = Status.RUNNING.apiName();
        attempts++;
        if (startedAt == null) {
            startedAt = now;
        }
    }

    /** Adds a chunk's outcomes and moves the checkpoint to its last row. */
    void record(List<ImportOutcome> outcomes) {
        for (ImportOutcome outcome : outcomes) {
            rowsRead++;
            lastRow = Math.max(lastRow, outcome.row());
            switch (outcome.result()) {
                case CREATED -> created++;
                case UPDATED -> updated++;
                case UNCHANGED -> unchanged++;
                case REJECTED -> rejected++;
            }
        }
    }

    void completed(Instant now) {
        status = Status.COMPLETED.apiName();
        finishedAt = now;
    }

    void failed(Instant now, String reason) {
        status = Status.FAILED.apiName();
        finishedAt = now;
        error = reason.length() > MAX_ERROR ? reason.substring(0, MAX_ERROR) : reason;
    }

    boolean isFinished() {
        return FINISHED.contains(status);
    }

    public UUID id() {
        return id;
    }

    public String entity() {
        return entity;
    }

    public UUID documentId() {
        return documentId;
    }

    public ImportMode mode() {
        return ImportMode.valueOf(mode.toUpperCase(Locale.ROOT));
    }

    public String modeName() {
        return mode;
    }

    public boolean isDryRun() {
        return dryRun;
    }

    public String status() {
        return status;
    }

    public UUID requestedBy() {
        return requestedBy;
    }

    public Instant requestedAt() {
        return requestedAt;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public Instant finishedAt() {
        return finishedAt;
    }

    public int lastRow() {
        return lastRow;
    }

    public long rowsRead() {
        return rowsRead;
    }

    public long created() {
        return created;
    }

    public long updated() {
        return updated;
    }

    public long unchanged() {
        return unchanged;
    }

    public long rejected() {
        return rejected;
    }

    public int attempts() {
        return attempts;
    }

    public String error() {
        return error;
    }
}
