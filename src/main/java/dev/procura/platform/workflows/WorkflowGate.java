package dev.procura.platform.workflows;

import dev.procura.platform.tenancy.TenantTx;
import java.util.Optional;
import java.util.UUID;

/**
 * Where a capability asks whether its record's workflow lets an action through (paying an
 * invoice, sending an RFQ). The approvals capability's workflow engine implements it.
 */
public interface WorkflowGate {

    /**
     * Refuses with a 409 {@code workflow-not-final} when the record's workflow is not in a final
     * state: its running instance, or, before the first transition, the entity type's active
     * definition (whose initial state is never final). Without either, anything goes.
     */
    void requireFinal(TenantTx tx, String entityType, UUID id, String action);

    /**
     * The record's workflow state: its running instance's, else the initial state of the entity
     * type's active definition; empty when neither exists.
     */
    Optional<String> state(TenantTx tx, String entityType, UUID id);
}
