package dev.procura.projects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/**
 * A document of a project (a drawing, a specification, a contract): a title and kind over numbered
 * versions, and the check-out lock a member takes to upload the next version.
 */
@Entity
@Table(name = "project_documents")
public class ProjectDocument {

    @Id
    private UUID id;

    @Column(name = "project_id")
    private UUID projectId;

    private String title;
    private String kind;

    @Column(name = "latest_version")
    private int latestVersion;

    @Column(name = "locked_by")
    private UUID lockedBy;

    @Column(name = "locked_at")
    private Instant lockedAt;

    @Column(name = "created_by")
    private UUID createdBy;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Version
    private long version;

    protected ProjectDocument() {}

    ProjectDocument(UUID projectId, String title, String kind, UUID createdBy, Instant now) {
        this.id = UUID.randomUUID();
        this.projectId = projectId;
        this.title = title;
        this.kind = kind;
        this.createdBy = createdBy;
        this.createdAt = now;
        this.updatedAt = now;
    }

    boolean isLocked() {
        return lockedBy != null;
    }

    boolean isLockedBy(UUID userId) {
        return lockedBy != null && lockedBy.equals(userId);
    }

    void lock(UUID userId, Instant now) {
        this.lockedBy = userId;
        this.lockedAt = now;
        this.updatedAt = now;
    }

    void unlock(Instant now) {
        this.lockedBy = null;
        this.lockedAt = null;
        this.updatedAt = now;
    }

    /** The number the next version gets, now taken. */
    int nextVersion(Instant now) {
        this.latestVersion++;
        this.updatedAt = now;
        return latestVersion;
    }

    public UUID id() {
        return id;
    }

    public UUID projectId() {
        return projectId;
    }

    public String title() {
        return title;
    }

    public String kind() {
        return kind;
    }

    public int latestVersion() {
        return latestVersion;
    }

    public UUID lockedBy() {
        return lockedBy;
    }

    public Instant lockedAt() {
        return lockedAt;
    }

    public UUID createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
