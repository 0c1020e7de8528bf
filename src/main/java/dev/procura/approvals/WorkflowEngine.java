package dev.procura.approvals;

import dev.procura.approvals.WorkflowInstanceViews.HistoryView;
import dev.procura.approvals.WorkflowInstanceViews.InstanceView;
import dev.procura.approvals.WorkflowInstanceViews.TransitionView;
import dev.procura.platform.approvals.ApprovalSubject;
import dev.procura.platform.events.TenantOutbox;
import dev.procura.platform.failures.Failure;
import dev.procura.platform.failures.ProblemType;
import dev.procura.platform.security.Caller;
import dev.procura.platform.tenancy.TenantContext;
import dev.procura.platform.tenancy.TenantTransactions;
import dev.procura.platform.tenancy.TenantTx;
import dev.procura.platform.workflows.WorkflowGate;
import dev.procura.platform.workflows.WorkflowSubject;
import dev.procura.platform.workflows.WorkflowSubjects;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Runs records through their state workflow: which transitions the caller may take now, taking
 * one (at once, or once its approval chain approves), the history, and the gate other
 * capabilities ask before an action that needs a final state (paying an invoice, sending an RFQ).
 * A record's instance starts at its first transition with the active version and keeps it.
 */
@ApplicationScoped
public class WorkflowEngine implements WorkflowGate {

    @Inject
    TenantTransactions tenantData;

    @Inject
    TenantContext tenant;

    @Inject
    WorkflowSubjectTypes subjects;

    @Inject
    ApprovalRepository definitions;

    @Inject
    WorkflowInstanceRepository instances;

    @Inject
    ApprovalEngine approvals;

    @Inject
    TenantOutbox outbox;

    /** A record, its instance if started, and the workflow it follows (the instance's version, else the active one). */
    private record Run(WorkflowSubject subject, Optional<WorkflowInstance> instance, Workflow workflow) {

        String state() {
            return instance.map(WorkflowInstance::state)
                    .orElseGet(() -> workflow.initialState().name());
        }

        boolean isAwaitingApproval() {
            return instance.map(WorkflowInstance::isAwaitingApproval).orElse(false);
        }
    }

    public InstanceView workflow(String segment, UUID id) {
        WorkflowSubjects port = subjects.atPath(segment);
        return tenantData.call(tx -> view(tx, run(tx, port, id)));
    }

    /** The transitions the caller may take now: from the current state, allowed to them, condition true. */
    public List<TransitionView> available(String segment, UUID id) {
        WorkflowSubjects port = subjects.atPath(segment);
        return tenantData.call(tx -> {
            Run run = run(tx, port, id);
            if (run.isAwaitingApproval()) {
                return List.of();
            }
            return run.workflow().transitions().stream()
                    .filter(t -> t.from().equals(run.state()))
                    .filter(this::mayTake)
                    .filter(t -> holds(t, run.subject()))
                    .map(TransitionView::of)
                    .toList();
        });
    }

    /** Takes transition {@code name}: moves the record, or starts the transition's approval chain. */
    public InstanceView take(Caller caller, String segment, UUID id, String name, String comment) {
        WorkflowSubjects port = subjects.atPath(segment);
        return tenantData.call(tx -> {
            EntityManager em = tx.em();
            Run run = run(tx, port, id);
            WorkflowTransition transition = run.workflow()
                    .transition(name)
                    .orElseThrow(() ->
                            new Failure.NotFound("Version " + run.workflow().version() + " of the " + port.entityType()
                                    + " workflow has no transition " + name));
            if (!mayTake(transition)) {
                throw new Failure.Forbidden(
                        ProblemType.TRANSITION_FORBIDDEN,
                        "Role " + tenant.role() + " may not take " + name + describeAccess(transition));
            }
            check(run, transition);
            if (transition.needsComment() && (comment == null || comment.isBlank())) {
                throw new Failure.InvalidInput("comment", "is required for the transition " + name);
            }
            boolean toFinal = run.workflow().isFinal(transition.to());
            port.entering(tx, id, transition.to(), toFinal);
            WorkflowInstance instance =
                    run.instance().orElseGet(() -> start(tx, port.entityType(), id, run.workflow()));
            if (transition.needsApproval()) {
                instance.await(name, null, comment, caller.userId(), tx.now());
                write(em);
                requestApproval(tx, caller, run, instance, transition, comment);
            } else {
                instance.moveTo(transition.to(), tx.now());
                write(em);
                port.entered(tx, id, transition.to(), toFinal);
                transitioned(tx, caller.userId(), run.subject(), instance, transition, comment, null);
            }
            return view(tx, new Run(run.subject(), Optional.of(instance), run.workflow()));
        });
    }

