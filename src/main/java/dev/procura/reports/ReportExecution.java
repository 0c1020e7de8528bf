package dev.procura.reports;

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

/** One run of a report: the definition as it was asked for, how the run went and the file it made. */
@Entity
@Table(name = "report_executions")
public class ReportExecution {

    enum Status {
        QUEUED,
        RUNNING,
        COMPLETED,
        FAILED;

        String apiName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    @Id
    private UUID id;

    @Column(name = "report_id")
    private UUID reportId;

    @Enumerated(EnumType.STRING)
    private Status status;

    private String format;
    private String definition;

    @Column(name = "requested_by")
    private UUID requestedBy;

    @Column(name = "requested_at")
    private Instant requestedAt;

    @Column(name = "started_at")
    private Instant startedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    private int attempts;

    @Column(name = "records_read")
    private long recordsRead;

    @Column(name = "row_count")
    private long rowCount;

    @Column(name = "output_bytes")
    private Long outputBytes;

    @Column(name = "document_id")
    private UUID documentId;

    private String filename;
    private String error;

    @Version
    private long version;

    protected ReportExecution() {}

    ReportExecution(Report report, String format, UUID requestedBy, Instant now) {
        this.id = UUID.randomUUID();
        this.reportId = report.id();
        this.status = Status.QUEUED;
        this.format = format;
        this.definition = report.definitionJson();
        this.requestedBy = requestedBy;
        this.requestedAt = now;
    }

    void started(Instant now) {
        status = Status.RUNNING;
        startedAt = now;
        attempts++;
    }

    void completed(Instant now, long records, long rows, long bytes, UUID document, String file) {
        status = Status.COMPLETED;
        finishedAt = now;
        recordsRead = records;
        rowCount = rows;
        outputBytes = bytes;
        documentId = document;
        filename = file;
        error = null;
    }

    void failed(Instant now, long records, String reason) {
        status = Status.FAILED;
        finishedAt = now;
        recordsRead = records;
        error = reason.length() > 1000 ? reason.substring(0, 1000) : reason;
    }

    boolean isFinished() {
        return status == Status.COMPLETED || status == Status.FAILED;
    }

    UUID id() {
        return id;
    }

    UUID reportId() {
        return reportId;
    }

    Status status() {
        return status;
    }

    String format() {
        return format;
    }

    ReportRequests.Define definition() {
        return Report.definition(definition);
    }

    UUID requestedBy() {
        return requestedBy;
    }

    Instant requestedAt() {
        return requestedAt;
    }

    Instant startedAt() {
        return startedAt;
    }

    Instant finishedAt() {
        return finishedAt;
    }

    int attempts() {
        return attempts;
    }

    long recordsRead() {
        return recordsRead;
    }

    long rowCount() {
        return rowCount;
    }

    Long outputBytes() {
        return outputBytes;
    }

    UUID documentId() {
        return documentId;
    }

    String filename() {
        return filename;
    }

    String error() {
        return error;
    }
}
