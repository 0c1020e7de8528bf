package dev.procura.platform.events;

import dev.procura.platform.failures.Failure;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Duration;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * How every consumer handles a message: read the envelope and run the handler. A failure that goes
 * away by itself (a database, broker or store unreachable, see {@link TransientFailures}) is
 * retried with a growing back-off for as long as it lasts: the message is redelivered, never
 * parked. Any other failure is retried {@code procura.consumers.max-attempts} times, then the
 * message is parked ({@link ParkedMessages}: the control database and {@code <topic>.dlq}) so the
 * messages behind it go on. Parking is retried until it succeeds: nothing is dropped. On shutdown
 * a message still being retried is left unacknowledged, so it is delivered again.
 */
@ApplicationScoped
public class EventHandling {

    private static final Logger LOG = Logger.getLogger(EventHandling.class.getName());
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(30);

    @Inject
    ParkedMessages parked;

    @Inject
    MetricRegistry metrics;

    @Inject
    @ConfigProperty(name = "procura.consumers.max-attempts", defaultValue = "5")
    int maxAttempts;

    @Inject
    @ConfigProperty(name = "procura.consumers.retry-backoff", defaultValue = "PT1S")
    Duration backoff;

    private volatile boolean running = true;

    /** Thrown out of a consumer method on shutdown: the message is not acknowledged, so it comes again. */
    public static final class Redelivery extends RuntimeException {
        Redelivery(String topic, Throwable cause) {
            super("Stopping while a " + topic + " message waits to be retried; it will be delivered again", cause);
        }
    }

    public void handle(String consumer, String topic, String payload, Consumer<JsonObject> handler) {
        // Deliveries to this server: summed over servers they show each event reached one of them.
        metrics.counter("procura_events_received", new Tag("topic", topic)).inc();
        JsonObject envelope;
        try (var reader = Json.createReader(new StringReader(payload))) {
            envelope = reader.readObject();
        } catch (RuntimeException unreadable) {
            park(consumer, topic, payload, "unreadable envelope: " + unreadable.getMessage(), 1);
            return;
        }
        int poisonAttempts = 0;
        Duration transientWait = backoff;
        while (true) {
            try {
                handler.accept(envelope);
                return;
            } catch (Failure.NotFound gone) {
                // What the event is about no longer exists (e.g. a destroyed tenant): nothing to do.
                LOG.fine(() -> "Skipped a " + topic + " event: " + gone.getMessage());
                return;
            } catch (RuntimeException e) {
                if (TransientFailures.isTransient(e)) {
                    LOG.log(
                            Level.WARNING,
                            consumer + ": a " + topic + " event waits for an unavailable service; retrying in "
                                    + transientWait.toMillis() + " ms: " + e);
                    pause(topic, transientWait, e);
                    transientWait = longer(transientWait);
                    continue;
                }
                poisonAttempts++;
                LOG.log(Level.FINE, "Attempt " + poisonAttempts + " at " + topic + " event failed", e);
                if (poisonAttempts >= maxAttempts) {
                    park(
                            consumer,
                            topic,
                            payload,
                            e.getClass().getSimpleName() + ": " + e.getMessage(),
                            poisonAttempts);
                    return;
                }
                pause(topic, backoff.multipliedBy(1L << Math.min(poisonAttempts - 1, 10)), e);
            }
        }
    }

    /** Parks the message, retrying while the control database or the outbox cannot take it. */
    private void park(String consumer, String topic, String payload, String error, int attempts) {
        Duration wait = backoff;
        while (true) {
            try {
                parked.park(topic, consumer, payload, error, attempts);
                metrics.counter("procura_events_parked", new Tag("topic", topic))
                        .inc();
                LOG.warning(consumer + " parked a " + topic + " message after " + attempts + " attempts: " + error);
                return;
            } catch (RuntimeException e) {
                LOG.log(
                        Level.WARNING,
                        "Could not park a " + topic + " message yet; retrying in " + wait.toMillis() + " ms",
                        e);
                pause(topic, wait, e);
                wait = longer(wait);
            }
        }
    }

    private static Duration longer(Duration wait) {
        Duration doubled = wait.multipliedBy(2);
        return doubled.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : doubled;
    }

    private void pause(String topic, Duration duration, Throwable cause) {
        if (!running) {
            throw new Redelivery(topic, cause);
        }
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Redelivery(topic, cause);
        }
    }

    @PreDestroy
    void stop() {
        running = false;
    }
}
