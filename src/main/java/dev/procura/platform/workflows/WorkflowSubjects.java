package dev.procura.platform.workflows;

import dev.procura.platform.tenancy.TenantTx;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Implemented by each capability whose records follow a configurable workflow (invoices, RFQs,
 * and later NCRs, drawing approvals, change orders). The workflow engine reads records only
 * through this interface, never their tables; every call runs in the caller's tenant transaction.
 */
public interface WorkflowSubjects {

    /** The entity type a workflow definition names, e.g. {@code invoice}. */
    String entityType();

    /** The API path segment of the records, e.g. {@code invoices}. */
    String pathSegment();

    /** The names of the fields {@link WorkflowSubject#fields()} carries, which conditions may read. */
    Set<String> fieldNames();

    /** The record as a subject of its workflow, if it exists in the tenant. */
    Optional<WorkflowSubject> subject(TenantTx tx, UUID id);

    /**
     * Before the record moves into {@code state} (when the transition is taken, and again when its
     * approval chain approves): a capability refuses a move its own rules forbid by throwing, e.g.
     * a 409 for an NCR with open corrective actions entering a final state. Nothing by default.
     */
    default void entering(TenantTx tx, UUID id, String state, boolean isFinal) {}

    /**
     * The record moved into {@code state}, in the transaction that moved it: a capability whose
     * record carries its workflow state (an NCR's status) applies it here. Nothing by default.
     */
    default void entered(TenantTx tx, UUID id, String state, boolean isFinal) {}
}
