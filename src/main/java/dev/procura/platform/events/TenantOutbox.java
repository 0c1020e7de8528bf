package dev.procura.platform.events;

import dev.procura.platform.audit.ChangeCapture;
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

    @Inject
    RequestOrigin origin;

    @jakarta.inject.Inject
    jakarta.enterprise.event.Event<EventWritten> written;

    /** Tenants whose current transaction (on this thread) wrote events. */
    private static final ThreadLocal<Set<UUID>> WRITTEN = ThreadLocal.withInitial(HashSet::new);

    /**
     * Writes the event with where its request came from and, for the audit trail, the fields the
     * transaction changed since the last event (flushed first, so the changes are all there).
     */
    public UUID publish(EntityManager em, UUID tenantId, String eventType, String key, UUID userId, Object data) {
        em.flush();
        return insert(em, tenantId, eventType, key, userId, data, ChangeCapture.take(), false);
    }

    /**
     * Changes a transaction made after its last event: added to that event's row (the same
     * change, finished); without an event, recorded before the transaction commits as a
     * {@code record.changed} row the audit trail seals and the relay never publishes.
     */
    public void publishLeftoverChanges(EntityManager em, UUID tenantId, UUID userId) {
        em.flush();
        String changes = ChangeCapture.take();
        if (changes == null) {
            return;
        }
        LastRow last = LAST.get();
        if (last != null && last.tenantId().equals(tenantId)) {
            String merged = mergeArrays(last.changes(), changes);
            em.createNativeQuery("UPDATE outbox SET changes = ?1 WHERE event_id = ?2")
                    .setParameter(1, merged)
                    .setParameter(2, last.eventId())
                    .executeUpdate();
            LAST.set(new LastRow(tenantId, last.eventId(), merged));
        } else {
            insert(em, tenantId, CHANGED, firstId(changes), userId, null, changes, true);
        }
    }

    /** Two JSON arrays as one: the first's items, then the second's. */
    static String mergeArrays(String first, String second) {
        if (first == null || first.equals("[]")) {
            return second;
        }
        return first.substring(0, first.length() - 1) + "," + second.substring(1);
    }

    /** The last event row this thread's transaction wrote, and the changes it carries. */
    private record LastRow(UUID tenantId, UUID eventId, String changes) {}

    private static final ThreadLocal<LastRow> LAST = new ThreadLocal<>();

    /** The topic of changes no event reports; audit only. */
    public static final String CHANGED = "record.changed";

    private UUID insert(
            EntityManager em,
            UUID tenantId,
            String eventType,
            String key,
            UUID userId,
            Object data,
            String changes,
            boolean auditOnly) {
        EventEnvelope envelope =
                new EventEnvelope(UUID.randomUUID(), eventType, tenantId, userId, clock.instant(), data);
        em.createNativeQuery("INSERT INTO outbox (event_id, topic, message_key, payload, created_at, request_id,"
                        + " client_address, changes, sent_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, "
                        + (auditOnly ? "?5" : "NULL") + ")")
                .setParameter(1, envelope.eventId())
                .setParameter(2, eventType)
                .setParameter(3, key)
                .setParameter(4, Outbox.JSON.toJson(envelope))
                .setParameter(5, Timestamp.from(envelope.timestamp()))
                .setParameter(6, origin.requestId())
                .setParameter(7, origin.clientAddress())
                .setParameter(8, changes)
                .executeUpdate();
        if (WRITTEN.get().add(tenantId)) {
            // Durable before the tenant transaction commits: a crash right after the commit
            // still leaves the relay a trace of this tenant.
            signals.mark(tenantId);
        }
        if (!auditOnly) {
            LAST.set(new LastRow(tenantId, envelope.eventId(), changes));
            written.fire(new EventWritten(em, tenantId, eventType, data, envelope.eventId()));
        }
        return envelope.eventId();
    }

    private static String firstId(String changes) {
        try (jakarta.json.JsonReader reader = jakarta.json.Json.createReader(new java.io.StringReader(changes))) {
            jakarta.json.JsonObject first = reader.readArray().getJsonObject(0);
            return first.getString("entity_id");
        }
    }

    /** Writes an event in the tenant transaction {@code tx}: its tenant is the event's. */
    public UUID publish(TenantTx tx, String eventType, String key, UUID userId, Object data) {
        return publish(tx.em(), tx.tenantId(), eventType, key, userId, data);
    }

    /** The tenants whose events this thread wrote since the last call; clears the record. */
    public static Set<UUID> takeWritten() {
        LAST.remove();
        Set<UUID> written = WRITTEN.get();
        if (written.isEmpty()) {
            return Set.of();
        }
        Set<UUID> copy = Set.copyOf(written);
        written.clear();
        return copy;
    }
}
