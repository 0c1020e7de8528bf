package dev.procura.conversions;

import dev.procura.platform.failures.Failure;
import dev.procura.platform.failures.ProblemType;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

/**
 * One requested conversion: what it converts with which template, where its job stands, and the
 * checkpoint the job resumes from ({@code position}: the last record key staged, or the count of
 * ids staged for a selection by ids; {@code chunksDone}: staged chunks).
 */
@Entity
@Table(name = "conversions")
public class Conversion {

    public enum Status {
        QUEUED,
        RUNNING,
        COMPLETED,
        FAILED,
        CANCELLED;

        public String apiName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    static final Set<Status> FINISHED = Set.of(Status.COMPLETED, Status.FAILED, Status.CANCELLED);
    static final int MAX_PROBLEMS = 20;
    private static final Jsonb PROBLEMS = JsonbBuilder.create();

    @Id
    private UUID id;

    @Column(name = "template_id")
    private UUID templateId;

    @Column(name = "template_name")
    private String templateName;

    @Column(name = "template_definition")
    private String templateDefinition;

    @Column(name = "source_type")
    private String sourceType;

    private String format;
    private String locale;
    private String selection;
    private String status;

    @Column(name = "requested_by")
    private UUID requestedBy;

    @Column(name = "requested_at")
    private Instant requestedAt;

    @Column(name = "started_at")
    private Instant startedAt;

    @Column(name = "completed_at")
    private Instant completedAt;

    @Column(name = "records_total")
    private long recordsTotal;

    @Column(name = "records_done")
    private long recordsDone;

    @Column(name = "rows_done")
    private long rowsDone;

    private String position;

    @Column(name = "chunks_done")
    private int chunksDone;

    private String error;
    private String problems = "[]";

    @Column(name = "problem_count")
    private long problemCount;

    @Column(name = "output_bytes")
    private Long outputBytes;

    @Column(name = "document_id")
    private UUID documentId;

    private int attempts;

    @Column(name = "cancel_requested")
    private boolean cancelRequested;

    @Version
    private long version;

    protected Conversion() {}

    Conversion(
            UUID requestedBy,
            Instant now,
            UUID templateId,
            String templateName,
            TemplateDefinition definition,
            String sourceType,
            String format,
            String locale,
            Selection selection,
            long recordsTotal) {
        this.id = UUID.randomUUID();
        this.requestedBy = requestedBy;
        this.requestedAt = now;
        this.templateId = templateId;
        this.templateName = templateName;
        this.templateDefinition = definition.toJson();
        this.sourceType = sourceType;
        this.format = format;
        this.locale = locale;
        this.selection = selection.toJson();
        this.recordsTotal = recordsTotal;
        this.status = Status.QUEUED.apiName();
    }

    /** The job (re)starts: running, one more attempt; the error of an earlier attempt is cleared. */
    void started(Instant now) {
        if (startedAt == null) {
            startedAt = now;
        }
        attempts++;
        error = null;
        status = Status.RUNNING.apiName();
    }

    /** A chunk was staged: the checkpoint moves on. */
    void staged(String newPosition, int records, int rows) {
        position = newPosition;
        chunksDone++;
        recordsDone += records;
        rowsDone += rows;
    }

    /** Records that could not be shown in full (a computed value missing): counted, the first few kept. */
    void noted(List<String> more) {
        if (more.isEmpty()) {
            return;
        }
        List<String> kept = new ArrayList<>(problems());
        for (String problem : more) {
            if (kept.size() < MAX_PROBLEMS) {
                kept.add(problem);
            }
        }
        problems = PROBLEMS.toJson(kept);
        problemCount += more.size();
    }

    void completed(Instant now, long bytes, UUID document) {
        status = Status.COMPLETED.apiName();
        completedAt = now;
        outputBytes = bytes;
        documentId = document;
    }

    void failed(Instant now, String reason) {
        status = Status.FAILED.apiName();
        completedAt = now;
        error = reason;
    }

    void cancelled(Instant now) {
        status = Status.CANCELLED.apiName();
        completedAt = now;
    }

    /** Asks the job to stop; a queued conversion is cancelled at once. 409 once it has finished. */
    void requestCancel(Instant now) {
        if (isFinished()) {
            throw new Failure.Conflict(
                    ProblemType.CONVERSION_FINISHED,
                    "Conversion " + id + " has already " + status + "; nothing to cancel");
        }
        cancelRequested = true;
        if (status().equals(Status.QUEUED)) {
            cancelled(now);
        }
    }

    /** Starts the conversion again from its checkpoint after a failure (409 unless it failed). */
    void retry() {
        if (!status().equals(Status.FAILED)) {
            throw new Failure.Conflict(
                    ProblemType.CONVERSION_NOT_FAILED,
                    "Only a failed conversion can be retried; this one is " + status);
        }
        status = Status.QUEUED.apiName();
        completedAt = null;
    }

    boolean isFinished() {
        return FINISHED.contains(status());
    }

    public UUID id() {
        return id;
    }

    public UUID templateId() {
        return templateId;
    }

    public String templateName() {
        return templateName;
    }

    TemplateDefinition definition() {
        return TemplateDefinition.fromJson(templateDefinition);
    }

    public String sourceType() {
        return sourceType;
    }

    public String format() {
        return format;
    }

    public String locale() {
        return locale;
    }

    Selection selection() {
        return Selection.fromJson(selection);
    }

    public Status status() {
        return Status.valueOf(status.toUpperCase(Locale.ROOT));
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

    public Instant completedAt() {
        return completedAt;
    }

    public long recordsTotal() {
        return recordsTotal;
    }

    public long recordsDone() {
        return recordsDone;
    }

    public long rowsDone() {
        return rowsDone;
    }

    public String position() {
        return position;
    }

    public int chunksDone() {
        return chunksDone;
    }

    public String error() {
        return error;
    }

    public List<String> problems() {
        return List.of(PROBLEMS.fromJson(problems, String[].class));
    }

    public long problemCount() {
        return problemCount;
    }

    public Long outputBytes() {
        return outputBytes;
    }

    public UUID documentId() {
        return documentId;
    }

    public int attempts() {
        return attempts;
    }

    public boolean isCancelRequested() {
        return cancelRequested;
    }
}
