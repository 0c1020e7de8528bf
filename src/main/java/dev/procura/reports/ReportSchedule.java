package dev.procura.reports;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** A report's schedule: the request as saved (JSON) and when it is next due. */
@Entity
@Table(name = "report_schedules")
public class ReportSchedule {

    @Id
    private UUID id;

    @Column(name = "report_id")
    private UUID reportId;

    private String definition;
    private boolean active;

    @Column(name = "next_run_at")
    private Instant nextRunAt;

    @Column(name = "created_by")
    private UUID createdBy;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Version
    private long version;

    protected ReportSchedule() {}

    ReportSchedule(UUID id, UUID reportId, UUID createdBy, Instant now) {
        this.id = id;
        this.reportId = reportId;
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    void describe(ScheduleRequests.Define request, Instant nextRun, Instant now) {
        this.definition = Report.JSON.toJson(request);
        this.active = request.isActive();
        this.nextRunAt = request.isActive() ? nextRun : null;
        this.updatedAt = now;
    }

    void ranUntil(Instant nextRun) {
        this.nextRunAt = nextRun;
    }

    UUID id() {
        return id;
    }

    UUID reportId() {
        return reportId;
    }

    ScheduleRequests.Define definition() {
        return Report.JSON.fromJson(definition, ScheduleRequests.Define.class);
    }

    boolean isActive() {
        return active;
    }

    Instant nextRunAt() {
        return nextRunAt;
    }

    UUID createdBy() {
        return createdBy;
    }

    Instant createdAt() {
        return createdAt;
    }

    Instant updatedAt() {
        return updatedAt;
    }
}
