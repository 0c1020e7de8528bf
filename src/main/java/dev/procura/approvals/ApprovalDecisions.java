package dev.procura.approvals;

import dev.procura.platform.failures.Failure;
import dev.procura.platform.failures.ProblemType;
import dev.procura.platform.security.Caller;
import dev.procura.platform.tenancy.TenantContext;
import dev.procura.platform.tenancy.TenantPeople;
import dev.procura.platform.tenancy.TenantTransactions;
import dev.procura.platform.tenancy.TenantTx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Approve, reject, escalate. Each decision locks its approval row first, so two approvers
 * deciding at the same moment are taken one after the other and give exactly one outcome.
 */
@ApplicationScoped
public class ApprovalDecisions {

    @Inject
    Clock clock;

    @Inject
    TenantTransactions tenantData;

    @Inject
    TenantContext tenant;

    @Inject
    TenantPeople people;

    @Inject
    ApprovalRepository repository;

    @Inject
    Approvers approvers;

    @Inject
    ApprovalEngine engine;

    @Inject
    ApprovalService approvals;

    public ApprovalViews.ApprovalView approve(Caller caller, UUID id, String comment) {
        return recordingSelfApproval(caller, id, "approved", () -> approveNow(caller, id, comment));
    }

    public ApprovalViews.ApprovalView reject(Caller caller, UUID id, String feedback) {
        return recordingSelfApproval(caller, id, "rejected", () -> rejectNow(caller, id, feedback));
    }

    /**
     * A requester deciding on their own request is refused, and the attempt is kept: an
     * {@code approval.self_approval_refused} event in a transaction of its own (the refused one
     * rolls back), for the audit trail's segregation-of-duties evidence.
     */
    private ApprovalViews.ApprovalView recordingSelfApproval(
            Caller caller, UUID id, String action, java.util.function.Supplier<ApprovalViews.ApprovalView> decision) {
        try {
            return decision.get();
        } catch (Failure refused) {
            if (refused.type() == ProblemType.SELF_APPROVAL) {
                tenantData.call(tx -> {
                    Approval approval = tx.em().find(Approval.class, id);
                    engine.publish(
                            tx,
                            "approval.self_approval_refused",
                            approval,
                            caller.userId(),
                            new java.util.HashMap<>(Map.of("attempted", action)));
                    return null;
                });
            }
            throw refused;
        }
    }

    private ApprovalViews.ApprovalView approveNow(Caller caller, UUID id, String comment) {
        UUID tenantId = tenant.tenantId();
        return tenantData.call(tx -> {
            EntityManager em = tx.em();
            Decision decision = decide(tx, caller, id, "approved", comment);
            Approval approval = decision.approval();
            engine.publish(tx, "approval.approved", approval, caller.userId(), decided(decision, comment));
            Set<UUID> approvedBy = repository.decisions(em, id, approval.level()).stream()
                    .filter(s -> s.action().equals("approved"))
                    .map(ApprovalStep::decider)
                    .collect(Collectors.toSet());
            if (LevelOutcome.isComplete(
                    decision.level(), approvers.of(approval, decision.level(), tenantId), approvedBy)) {
                engine.advance(tx, approval, decision.workflow(), approval.level() + 1, caller.userId());
            }
            return approvals.view(tx, approval);
        });
    }

    private ApprovalViews.ApprovalView rejectNow(Caller caller, UUID id, String feedback) {
        UUID tenantId = tenant.tenantId();
        return tenantData.call(tx -> {
            Decision decision = decide(tx, caller, id, "rejected", feedback);
            Approval approval = decision.approval();
            approval.reject(tx.now());
            engine.disarm(tenantId, id);
            engine.documentsOf(approval.documentType()).rejected(tx, approval.documentId(), caller.userId(), feedback);
            Map<String, Object> data = decided(decision, null);
            data.put("feedback", feedback);
            data.put("recipients", ApprovalEngine.requester(approval));
            engine.publish(tx, "approval.rejected", approval, caller.userId(), data);
            return approvals.view(tx, approval);
        });
    }

    private record Decision(Approval approval, Workflow workflow, WorkflowLevel level, Approvers.Standing standing) {}

    private Decision decide(TenantTx tx, Caller caller, UUID id, String action, String comment) {
        EntityManager em = tx.em();
        Approval approval = pending(em, id);
        if (caller.userId().equals(approval.requestedBy())) {
            throw new Failure.Forbidden(
                    ProblemType.SELF_APPROVAL, "The requester of " + approval.reference() + " cannot decide on it");
        }
        Workflow workflow = Workflows.JSON.fromJson(approval.workflowJson(), Workflow.class);
        WorkflowLevel level = workflow.levels().get(approval.level());
        Approvers.Standing standing = approvers
                .standingOf(tx, approval, level, caller.userId())
                .orElseThrow(() -> new Failure.Forbidden(
                        ProblemType.NOT_AN_APPROVER,
                        "You are not an approver of " + approval.reference() + " at level " + (approval.level() + 1)
                                + " (" + level.name() + ")"));
        UUID decider = standing.onBehalfOf() != null ? standing.onBehalfOf() : standing.decider();
        if (repository.decisions(em, id, approval.level()).stream()
                .anyMatch(s -> s.decider().equals(decider))) {
            throw new Failure.Conflict(
                    ProblemType.ALREADY_DECIDED,
                    "A decision for this approver was already recorded at level " + (approval.level() + 1));
        }
        em.persist(new ApprovalStep(
                id, approval.level(), action, caller.userId(), standing.onBehalfOf(), comment, clock.instant()));
        return new Decision(approval, workflow, level, standing);
    }

