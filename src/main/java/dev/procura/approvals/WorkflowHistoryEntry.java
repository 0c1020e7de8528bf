package dev.procura.approvals;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One thing that happened to a workflow instance: a transition taken, or its approval requested or rejected. */
@Entity
@Table(name = "workflow_history")
public class WorkflowHistoryEntry {

    public static final String TRANSITIONED = "transitioned";
    public static final String APPROVAL_REQUESTED = "approval_requested";
    public static final String APPROVAL_REJECTED = "approval_rejected";

    @Id
    private UUID id;

    @Column(name = "instance_id")
    private UUID instanceId;

    private String action;
    private String transition;

    @Column(name = "from_state")
    private String fromState;

    @Column(name = "to_state")
    private String toState;

    @Column(name = "actor_id")
    private UUID actorId;

    private String comment;

    @Column(name = "workflow_version")
    private int workflowVersion;

    @Column(name = "approval_id")
    private UUID approvalId;

    @Column(name = "created_at")
    private Instant createdAt;

    protected WorkflowHistoryEntry() {}

    WorkflowHistoryEntry(
            WorkflowInstance instance,
            String action,
            WorkflowTransition transition,
            UUID actorId,
            String comment,
            UUID approvalId,
            Instant now) {
        this.id = UUID.randomUUID();
        this.instanceId = instance.id();
        this.action = action;
        this.transition = transition.name();
        this.fromState = transition.from();
        this.toState = transition.to();
        this.actorId = actorId;
        this.comment = comment;
        this.workflowVersion = instance.workflowVersion();
        this.approvalId = approvalId;
        this.createdAt = now;
    }

    public UUID id() {
        return id;
    }

    public String action() {
        return action;
    }

    public String transition() {
        return transition;
    }

    public String fromState() {
        return fromState;
    }

    public String toState() {
        return toState;
    }

    public UUID actorId() {
        return actorId;
    }

    public String comment() {
        return comment;
    }

    public int workflowVersion() {
        return workflowVersion;
    }

    public UUID approvalId() {
        return approvalId;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
