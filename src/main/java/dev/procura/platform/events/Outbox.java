package dev.procura.platform.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.config.PropertyNamingStrategy;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.UUID;

/**
 * Writes events of control-database changes. Call it inside the transaction that makes the
 * change: the event exists exactly when the change commits, and the relay publishes it after.
 */
@ApplicationScoped
public class Outbox {

    @Inject
    Clock clock;

    static final Jsonb JSON = JsonbBuilder.create(
            new JsonbConfig().withPropertyNamingStrategy(PropertyNamingStrategy.LOWER_CASE_WITH_UNDERSCORES));

    @PersistenceContext(unitName = "control")
    EntityManager em;

    @Inject
    Event<OutboxWritten> written;

    @Inject
    RequestOrigin origin;

    /** Records {@code eventType} for the aggregate {@code key} (events of one key keep their order). */
    public UUID publish(String eventType, String key, UUID tenantId, UUID userId, Object data) {
        EventEnvelope envelope =
                new EventEnvelope(UUID.randomUUID(), eventType, tenantId, userId, clock.instant(), data);
        em.createNativeQuery("INSERT INTO outbox (event_id, topic, message_key, payload, created_at, request_id,"
                        + " client_address) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)")
                .setParameter(1, envelope.eventId())
                .setParameter(2, eventType)
                .setParameter(3, key)
                .setParameter(4, JSON.toJson(envelope))
                .setParameter(5, Timestamp.from(envelope.timestamp()))
                .setParameter(6, origin.requestId())
                .setParameter(7, origin.clientAddress())
                .executeUpdate();
        written.fire(new OutboxWritten());
        return envelope.eventId();
    }

    /**
     * Records a message whose payload is already what goes on the topic (a dead letter, or a
     * parked message sent back as it was), under its own id.
     */
    public void publishRecord(UUID id, String topic, String key, String payload) {
        em.createNativeQuery("INSERT INTO outbox (event_id, topic, message_key, payload, created_at)"
                        + " VALUES (?1, ?2, ?3, ?4, ?5)")
                .setParameter(1, id)
                .setParameter(2, topic)
                .setParameter(3, key)
                .setParameter(4, payload)
                .setParameter(5, Timestamp.from(clock.instant()))
                .executeUpdate();
        written.fire(new OutboxWritten());
    }

    /** Fired inside the writing transaction; the relay observes it after a successful commit. */
    public record OutboxWritten() {}
}
