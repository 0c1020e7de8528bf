package dev.procura.rfqs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RfqTest {

    private static final Instant CREATED = Instant.parse("2026-03-01T09:00:00Z");

    @Test
    void everyMoveStampsTheTimeItIsGivenNotTheClock() {
        Rfq rfq = new Rfq("RFQ-000001", UUID.randomUUID(), CREATED);
        assertNull(rfq.updatedAt());
        Instant sent = Instant.parse("2026-03-02T10:00:00Z");
        rfq.send(sent);
        assertEquals(sent, rfq.sentAt());
        assertEquals(sent, rfq.updatedAt());
        Instant awarded = Instant.parse("2026-03-05T11:00:00Z");
        rfq.award(UUID.randomUUID(), awarded);
        assertEquals(awarded, rfq.updatedAt());
        Instant closed = Instant.parse("2026-03-09T12:00:00Z");
        rfq.close(closed);
        assertEquals(closed, rfq.updatedAt());
        assertEquals(Rfq.Status.CLOSED, rfq.status());
        assertEquals(CREATED, rfq.createdAt());
    }

    @Test
    void cancellingStampsTheTimeItIsGiven() {
        Rfq rfq = new Rfq("RFQ-000002", UUID.randomUUID(), CREATED);
        Instant cancelled = Instant.parse("2026-03-03T08:30:00Z");
        rfq.cancel(cancelled);
        assertEquals(cancelled, rfq.updatedAt());
        assertEquals(Rfq.Status.CANCELLED, rfq.status());
    }
}
