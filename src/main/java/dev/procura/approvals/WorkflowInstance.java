package dev.procura.approvals;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/**
 * One record's way through a state workflow: the definition version it started with (kept when
 * newer versions are published or the type's workflow is retired), its current state and the
 * transition whose approval chain is under way. Optimistically versioned: of two transitions
 * taken at once, one wins and the other is a conflict.
 */
@Entity
@Table(name = "workflow_instances")
public class WorkflowInstance {

    @Id
    private UUID id;

    @Column(name = "entity_type")
    private String entityType;

    @Column(name = "entity_id")
    private UUID entityId;

    @Column(name = "definition_id")
    private UUID definitionId;

    @Column(name = "workflow_version")
    private int workflowVersion;

    private String state;

    @Column(name = "pending_transition")
    private String pendingTransition;

    @Column(name = "pending_approval_id")
    private UUID pendingApprovalId;

    @Column(name = "pending_comment")
    private String pendingComment;

    @Column(name = "pending_by")
    private UUID pendingBy;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Version
    private long version;

    protected WorkflowInstance() {}

    WorkflowInstance(
            String entityType,
            UUID entityId,
            UUID definitionId,
            int workflowVersion,
            String initialState,
            Instant now) {
        this.id = UUID.randomUUID();
        this.entityType = entityType;
        this.entityId = entityId;
        this.definitionId = definitionId;
        this.workflowVersion = workflowVersion;
        this.state = initialState;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** Moves to {@code to}; any pending approval is over. */
    void moveTo(String to, Instant now) {
        this.state = to;
        clearPending();
        this.updatedAt = now;
    }

    /** A transition waits for its approval chain; the state stays until the chain approves. */
    void await(String transition, UUID approvalId, String comment, UUID by, Instant now) {
        this.pendingTransition = transition;
        this.pendingApprovalId = approvalId;
        this.pendingComment = comment;
        this.pendingBy = by;
        this.updatedAt = now;
    }

    /** The approval was rejected: the state stays, and transitions are open again. */
    void abandonPending(Instant now) {
        clearPending();
        this.updatedAt = now;
    }

    private void clearPending() {
        this.pendingTransition = null;
        this.pendingApprovalId = null;
        this.pendingComment = null;
        this.pendingBy = null;
    }

    public boolean isAwaitingApproval() {
        return pendingTransition != null;
    }

    public UUID id() {
        return id;
    }

    public String entityType() {
        return entityType;
    }

    public UUID entityId() {
        return entityId;
    }

    public UUID definitionId() {
        return definitionId;
    }

    public int workflowVersion() {
        return workflowVersion;
    }

    public String state() {
        return state;
    }

    public String pendingTransition() {
        return pendingTransition;
    }

    public UUID pendingApprovalId() {
        return pendingApprovalId;
    }

    public String pendingComment() {
        return pendingComment;
    }

    public UUID pendingBy() {
        return pendingBy;
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
