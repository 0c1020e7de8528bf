package dev.procura.platform.events;

import dev.procura.platform.web.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import java.io.StringReader;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How every consumer handles a message: read the envelope, run the handler, retry with a growing
 * back-off, and when it keeps failing park the message on {@code <topic>.dlq} with the error, so
 * the messages behind it go on. Never throws: a thrown exception would stop the stream.
 */
@ApplicationScoped
public class EventHandling {

    private static final Logger LOG = Logger.getLogger(EventHandling.class.getName());

    @Inject
    KafkaProducers producers;

    @Inject
    MetricRegistry metrics;

    @Inject
    @ConfigProperty(name = "procura.consumers.max-attempts", defaultValue = "5")
    int maxAttempts;

    @Inject
    @ConfigProperty(name = "procura.consumers.retry-backoff", defaultValue = "PT1S")
    Duration backoff;

    public void handle(String topic, String payload, Consumer<JsonObject> handler) {
        // Deliveries to this server: summed over servers they show each event reached one of them.
        metrics.counter("procura_events_received", new Tag("topic", topic)).inc();
        JsonObject envelope;
        try (var reader = Json.createReader(new StringReader(payload))) {
            envelope = reader.readObject();
        } catch (RuntimeException unreadable) {
            park(topic, payload, "unreadable envelope: " + unreadable.getMessage());
            return;
        }
        RuntimeException last = null;
        for (int attempt = 1; attempt <= maxAttempts; attempt++) {
            try {
                handler.accept(envelope);
                return;
            } catch (ProblemException.NotFound gone) {
                // What the event is about no longer exists (e.g. a destroyed tenant): nothing to do.
                LOG.fine(() -> "Skipped a " + topic + " event: " + gone.getMessage());
                return;
            } catch (RuntimeException e) {
                last = e;
                LOG.log(Level.FINE, "Attempt " + attempt + " at " + topic + " event failed", e);
                sleep(backoff.multipliedBy(1L << Math.min(attempt - 1, 10)));
            }
        }
        park(topic, payload, last.getClass().getSimpleName() + ": " + last.getMessage());
    }

    /** True the first time {@code consumer} sees {@code eventId} in this tenant transaction. */
    public static boolean firstTime(EntityManager em, String consumer, UUID eventId) {
        return em.createNativeQuery("INSERT INTO processed_events (consumer, event_id, processed_at) VALUES (?1, ?2, ?3)"
                        + " ON CONFLICT DO NOTHING")
                .setParameter(1, consumer).setParameter(2, eventId).setParameter(3, Timestamp.from(Instant.now()))
                .executeUpdate() == 1;
    }

    private void park(String topic, String payload, String error) {
        String dead = Json.createObjectBuilder().add("topic", topic).add("error", String.valueOf(error))
                .add("failed_at", Instant.now().toString()).add("payload", payload).build().toString();
        try {
            producers.producer().send(new ProducerRecord<>(topic + ".dlq", null, dead)).get(30, TimeUnit.SECONDS);
            LOG.warning("Parked a " + topic + " message on " + topic + ".dlq: " + error);
        } catch (Exception e) {
            LOG.log(Level.SEVERE, "Could not park a " + topic + " message; it is dropped: " + dead, e);
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