    /** The approval chain of the instance's pending transition approved: the transition happens. */
    void completePending(TenantTx tx, UUID instanceId, UUID decidedBy) {
        WorkflowInstance instance = tx.em().find(WorkflowInstance.class, instanceId);
        Workflow workflow = pinned(tx.em(), instance);
        WorkflowTransition transition =
                workflow.transition(instance.pendingTransition()).orElseThrow();
        UUID askedBy = instance.pendingBy();
        String comment = instance.pendingComment();
        UUID approvalId = instance.pendingApprovalId();
        boolean toFinal = workflow.isFinal(transition.to());
        Optional<WorkflowSubjects> port = subjects.of(instance.entityType());
        port.ifPresent(p -> p.entering(tx, instance.entityId(), transition.to(), toFinal));
        instance.moveTo(transition.to(), tx.now());
        port.ifPresent(p -> p.entered(tx, instance.entityId(), transition.to(), toFinal));
        WorkflowSubject subject = subjectOf(tx, instance);
        transitioned(tx, askedBy, subject, instance, transition, comment, approvalId);
    }

    /** The approval chain was rejected: the record stays where it is, and may try again. */
    void abandonPending(TenantTx tx, UUID instanceId, UUID decidedBy, String feedback) {
        WorkflowInstance instance = tx.em().find(WorkflowInstance.class, instanceId);
        Workflow workflow = pinned(tx.em(), instance);
        WorkflowTransition transition =
                workflow.transition(instance.pendingTransition()).orElseThrow();
        UUID approvalId = instance.pendingApprovalId();
        instance.abandonPending(tx.now());
        tx.em()
                .persist(new WorkflowHistoryEntry(
                        instance,
                        WorkflowHistoryEntry.APPROVAL_REJECTED,
                        transition,
                        decidedBy,
                        feedback,
                        approvalId,
                        tx.now()));
        Map<String, Object> data = eventData(subjectOf(tx, instance), instance, transition);
        data.put("approval_id", approvalId);
        outbox.publish(tx, "workflow.transition_rejected", instance.entityId().toString(), decidedBy, data);
    }

    @Override
    public void requireFinal(TenantTx tx, String entityType, UUID id, String action) {
        EntityManager em = tx.em();
        Optional<WorkflowInstance> instance = instances.of(em, entityType, id);
        String state;
        if (instance.isPresent()) {
            if (pinned(em, instance.get()).isFinal(instance.get().state())) {
                return;
            }
            state = instance.get().state();
        } else {
            Optional<WorkflowDefinition> active = definitions.activeDefinition(em, entityType);
            if (active.isEmpty() || active.get().statesJson() == null) {
                return;
            }
            state = Workflows.workflow(active.get()).initialState().name();
        }
        throw new Failure.Conflict(
                ProblemType.WORKFLOW_NOT_FINAL,
                "The " + entityType + "'s workflow is at " + state + "; it cannot be " + action
                        + " before its workflow reaches a final state",
                Map.of("current_state", state));
    }

    @Override
    public Optional<String> state(TenantTx tx, String entityType, UUID id) {
        EntityManager em = tx.em();
        Optional<WorkflowInstance> instance = instances.of(em, entityType, id);
        if (instance.isPresent()) {
            return instance.map(WorkflowInstance::state);
        }
        return definitions
                .activeDefinition(em, entityType)
                .filter(d -> d.statesJson() != null)
                .map(d -> Workflows.workflow(d).initialState().name());
    }

