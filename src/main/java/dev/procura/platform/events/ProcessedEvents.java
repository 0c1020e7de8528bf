package dev.procura.platform.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The events each consumer has handled, per tenant, so a redelivered event is recognised and
 * skipped. Rows older than {@code procura.consumers.processed-retention} (longer than Kafka keeps
 * a message) are pruned, at most hourly per tenant, by the consumers that write them.
 */
@ApplicationScoped
public class ProcessedEvents {

    private static final Duration PRUNE_EVERY = Duration.ofHours(1);

    @Inject
    @ConfigProperty(name = "procura.consumers.processed-retention", defaultValue = "P14D")
    Duration retention;

    @Inject
    Clock clock;

    private final Map<UUID, Long> lastPruned = new ConcurrentHashMap<>();

    /** True the first time {@code consumer} sees {@code eventId}, in the tenant's transaction {@code em}. */
    public boolean firstTime(EntityManager em, UUID tenantId, String consumer, UUID eventId) {
        pruneNowAndThen(em, tenantId);
        return em.createNativeQuery(
                                "INSERT INTO processed_events (consumer, event_id, processed_at) VALUES (?1, ?2, ?3)"
                                        + " ON CONFLICT DO NOTHING")
                        .setParameter(1, consumer)
                        .setParameter(2, eventId)
                        .setParameter(3, Timestamp.from(clock.instant()))
                        .executeUpdate()
                == 1;
    }

    private void pruneNowAndThen(EntityManager em, UUID tenantId) {
        long now = System.nanoTime();
        Long last = lastPruned.get(tenantId);
        if (last != null && now - last < PRUNE_EVERY.toNanos()) {
            return;
        }
        if (lastPruned.size() > 100_000) {
            lastPruned.clear();
        }
        lastPruned.put(tenantId, now);
        em.createNativeQuery("DELETE FROM processed_events WHERE processed_at < ?1")
                .setParameter(1, Timestamp.from(clock.instant().minus(retention)))
                .executeUpdate();
    }
}
