package dev.procura.approvals;

import dev.procura.platform.approvals.ApprovableDocuments;
import dev.procura.platform.approvals.ApprovalPort;
import dev.procura.platform.approvals.ApprovalSubject;
import dev.procura.platform.events.TenantOutbox;
import dev.procura.platform.failures.Failure;
import dev.procura.platform.tenancy.TenantTx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Runs approvals through their workflow: starts one when a document is submitted (it is the
 * platform's approval port), moves it level by level, skips levels whose condition does not
 * hold, and hands the outcome back to the document. Decisions are in {@link ApprovalDecisions}.
 */
@ApplicationScoped
public class ApprovalEngine implements ApprovalPort {

    @Inject
    Clock clock;

    @Inject
    Workflows workflows;

    @Inject
    Approvers approvers;

    @Inject
    ApprovalDeadlines deadlines;

    @Inject
    TenantOutbox outbox;

    @Inject
    @Any
    Instance<ApprovableDocuments> documents;

    /** Called when a document is submitted, in its transaction. */
    @Override
    public void requested(TenantTx tx, ApprovalSubject subject) {
        start(tx, subject);
    }

    Approval start(TenantTx tx, ApprovalSubject subject) {
        return start(tx, subject, workflows.current(tx.em(), subject.documentType()));
    }

    /** Starts an approval that follows {@code workflow}, e.g. the approval chain of a workflow transition. */
    Approval start(TenantTx tx, ApprovalSubject subject, Workflow workflow) {
        EntityManager em = tx.em();
        Approval approval = new Approval(
                subject.documentType(),
                subject.documentId(),
                subject.reference(),
                subject.requestedBy(),
                Workflows.JSON.toJson(workflow),
                workflow.version(),
                Workflows.JSON.toJson(subject.fields()),
                clock.instant());
        em.persist(approval);
        em.persist(new ApprovalStep(approval.id(), 0, "requested", subject.requestedBy(), null, null, clock.instant()));
        advance(tx, approval, workflow, 0, subject.requestedBy());
        return approval;
    }

    /** Enters the first level from {@code from} whose condition holds, or completes the approval. */
    void advance(TenantTx tx, Approval approval, Workflow workflow, int from, UUID actor) {
        EntityManager em = tx.em();
        UUID tenantId = tx.tenantId();
        Map<String, Object> fields = Workflows.fields(approval);
        for (int index = from; index < workflow.levels().size(); index++) {
            WorkflowLevel level = workflow.levels().get(index);
            if (level.condition() != null
                    && !level.condition().isBlank()
                    && !Condition.parse(level.condition()).test(fields)) {
                em.persist(new ApprovalStep(
                        approval.id(),
                        index,
                        "skipped",
                        null,
                        null,
                        "condition does not hold: " + level.condition(),
                        clock.instant()));
                continue;
            }
            approval.enterLevel(index, clock.instant());
            armDeadline(tenantId, approval, level);
            Set<UUID> recipients = approvers.recipients(tx, approval, level);
            publish(
                    tx,
                    "approval.requested",
                    approval,
                    actor,
                    Map.of("recipients", List.copyOf(recipients), "level_name", level.name()));
            return;
        }
        complete(tx, approval, actor);
    }

    private void complete(TenantTx tx, Approval approval, UUID actor) {
        EntityManager em = tx.em();
        UUID tenantId = tx.tenantId();
        approval.complete(clock.instant());
        em.persist(new ApprovalStep(approval.id(), approval.level(), "completed", actor, null, null, clock.instant()));
        deadlines.disarm(tenantId, approval.id());
        documentsOf(approval.documentType()).approved(tx, approval.documentId(), actor);
        publish(tx, "approval.completed", approval, actor, Map.of("recipients", requester(approval)));
    }

    void disarm(UUID tenantId, UUID approvalId) {
        deadlines.disarm(tenantId, approvalId);
    }

    void armDeadline(UUID tenantId, Approval approval, WorkflowLevel level) {
        if (level.sla() == null || level.sla().isBlank()) {
            deadlines.disarm(tenantId, approval.id());
            return;
        }
        deadlines.arm(
                tenantId,
                approval.id(),
                approval.level(),
                approval.levelStartedAt().plus(Duration.parse(level.sla())));
    }

    ApprovableDocuments documentsOf(String documentType) {
        return documents.stream()
                .filter(d -> d.documentType().equals(documentType))
                .findFirst()
                .orElseThrow(() -> new Failure.InvalidInput("document_type", "must be one of " + documentTypes()));
    }

    /** The approvable document types, less workflow transitions (their chains are defined with the transition). */
    List<String> documentTypes() {
        return documents.stream()
                .map(ApprovableDocuments::documentType)
                .filter(type -> !TransitionApprovals.TYPE.equals(type))
                .sorted()
                .toList();
    }

    static List<UUID> requester(Approval approval) {
        return approval.requestedBy() == null ? List.of() : List.of(approval.requestedBy());
    }

    /** An approval event on the tenant outbox, with what notifications need to word it. */
    void publish(TenantTx tx, String type, Approval approval, UUID actor, Map<String, Object> extra) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("approval_id", approval.id());
        data.put("document_type", approval.documentType());
        data.put("document_id", approval.documentId());
        data.put("reference", approval.reference() == null ? "" : approval.reference());
        data.put("level", approval.level() + 1);
        if (approval.requestedBy() != null) {
            data.put("requested_by", approval.requestedBy());
        }
        data.putAll(extra);
        outbox.publish(tx, type, approval.id().toString(), actor, data);
    }
}
