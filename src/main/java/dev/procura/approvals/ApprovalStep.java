package dev.procura.approvals;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One line of an approval's history: who did what at which level, when, and for whom. */
@Entity
@Table(name = "approval_steps")
public class ApprovalStep {

    @Id
    private UUID id;

    @Column(name = "approval_id")
    private UUID approvalId;

    private int level;
    private String action;

    @Column(name = "actor_id")
    private UUID actorId;

    @Column(name = "on_behalf_of")
    private UUID onBehalfOf;

    private String comment;

    @Column(name = "created_at")
    private Instant createdAt;

    protected ApprovalStep() {}

    ApprovalStep(
            UUID approvalId, int level, String action, UUID actorId, UUID onBehalfOf, String comment, Instant now) {
        this.id = UUID.randomUUID();
        this.approvalId = approvalId;
        this.level = level;
        this.action = action;
        this.actorId = actorId;
        this.onBehalfOf = onBehalfOf;
        this.comment = comment;
        this.createdAt = now;
    }

    /** Whose decision this is: the approver a delegate stood in for, or the actor. */
    public UUID decider() {
        return onBehalfOf != null ? onBehalfOf : actorId;
    }

    public UUID id() {
        return id;
    }

    public UUID approvalId() {
        return approvalId;
    }

    public int level() {
        return level;
    }

    public String action() {
        return action;
    }

    public UUID actorId() {
        return actorId;
    }

    public UUID onBehalfOf() {
        return onBehalfOf;
    }

    public String comment() {
        return comment;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