    private Run run(TenantTx tx, WorkflowSubjects port, UUID id) {
        EntityManager em = tx.em();
        WorkflowSubject subject = port.subject(tx, id)
                .orElseThrow(() -> new Failure.NotFound("No " + port.entityType() + " " + id + " in this tenant"));
        Optional<WorkflowInstance> instance = instances.of(em, port.entityType(), id);
        Workflow workflow = instance.map(i -> pinned(em, i))
                .orElseGet(() -> definitions
                        .activeDefinition(em, port.entityType())
                        .map(Workflows::workflow)
                        .filter(Workflow::hasStates)
                        .orElseThrow(() -> new Failure.NotFound(
                                "No workflow is defined for " + port.pathSegment() + " in this tenant")));
        return new Run(subject, instance, workflow);
    }

    private static Workflow pinned(EntityManager em, WorkflowInstance instance) {
        return Workflows.workflow(em.find(WorkflowDefinition.class, instance.definitionId()));
    }

    private WorkflowSubject subjectOf(TenantTx tx, WorkflowInstance instance) {
        return subjects.of(instance.entityType())
                .flatMap(port -> port.subject(tx, instance.entityId()))
                .orElseGet(() -> new WorkflowSubject(instance.entityType(), instance.entityId(), null, Map.of()));
    }

    private static WorkflowInstance start(TenantTx tx, String entityType, UUID id, Workflow workflow) {
        WorkflowInstance instance = new WorkflowInstance(
                entityType,
                id,
                workflow.id(),
                workflow.version(),
                workflow.initialState().name(),
                tx.now());
        tx.em().persist(instance);
        return instance;
    }

    /** Why the transition cannot be taken from where the record is, as a 409 that says which. */
    private static void check(Run run, WorkflowTransition transition) {
        if (run.isAwaitingApproval()) {
            throw new Failure.Conflict(
                    ProblemType.TRANSITION_PENDING,
                    "The transition " + run.instance().orElseThrow().pendingTransition()
                            + " is waiting for its approval; no other transition can be taken meanwhile",
                    Map.of("current_state", run.state()));
        }
        if (!transition.from().equals(run.state())) {
            throw new Failure.Conflict(
                    ProblemType.TRANSITION_NOT_AVAILABLE,
                    "The record is at " + run.state() + "; " + transition.name() + " leaves " + transition.from(),
                    Map.of("current_state", run.state()));
        }
        if (!holds(transition, run.subject())) {
            throw new Failure.Conflict(
                    ProblemType.TRANSITION_CONDITION_FALSE,
                    "The condition of " + transition.name() + " does not hold: " + transition.condition(),
                    Map.of("current_state", run.state(), "condition", transition.condition()));
        }
    }

    /** The caller holds the transition's permission or one of its roles; a transition naming neither is open. */
    private boolean mayTake(WorkflowTransition transition) {
        if (transition.restrictsNoOne()) {
            return true;
        }
        boolean byPermission =
                transition.permission() != null && tenant.permissions().contains(transition.permission());
        boolean byRole = transition.roles() != null && transition.roles().contains(tenant.role());
        return byPermission || byRole;
    }

    private static String describeAccess(WorkflowTransition transition) {
        StringBuilder needs = new StringBuilder("; it needs");
        if (transition.permission() != null) {
            needs.append(" the permission ").append(transition.permission());
        }
        if (transition.roles() != null && !transition.roles().isEmpty()) {
            needs.append(transition.permission() != null ? " or" : "")
                    .append(" a role of ")
                    .append(transition.roles());
        }
        return needs.toString();
    }

    /** A condition that cannot be evaluated on the record (e.g. text compared with a number) does not hold. */
    private static boolean holds(WorkflowTransition transition, WorkflowSubject subject) {
        if (transition.condition() == null || transition.condition().isBlank()) {
            return true;
        }
        try {
            return Condition.parse(transition.condition()).test(subject.fields());
        } catch (Condition.Invalid e) {
            return false;
        }
    }

