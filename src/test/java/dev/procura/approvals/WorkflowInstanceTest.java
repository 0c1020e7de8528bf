package dev.procura.approvals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class WorkflowInstanceTest {

    private static final Instant NOW = Instant.parse("2026-03-01T09:00:00Z");
    private static final Instant LATER = NOW.plusSeconds(60);

    private static WorkflowInstance instance() {
        return new WorkflowInstance("invoice", UUID.randomUUID(), UUID.randomUUID(), 3, "draft", NOW);
    }

    @Test
    void anInstanceStartsAtTheInitialStateOnItsVersion() {
        WorkflowInstance instance = instance();
        assertEquals("draft", instance.state());
        assertEquals(3, instance.workflowVersion());
        assertFalse(instance.isAwaitingApproval());
        assertEquals(NOW, instance.createdAt());
    }

    @Test
    void aTransitionAwaitingApprovalKeepsTheStateUntilItMoves() {
        WorkflowInstance instance = instance();
        UUID approval = UUID.randomUUID();
        UUID asker = UUID.randomUUID();
        instance.await("approve", approval, "please", asker, NOW);
        assertTrue(instance.isAwaitingApproval());
        assertEquals("draft", instance.state());
        assertEquals(approval, instance.pendingApprovalId());
        assertEquals("please", instance.pendingComment());
        assertEquals(asker, instance.pendingBy());

        instance.moveTo("approved", LATER);
        assertEquals("approved", instance.state());
        assertFalse(instance.isAwaitingApproval());
        assertNull(instance.pendingApprovalId());
        assertEquals(LATER, instance.updatedAt());
    }

    @Test
    void aRejectedApprovalLeavesTheStateAndOpensTransitionsAgain() {
        WorkflowInstance instance = instance();
        instance.await("approve", UUID.randomUUID(), null, UUID.randomUUID(), NOW);
        instance.abandonPending(LATER);
        assertEquals("draft", instance.state());
        assertFalse(instance.isAwaitingApproval());
        assertNull(instance.pendingTransition());
    }

    @Test
    void aDefinitionIsActiveThenSupersededOrRetired() {
        WorkflowDefinition superseded =
                new WorkflowDefinition("invoice", 1, "Invoices", "[]", "admin", UUID.randomUUID(), NOW);
        assertEquals("active", superseded.status());
        superseded.retire();
        assertEquals("superseded", superseded.status());
        assertNull(superseded.retiredAt());

        WorkflowDefinition retired = new WorkflowDefinition(
                        "invoice", 2, "Invoices", "[]", "admin", UUID.randomUUID(), NOW)
                .withStates("[]", "[]");
        retired.retire(LATER);
        assertEquals("retired", retired.status());
        assertEquals(LATER, retired.retiredAt());
        assertEquals("[]", retired.statesJson());
    }

    @Test
    void aWorkflowKnowsItsInitialAndFinalStatesAndTransitions() {
        Workflow workflow = new Workflow(
                UUID.randomUUID(),
                "invoice",
                1,
                "Invoices",
                "active",
                List.of(),
                List.of("admin"),
                List.of(new WorkflowState("draft", true, false), new WorkflowState("done", false, true)),
                List.of(new WorkflowTransition(
                        "finish",
                        "draft",
                        "done",
                        null,
                        null,
                        null,
                        List.of(new WorkflowLevel("L", null, "approver", "any", null, null, null, null)),
                        true)));
        assertTrue(workflow.hasStates());
        assertEquals("draft", workflow.initialState().name());
        assertTrue(workflow.isFinal("done"));
        assertFalse(workflow.isFinal("draft"));
        WorkflowTransition finish = workflow.transition("finish").orElseThrow();
        assertTrue(finish.needsApproval());
        assertTrue(finish.needsComment());
        assertTrue(finish.restrictsNoOne());
        Workflow chain = workflow.chainOf(finish);
        assertEquals(TransitionApprovals.TYPE, chain.documentType());
        assertEquals(1, chain.levels().size());
        assertEquals(List.of("admin"), chain.escalateRoles());
        assertTrue(workflow.transition("other").isEmpty());
    }
}
