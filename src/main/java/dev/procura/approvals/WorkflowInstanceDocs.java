package dev.procura.approvals;

/** OpenAPI texts the workflow instance resources of every record type share. */
final class WorkflowInstanceDocs {

    static final String AVAILABLE =
            "Those leaving the record's current state that the caller's role or permissions allow and "
                    + "whose condition holds on the record; none while a transition waits for its approval chain.";

    static final String TAKE =
            "Moves the record to the transition's `to` state, or, when the transition has an approval "
                    + "chain, starts its approval (an approval of document type `workflow_transition`, decided through "
                    + "/approvals) and moves the record when the chain approves; a rejection keeps the state. The "
                    + "record's first transition starts its instance on the active version, which it keeps. Publishes "
                    + "`workflow.transitioned` (or `workflow.transition_requested`).";

    static final String FORBIDDEN =
            "The caller has neither the transition's permission nor one of its roles " + "(`transition-forbidden`)";

    static final String CONFLICT = "Not from the current state (`transition-not-available`), condition false "
            + "(`transition-condition-false`), another transition awaits approval (`transition-pending`), or "
            + "another transition was taken at the same time (`workflow-instance-changed`)";

    private WorkflowInstanceDocs() {}
}
