package dev.procura.approvals;

import dev.procura.platform.approvals.ApprovableDocuments;
import dev.procura.platform.approvals.ApprovalSubject;
import dev.procura.platform.tenancy.TenantTx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Workflow transitions with an approval chain, as the approval engine sees them: the "document"
 * is the workflow instance; approval completes the transition, rejection keeps the state.
 * Started only by the workflow engine, never by hand.
 */
@ApplicationScoped
public class TransitionApprovals implements ApprovableDocuments {

    public static final String TYPE = "workflow_transition";

    @Inject
    WorkflowEngine engine;

    @Override
    public String documentType() {
        return TYPE;
    }

    @Override
    public Set<String> fieldNames() {
        return Set.of();
    }

    @Override
    public Optional<ApprovalSubject> subject(TenantTx tx, UUID documentId) {
        return Optional.empty();
    }

    @Override
    public void approved(TenantTx tx, UUID instanceId, UUID decidedBy) {
        engine.completePending(tx, instanceId, decidedBy);
    }

    @Override
    public void rejected(TenantTx tx, UUID instanceId, UUID decidedBy, String feedback) {
        engine.abandonPending(tx, instanceId, decidedBy, feedback);
    }
}
