package dev.procura.platform.events;

import dev.procura.platform.tenancy.TenantTx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

/**
 * Writes events of tenant-data changes into the tenant's own outbox, with the
 * EntityManager of the tenant transaction that makes the change. When that transaction
 * commits, {@link dev.procura.platform.tenancy.TenantTransactions} tells the relay, which
 * publishes the rows; a crash before that is caught up by the relay's sweep.
 */
@ApplicationScoped
public class TenantOutbox {

    @Inject
    Clock clock;

    @jakarta.inject.Inject
    OutboxSignals signals;

    @jakarta.inject.Inject
    jakarta.enterprise.event.Event<EventWritten> written;

    /** Tenants whose current transaction (on this thread) wrote events. */
    private static final ThreadLocal<Set<UUID>> WRITTEN = ThreadLocal.withInitial(HashSet::new);

    public UUID publish(EntityManager em, UUID tenantId, String eventType, String key, UUID userId, Object data) {
        EventEnvelope envelope =
                new EventEnvelope(UUID.randomUUID(), eventType, tenantId, userId, clock.instant(), data);
        em.createNativeQuery("INSERT INTO outbox (event_id, topic, message_key, payload, created_at)"
                        + " VALUES (?1, ?2, ?3, ?4, ?5)")
                .setParameter(1, envelope.eventId())
                .setParameter(2, eventType)
                .setParameter(3, key)
                .setParameter(4, Outbox.JSON.toJson(envelope))
                .setParameter(5, Timestamp.from(envelope.timestamp()))
                .executeUpdate();
        if (WRITTEN.get().add(tenantId)) {
            // Durable before the tenant transaction commits: a crash right after the commit
            // still leaves the relay a trace of this tenant.
            signals.mark(tenantId);
        }
        written.fire(new EventWritten(em, tenantId, eventType, data));
        return envelope.eventId();
    }

    /** Writes an event in the tenant transaction {@code tx}: its tenant is the event's. */
    public UUID publish(TenantTx tx, String eventType, String key, UUID userId, Object data) {
        return publish(tx.em(), tx.tenantId(), eventType, key, userId, data);
    }

    /** The tenants whose events this thread wrote since the last call; clears the record. */
    public static Set<UUID> takeWritten() {
        Set<UUID> written = WRITTEN.get();
        if (written.isEmpty()) {
            return Set.of();
        }
        Set<UUID> copy = Set.copyOf(written);
        written.clear();
        return copy;
    }
}
