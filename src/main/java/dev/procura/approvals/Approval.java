package dev.procura.approvals;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/**
 * One document's way through its workflow: pending at a level, then completed or rejected. It
 * carries the workflow it started with and the document fields its conditions read.
 */
@Entity
@Table(name = "approvals")
public class Approval {

    public enum Status {
        PENDING,
        COMPLETED,
        REJECTED
    }

    @Id
    private UUID id;

    @Column(name = "document_type")
    private String documentType;

    @Column(name = "document_id")
    private UUID documentId;

    private String reference;

    @Column(name = "requested_by")
    private UUID requestedBy;

    private String workflow;

    @Column(name = "workflow_version")
    private int workflowVersion;

    private String status;
    private int level;

    @Column(name = "level_started_at")
    private Instant levelStartedAt;

    @Column(name = "escalated_to_user")
    private UUID escalatedToUser;

    @Column(name = "escalated_to_role")
    private String escalatedToRole;

    private String fields;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Column(name = "completed_at")
    private Instant completedAt;

    @Version
    private long version;

    protected Approval() {}

    Approval(
            String documentType,
            UUID documentId,
            String reference,
            UUID requestedBy,
            String workflowJson,
            int workflowVersion,
            String fieldsJson,
            Instant now) {
        this.id = UUID.randomUUID();
        this.documentType = documentType;
        this.documentId = documentId;
        this.reference = reference;
        this.requestedBy = requestedBy;
        this.workflow = workflowJson;
        this.workflowVersion = workflowVersion;
        this.fields = fieldsJson;
        this.status = "pending";
        this.createdAt = now;
        this.updatedAt = now;
    }

    void enterLevel(int index, Instant now) {
        this.level = index;
        this.levelStartedAt = now;
        this.escalatedToUser = null;
        this.escalatedToRole = null;
        this.updatedAt = now;
    }

    void escalate(UUID toUser, String toRole, Instant now) {
        this.escalatedToUser = toUser;
        this.escalatedToRole = toRole;
        this.levelStartedAt = now;
        this.updatedAt = now;
    }

    void complete(Instant now) {
        this.status = "completed";
        this.completedAt = now;
        this.updatedAt = now;
    }

    void reject(Instant now) {
        this.status = "rejected";
        this.completedAt = now;
        this.updatedAt = now;
    }

    public boolean isPending() {
        return "pending".equals(status);
    }

    public boolean isEscalated() {
        return escalatedToUser != null || escalatedToRole != null;
    }

    public UUID id() {
        return id;
    }

    public String documentType() {
        return documentType;
    }

    public UUID documentId() {
        return documentId;
    }

    public String reference() {
        return reference;
    }

    public UUID requestedBy() {
        return requestedBy;
    }

    String workflowJson() {
        return workflow;
    }

    public int workflowVersion() {
        return workflowVersion;
    }

    public String status() {
        return status;
    }

    /** The current level, from 0. */
    public int level() {
        return level;
    }

    public Instant levelStartedAt() {
        return levelStartedAt;
    }

    public UUID escalatedToUser() {
        return escalatedToUser;
    }

    public String escalatedToRole() {
        return escalatedToRole;
    }

    String fieldsJson() {
        return fields;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public Instant completedAt() {
        return completedAt;
    }
}
