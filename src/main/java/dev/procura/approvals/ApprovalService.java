package dev.procura.approvals;

import dev.procura.approvals.ApprovalViews.ApprovalView;
import dev.procura.approvals.ApprovalViews.HistoryView;
import dev.procura.platform.approvals.ApprovalSubject;
import dev.procura.platform.failures.Failure;
import dev.procura.platform.failures.ProblemType;
import dev.procura.platform.security.Caller;
import dev.procura.platform.tenancy.TenantTransactions;
import dev.procura.platform.tenancy.TenantTx;
import dev.procura.platform.web.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Starting approvals by hand, and reading them: lists, one's pending work, history. */
@ApplicationScoped
public class ApprovalService {

    @Inject
    TenantTransactions tenantData;

    @Inject
    ApprovalRepository repository;

    @Inject
    ApprovalEngine engine;

    @Inject
    Approvers approvers;

    /**
     * Starts an approval for a document that is waiting for one (e.g. submitted before workflows
     * existed); submitting a purchase order starts its approval by itself.
     */
    public ApprovalView start(Caller caller, WorkflowRequests.Start request) {
        return tenantData.call(tx -> {
            EntityManager em = tx.em();
            ApprovalSubject subject = engine.documentsOf(request.documentType())
                    .subject(tx, request.documentId())
                    .orElseThrow(() -> new Failure.InvalidInput(
                            "document_id", "is not a " + request.documentType() + " of this tenant"));
            if (repository
                    .open(em, request.documentType(), request.documentId())
                    .isPresent()) {
                throw new Failure.Conflict(
                        ProblemType.APPROVAL_EXISTS, subject.reference() + " already has an approval under way");
            }
            ApprovalSubject asked = subject.requestedBy() == null
                    ? new ApprovalSubject(
                            subject.documentType(),
                            subject.documentId(),
                            subject.reference(),
                            caller.userId(),
                            subject.fields())
                    : subject;
            return view(tx, engine.start(tx, asked));
        });
    }

    public Page<ApprovalView> list(String status, String documentType, String sort, int page, int perPage) {
        return tenantData.call(tx -> new Page<>(
                repository.list(tx.em(), status, documentType, sort, (page - 1) * perPage, perPage).stream()
                        .map(a -> view(tx, a))
                        .toList(),
                page,
                perPage,
                repository.count(tx.em(), status, documentType)));
    }

    public ApprovalView get(UUID id) {
        return tenantData.call(tx -> view(tx, existing(tx.em(), id)));
    }

    /** Approvals waiting at their current level for the caller, directly or as a delegate. */
    public List<ApprovalView> pendingFor(Caller caller) {
        return tenantData.call(tx -> {
            EntityManager em = tx.em();
            List<ApprovalView> mine = new ArrayList<>();
            for (Approval approval : repository.pending(em)) {
                WorkflowLevel level = level(approval);
                boolean decided = repository.decisions(em, approval.id(), approval.level()).stream()
                        .anyMatch(s -> s.actorId().equals(caller.userId()));
                if (!decided
                        && approvers
                                .standingOf(tx, approval, level, caller.userId())
                                .isPresent()) {
                    mine.add(view(tx, approval));
                }
            }
            return mine;
        });
    }

    public List<HistoryView> history(UUID id) {
        return tenantData.call(tx -> {
            EntityManager em = tx.em();
            existing(em, id);
            return repository.history(em, id).stream().map(HistoryView::of).toList();
        });
    }

    ApprovalView view(TenantTx tx, Approval a) {
        UUID tenantId = tx.tenantId();
        Workflow workflow = Workflows.JSON.fromJson(a.workflowJson(), Workflow.class);
        WorkflowLevel level =
                workflow.levels().isEmpty() ? null : workflow.levels().get(a.level());
        Set<UUID> current = a.isPending() && level != null ? approvers.of(a, level, tenantId) : Set.of();
        var dueAt = a.isPending()
                        && level != null
                        && level.sla() != null
                        && !level.sla().isBlank()
                ? a.levelStartedAt().plus(Duration.parse(level.sla()))
                : null;
        return new ApprovalView(
                a.id(),
                a.documentType(),
                a.documentId(),
                a.reference(),
                a.status(),
                a.level() + 1,
                level == null ? null : level.name(),
                workflow.levels().size(),
                a.workflowVersion(),
                a.requestedBy(),
                List.copyOf(current),
                a.escalatedToUser(),
                a.escalatedToRole(),
                a.levelStartedAt(),
                dueAt,
                a.createdAt(),
                a.updatedAt(),
                a.completedAt());
    }

    private static WorkflowLevel level(Approval approval) {
        return Workflows.JSON
                .fromJson(approval.workflowJson(), Workflow.class)
                .levels()
                .get(approval.level());
    }

    private static Approval existing(EntityManager em, UUID id) {
        Approval approval = em.find(Approval.class, id);
        if (approval == null) {
            throw new Failure.NotFound("No approval " + id + " in this tenant");
        }
        return approval;
    }
}
