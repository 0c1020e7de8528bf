package dev.procura.approvals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class LevelOutcomeTest {

    private static final UUID A = UUID.randomUUID();
    private static final UUID B = UUID.randomUUID();
    private static final UUID C = UUID.randomUUID();

    private static WorkflowLevel level(String mode, Integer quorum) {
        return new WorkflowLevel("L", null, "approver", mode, quorum, null, null, null);
    }

    @Test
    void anyOneApprovalCompletesAnAnyLevel() {
        assertFalse(LevelOutcome.isComplete(level("any", null), Set.of(A, B), Set.of()));
        assertTrue(LevelOutcome.isComplete(level("any", null), Set.of(A, B), Set.of(B)));
    }

    @Test
    void anAllLevelWaitsForEveryApprover() {
        assertFalse(LevelOutcome.isComplete(level("all", null), Set.of(A, B, C), Set.of(A, B)));
        assertTrue(LevelOutcome.isComplete(level("all", null), Set.of(A, B, C), Set.of(A, B, C)));
        assertFalse(
                LevelOutcome.isComplete(level("all", null), Set.of(), Set.of(A)),
                "no approvers: never complete by itself");
    }

    @Test
    void aQuorumLevelCompletesAtNAndNeverAsksMoreThanThereAre() {
        assertFalse(LevelOutcome.isComplete(level("quorum", 2), Set.of(A, B, C), Set.of(A)));
        assertTrue(LevelOutcome.isComplete(level("quorum", 2), Set.of(A, B, C), Set.of(A, C)));
        assertTrue(
                LevelOutcome.isComplete(level("quorum", 3), Set.of(A), Set.of(A)), "a quorum above the approvers left");
    }

    @Test
    void theDefaultPolicyAddsAnAdminLevelAboveTheAmount() {
        Workflow policy = Workflow.defaultPolicy("purchase_order", new BigDecimal("10000.00"));
        assertEquals(0, policy.version());
        assertEquals("approver", policy.levels().get(0).approverRole());
        assertEquals("admin", policy.levels().get(1).approverRole());
        assertTrue(Condition.parse(policy.levels().get(1).condition())
                .test(java.util.Map.of("total", new BigDecimal("10000.01"))));
        assertFalse(Condition.parse(policy.levels().get(1).condition())
                .test(java.util.Map.of("total", new BigDecimal("10000"))));
    }
}
