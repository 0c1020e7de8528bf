package dev.procura.platform.events;

import dev.procura.platform.failures.Failure;
import dev.procura.platform.web.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.UUID;

/**
 * Parked (poison) messages: kept in the control database and published to {@code <topic>.dlq}
 * in the same transaction (through the outbox), listed for operators, and replayed on request
 * by sending the original message back to its topic, again through the outbox.
 */
@ApplicationScoped
public class ParkedMessages {

    @PersistenceContext(unitName = "control")
    EntityManager em;

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    /** What an operator sees of a parked message. */
    public record ParkedView(
            UUID id,
            String topic,
            String consumer,
            String error,
            int attempts,
            java.time.Instant parkedAt,
            int replays,
            java.time.Instant replayedAt,
            UUID replayedBy,
            String payload) {
        static ParkedView of(ParkedMessage m, boolean withPayload) {
            return new ParkedView(
                    m.id(),
                    m.topic(),
                    m.consumer(),
                    m.error(),
                    m.attempts(),
                    m.parkedAt(),
                    m.replays(),
                    m.replayedAt(),
                    m.replayedBy(),
                    withPayload ? m.payload() : null);
        }
    }

    @Transactional
    public ParkedMessage park(String topic, String consumer, String payload, String error, int attempts) {
        ParkedMessage parked = new ParkedMessage(topic, consumer, payload, error, attempts, clock.instant());
        em.persist(parked);
        String deadLetter = Json.createObjectBuilder()
                .add("parked_id", parked.id().toString())
                .add("topic", topic)
                .add("consumer", consumer)
                .add("error", error)
                .add("attempts", attempts)
                .add("failed_at", parked.parkedAt().toString())
                .add("payload", payload)
                .build()
                .toString();
        outbox.publishRecord(parked.id(), topic + ".dlq", parked.id().toString(), deadLetter);
        return parked;
    }

    public Page<ParkedView> list(String topic, Boolean replayed, int page, int perPage) {
        String where = " WHERE 1 = 1" + (topic == null ? "" : " AND m.topic = :topic")
                + (replayed == null ? "" : replayed ? " AND m.replayedAt IS NOT NULL" : " AND m.replayedAt IS NULL");
        var items = em.createQuery(
                        "SELECT m FROM ParkedMessage m" + where + " ORDER BY m.parkedAt DESC, m.id",
                        ParkedMessage.class)
                .setFirstResult((page - 1) * perPage)
                .setMaxResults(perPage);
        var count = em.createQuery("SELECT COUNT(m) FROM ParkedMessage m" + where, Long.class);
        if (topic != null) {
            items.setParameter("topic", topic);
            count.setParameter("topic", topic);
        }
        return new Page<>(
                items.getResultStream().map(m -> ParkedView.of(m, false)).toList(),
                page,
                perPage,
                count.getSingleResult());
    }

    public ParkedView get(UUID id) {
        return ParkedView.of(existing(id), true);
    }

    /** Sends the original message back to its topic; its consumer handles it again (idempotently). */
    @Transactional
    public ParkedView replay(UUID id, UUID operator) {
        ParkedMessage parked = em.find(ParkedMessage.class, id, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        if (parked == null) {
            throw notFound(id);
        }
        outbox.publishRecord(UUID.randomUUID(), parked.topic(), "replay-" + parked.id(), parked.payload());
        parked.replayed(operator, clock.instant());
        return ParkedView.of(parked, true);
    }

    private ParkedMessage existing(UUID id) {
        ParkedMessage parked = em.find(ParkedMessage.class, id);
        if (parked == null) {
            throw notFound(id);
        }
        return parked;
    }

    private static Failure notFound(UUID id) {
        return new Failure.NotFound("No parked message " + id);
    }
}
