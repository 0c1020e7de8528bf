package dev.procura.platform.events;

import dev.procura.platform.tenancy.TenantTx;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Fired (synchronously, inside the tenant transaction {@code tx}) when tenant outbox events have
 * just been appended to the tenant's audit trail, in outbox order, a few milliseconds after the
 * transaction that wrote them committed. Observers that keep derived data (the search index)
 * update it in the same transaction; a failure rolls the sealing back and it is tried again.
 */
public record EventsSealed(TenantTx tx, List<Sealed> events) {

    /**
     * One event: its type ({@code purchase_order.submitted}), its key (the id of the record it is
     * about, as the service wrote it), who did it (null: the system), when, and its data as JSON.
     */
    public record Sealed(UUID eventId, String eventType, String key, UUID actor, Instant at, String dataJson) {

        /** The record type the event is about: the part of the event type before the first dot. */
        public String recordType() {
            int dot = eventType.indexOf('.');
            return dot < 0 ? eventType : eventType.substring(0, dot);
        }
    }
}