    private static Map<String, Object> decided(Decision decision, String comment) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("decided_by", decision.standing().decider());
        if (decision.standing().onBehalfOf() != null) {
            data.put("on_behalf_of", decision.standing().onBehalfOf());
        }
        if (comment != null) {
            data.put("comment", comment);
        }
        data.put("recipients", ApprovalEngine.requester(decision.approval()));
        return data;
    }

    /** Hands the current level to a user or role; the level's approvers or an escalating role may. */
    public ApprovalViews.ApprovalView escalate(Caller caller, UUID id, WorkflowRequests.Escalate request) {
        if ((request.toUserId() == null) == (request.toRole() == null)) {
            throw new Failure.InvalidInput("to_user_id", "give exactly one of to_user_id and to_role");
        }
        UUID tenantId = tenant.tenantId();
        return tenantData.call(tx -> {
            EntityManager em = tx.em();
            Approval approval = pending(em, id);
            Workflow workflow = Workflows.JSON.fromJson(approval.workflowJson(), Workflow.class);
            WorkflowLevel level = workflow.levels().get(approval.level());
            boolean approver =
                    approvers.standingOf(tx, approval, level, caller.userId()).isPresent();
            if (!approver && !workflow.escalateRoles().contains(tenant.role())) {
                throw new Failure.Forbidden(
                        ProblemType.NOT_AN_APPROVER,
                        "Only the level's approvers or the roles " + workflow.escalateRoles() + " may escalate");
            }
            checkTarget(tenantId, request.toUserId(), request.toRole());
            escalateTo(
                    tx,
                    approval,
                    level,
                    request.toUserId(),
                    request.toRole(),
                    caller.userId(),
                    request.reason(),
                    false);
            return approvals.view(tx, approval);
        });
    }

    /**
     * The SLA watch found the level's deadline passed. Re-checked here under the row lock: the
     * level may have moved on or been escalated since; then nothing happens.
     */
    boolean slaExpired(TenantTx tx, UUID approvalId, int levelIndex) {
        EntityManager em = tx.em();
        Approval approval = repository.locked(em, approvalId).orElse(null);
        if (approval == null || !approval.isPending() || approval.level() != levelIndex) {
            return false;
        }
        Workflow workflow = Workflows.JSON.fromJson(approval.workflowJson(), Workflow.class);
        WorkflowLevel level = workflow.levels().get(levelIndex);
        if (level.sla() == null
                || level.escalateTo() == null
                || approval.levelStartedAt().plus(Duration.parse(level.sla())).isAfter(clock.instant())) {
            return false;
        }
        escalateTo(
                tx,
                approval,
                level,
                level.escalateTo().userId(),
                level.escalateTo().role(),
                null,
                "SLA of " + level.sla() + " exceeded at level " + (levelIndex + 1),
                true);
        return true;
    }

    private void escalateTo(
            TenantTx tx,
            Approval approval,
            WorkflowLevel level,
            UUID toUser,
            String toRole,
            UUID actor,
            String reason,
            boolean automatic) {
        EntityManager em = tx.em();
        UUID tenantId = tx.tenantId();
        approval.escalate(toUser, toRole, clock.instant());
        em.persist(
                new ApprovalStep(approval.id(), approval.level(), "escalated", actor, null, reason, clock.instant()));
        if (!automatic) {
            // A fresh SLA for the new approvers; after an automatic escalation the watch drops the deadline itself.
            engine.armDeadline(tenantId, approval, level);
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("reason", reason);
        data.put("automatic", automatic);
        if (toUser != null) {
            data.put("escalated_to_user", toUser);
        }
        if (toRole != null) {
            data.put("escalated_to_role", toRole);
        }
        data.put("recipients", List.copyOf(approvers.recipients(tx, approval, level)));
        if (automatic) {
            data.put("sla_breached_notify", ApprovalEngine.requester(approval));
        }
        engine.publish(tx, "approval.escalated", approval, actor, data);
    }

    private void checkTarget(UUID tenantId, UUID toUser, String toRole) {
        if (toUser != null && people.members(tenantId, List.of(toUser)).isEmpty()) {
            throw new Failure.InvalidInput("to_user_id", "is not a member of this tenant");
        }
        if (toRole != null && people.withRole(tenantId, toRole).isEmpty()) {
            throw new Failure.InvalidInput("to_role", "no member of this tenant has that role");
        }
    }

    private Approval pending(EntityManager em, UUID id) {
        Approval approval = repository
                .locked(em, id)
                .orElseThrow(() -> new Failure.NotFound("No approval " + id + " in this tenant"));
        if (!approval.isPending()) {
            throw new Failure.Conflict(
                    ProblemType.APPROVAL_CLOSED,
                    "The approval of " + approval.reference() + " is " + approval.status(),
                    Map.of("current_status", approval.status()));
        }
        return approval;
    }
}
