package dev.procura.platform.events;

import jakarta.persistence.EntityManager;
import java.util.UUID;

/**
 * Fired synchronously when an event is written to a tenant's outbox, inside the transaction that
 * writes it: a capability that keeps a figure derived from another's facts (a supplier's standing
 * from receipts) observes it and adjusts in that same transaction.
 */
public record EventWritten(EntityManager em, UUID tenantId, String eventType, Object data, UUID eventId) {

    /** An event whose id the observer does not need. */
    public EventWritten(EntityManager em, UUID tenantId, String eventType, Object data) {
        this(em, tenantId, eventType, data, null);
    }
}
