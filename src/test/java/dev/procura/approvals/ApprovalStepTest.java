package dev.procura.approvals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ApprovalStepTest {

    private static final Instant NOW = Instant.parse("2026-03-01T09:00:00Z");
    private static final UUID APPROVAL = UUID.randomUUID();
    private static final UUID ACTOR = UUID.randomUUID();

    @Test
    void anApproversOwnDecisionIsTheirs() {
        ApprovalStep step = new ApprovalStep(APPROVAL, 1, "approved", ACTOR, null, "fine", NOW);

        assertEquals(ACTOR, step.decider());
        assertNull(step.onBehalfOf());
        assertEquals(APPROVAL, step.approvalId());
        assertEquals(1, step.level());
        assertEquals("approved", step.action());
        assertEquals(ACTOR, step.actorId());
        assertEquals("fine", step.comment());
        assertEquals(NOW, step.createdAt());
    }

    @Test
    void aDelegatesDecisionCountsForTheApproverTheyStandInFor() {
        UUID absent = UUID.randomUUID();

        ApprovalStep step = new ApprovalStep(APPROVAL, 0, "rejected", ACTOR, absent, null, NOW);

        assertEquals(absent, step.decider());
        assertEquals(ACTOR, step.actorId());
        assertNotEquals(step.id(), new ApprovalStep(APPROVAL, 0, "rejected", ACTOR, absent, null, NOW).id());
    }
}
