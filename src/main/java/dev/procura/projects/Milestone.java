package dev.procura.projects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A milestone of a project: planned on a day, owned by a member, open until completed (on its
 * actual day) or cancelled; it completes only after its predecessors. Its owner hears once when
 * it is overdue.
 */
@Entity
@Table(name = "project_milestones")
public class Milestone {

    static final String OPEN = "open";
    static final String COMPLETED = "completed";
    static final String CANCELLED = "cancelled";

    @Id
    private UUID id;

    @Column(name = "project_id")
    private UUID projectId;

    private String name;

    @Column(name = "planned_on")
    private LocalDate plannedOn;

    @Column(name = "actual_on")
    private LocalDate actualOn;

    @Column(name = "owner_id")
    private UUID ownerId;

    private String status;

    @Column(name = "predecessor_ids")
    private String predecessorIds;

    @Column(name = "overdue_notified_at")
    private Instant overdueNotifiedAt;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Version
    private long version;

    protected Milestone() {}

    Milestone(UUID projectId, Instant now) {
        this.id = UUID.randomUUID();
        this.projectId = projectId;
        this.status = OPEN;
        this.predecessorIds = "";
        this.createdAt = now;
        this.updatedAt = now;
    }

    void plan(String name, LocalDate plannedOn, UUID ownerId, List<UUID> predecessors, Instant now) {
        if (!plannedOn.equals(this.plannedOn)) {
            this.overdueNotifiedAt = null;
        }
        this.name = name;
        this.plannedOn = plannedOn;
        this.ownerId = ownerId;
        this.predecessorIds = predecessors.stream().map(UUID::toString).collect(Collectors.joining(","));
        this.updatedAt = now;
    }

    void complete(LocalDate on, Instant now) {
        this.status = COMPLETED;
        this.actualOn = on;
        this.updatedAt = now;
    }

    void cancel(Instant now) {
        this.status = CANCELLED;
        this.updatedAt = now;
    }

    void overdueNotified(Instant now) {
        this.overdueNotifiedAt = now;
    }

    boolean isOpen() {
        return OPEN.equals(status);
    }

    boolean isOverdueOn(LocalDate today) {
        return isOpen() && plannedOn.isBefore(today);
    }

    public UUID id() {
        return id;
    }

    public UUID projectId() {
        return projectId;
    }

    public String name() {
        return name;
    }

    public LocalDate plannedOn() {
        return plannedOn;
    }

    public LocalDate actualOn() {
        return actualOn;
    }

    public UUID ownerId() {
        return ownerId;
    }

    public String status() {
        return status;
    }

    public List<UUID> predecessorIds() {
        return predecessorIds == null || predecessorIds.isEmpty()
                ? List.of()
                : Arrays.stream(predecessorIds.split(",")).map(UUID::fromString).toList();
    }

    public Instant overdueNotifiedAt() {
        return overdueNotifiedAt;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public long version() {
        return version;
    }
}
