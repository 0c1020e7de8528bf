package dev.procura.approvals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ApprovalTest {

    private static final Instant STARTED = Instant.parse("2026-03-01T09:00:00Z");
    private static final Instant LATER = Instant.parse("2026-03-02T09:00:00Z");
    private static final UUID DOCUMENT = UUID.randomUUID();
    private static final UUID REQUESTER = UUID.randomUUID();

    private final Approval approval = new Approval(
            "purchase_order", DOCUMENT, "PO-000001", REQUESTER, "{\"levels\":[]}", 3, "{\"total\":100}", STARTED);

    @Test
    void aNewApprovalIsPendingAtTheFirstLevelWithTheWorkflowItStartedWith() {
        assertNotNull(approval.id());
        assertEquals("purchase_order", approval.documentType());
        assertEquals(DOCUMENT, approval.documentId());
        assertEquals("PO-000001", approval.reference());
        assertEquals(REQUESTER, approval.requestedBy());
        assertEquals("{\"levels\":[]}", approval.workflowJson());
        assertEquals(3, approval.workflowVersion());
        assertEquals("{\"total\":100}", approval.fieldsJson());
        assertEquals("pending", approval.status());
        assertTrue(approval.isPending());
        assertEquals(0, approval.level());
        assertFalse(approval.isEscalated());
        assertEquals(STARTED, approval.createdAt());
        assertEquals(STARTED, approval.updatedAt());
        assertNull(approval.completedAt());
    }

    @Test
    void escalatingToAUserOrARoleRestartsTheLevelsClock() {
        approval.enterLevel(1, STARTED);
        UUID manager = UUID.randomUUID();

        approval.escalate(manager, null, LATER);

        assertTrue(approval.isEscalated());
        assertEquals(manager, approval.escalatedToUser());
        assertNull(approval.escalatedToRole());
        assertEquals(LATER, approval.levelStartedAt());
        assertEquals(LATER, approval.updatedAt());
        assertEquals(1, approval.level(), "escalation stays at the level");

        approval.escalate(null, "finance", LATER.plusSeconds(1));
        assertTrue(approval.isEscalated());
        assertEquals("finance", approval.escalatedToRole());
        assertNull(approval.escalatedToUser());
    }

    @Test
    void enteringALevelClearsAnEscalationOfThePreviousOne() {
        approval.escalate(UUID.randomUUID(), "finance", STARTED);

        approval.enterLevel(2, LATER);

        assertEquals(2, approval.level());
        assertEquals(LATER, approval.levelStartedAt());
        assertEquals(LATER, approval.updatedAt());
        assertFalse(approval.isEscalated());
        assertNull(approval.escalatedToUser());
        assertNull(approval.escalatedToRole());
        assertTrue(approval.isPending());
    }

    @Test
    void completingEndsThePendingApproval() {
        approval.complete(LATER);

        assertEquals("completed", approval.status());
        assertFalse(approval.isPending());
        assertEquals(LATER, approval.completedAt());
        assertEquals(LATER, approval.updatedAt());
    }

    @Test
    void rejectingEndsThePendingApproval() {
        approval.reject(LATER);

        assertEquals("rejected", approval.status());
        assertFalse(approval.isPending());
        assertEquals(LATER, approval.completedAt());
        assertEquals(LATER, approval.updatedAt());
    }
}