    /** Writes the instance now: of two transitions at once, the second is a conflict, not a failure. */
    private static void write(EntityManager em) {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw changedMeanwhile();
        } catch (PersistenceException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof OptimisticLockException
                        || t instanceof org.eclipse.persistence.exceptions.OptimisticLockException
                        || (t instanceof java.sql.SQLException sql && "23505".equals(sql.getSQLState()))) {
                    throw changedMeanwhile();
                }
            }
            throw e;
        }
    }

    private static Failure changedMeanwhile() {
        return new Failure.Conflict(
                ProblemType.WORKFLOW_INSTANCE_CHANGED,
                "Another transition of this record was taken at the same time; read its workflow and try again");
    }

    private void requestApproval(
            TenantTx tx,
            Caller caller,
            Run run,
            WorkflowInstance instance,
            WorkflowTransition transition,
            String comment) {
        ApprovalSubject subject = new ApprovalSubject(
                TransitionApprovals.TYPE,
                instance.id(),
                reference(run.subject(), transition),
                caller.userId(),
                run.subject().fields());
        tx.em()
                .persist(new WorkflowHistoryEntry(
                        instance,
                        WorkflowHistoryEntry.APPROVAL_REQUESTED,
                        transition,
                        caller.userId(),
                        comment,
                        null,
                        tx.now()));
        Approval approval = approvals.start(tx, subject, run.workflow().chainOf(transition));
        if (instance.isAwaitingApproval()) {
            instance.await(transition.name(), approval.id(), comment, caller.userId(), tx.now());
            Map<String, Object> data = eventData(run.subject(), instance, transition);
            data.put("approval_id", approval.id());
            outbox.publish(
                    tx, "workflow.transition_requested", instance.entityId().toString(), caller.userId(), data);
        }
    }

    private static String reference(WorkflowSubject subject, WorkflowTransition transition) {
        String reference =
                (subject.reference() == null ? subject.entityType() : subject.reference()) + " " + transition.name();
        return reference.length() > 60 ? reference.substring(0, 60) : reference;
    }

    private void transitioned(
            TenantTx tx,
            UUID actor,
            WorkflowSubject subject,
            WorkflowInstance instance,
            WorkflowTransition transition,
            String comment,
            UUID approvalId) {
        tx.em()
                .persist(new WorkflowHistoryEntry(
                        instance, WorkflowHistoryEntry.TRANSITIONED, transition, actor, comment, approvalId, tx.now()));
        Map<String, Object> data = eventData(subject, instance, transition);
        if (comment != null) {
            data.put("comment", comment);
        }
        if (approvalId != null) {
            data.put("approval_id", approvalId);
        }
        outbox.publish(tx, "workflow.transitioned", instance.entityId().toString(), actor, data);
    }

    private static Map<String, Object> eventData(
            WorkflowSubject subject, WorkflowInstance instance, WorkflowTransition transition) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("instance_id", instance.id());
        data.put("entity_type", instance.entityType());
        data.put("entity_id", instance.entityId());
        data.put("reference", subject.reference() == null ? "" : subject.reference());
        data.put("transition", transition.name());
        data.put("from", transition.from());
        data.put("to", transition.to());
        data.put("workflow_version", instance.workflowVersion());
        return data;
    }

    private InstanceView view(TenantTx tx, Run run) {
        WorkflowInstance instance = run.instance().orElse(null);
        List<HistoryView> history = instance == null
                ? List.of()
                : instances.history(tx.em(), instance.id()).stream()
                        .map(HistoryView::of)
                        .toList();
        return new InstanceView(
                run.subject().entityType(),
                run.subject().id(),
                run.subject().reference(),
                instance == null ? null : instance.id(),
                run.workflow().id(),
                run.workflow().version(),
                run.state(),
                run.workflow().isFinal(run.state()),
                instance == null ? null : instance.pendingTransition(),
                instance == null ? null : instance.pendingApprovalId(),
                history);
    }
}
