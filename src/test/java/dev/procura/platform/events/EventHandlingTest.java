package dev.procura.platform.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.procura.platform.failures.Failure;
import jakarta.json.JsonObject;
import java.lang.reflect.Proxy;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.junit.jupiter.api.Test;

class EventHandlingTest {

    private static final String EVENT = "{\"event_id\":\"7b0c5f6e-3f5c-4f4e-9d43-1d1a1f6d2b10\",\"event_type\":\"x\"}";

    /** Records what would be parked; can fail the first {@code failures} attempts as if the database were down. */
    static final class RecordingParking extends ParkedMessages {
        final List<String> parkedErrors = new ArrayList<>();
        int failures;

        @Override
        public ParkedMessage park(String topic, String consumer, String payload, String error, int attempts) {
            if (failures-- > 0) {
                throw new Failure.Unavailable("control database down", Duration.ofSeconds(1));
            }
            parkedErrors.add(attempts + " " + error);
            return null;
        }
    }

    private final RecordingParking parking = new RecordingParking();

    private EventHandling handling() {
        EventHandling handling = new EventHandling();
        handling.parked = parking;
        handling.maxAttempts = 3;
        handling.backoff = Duration.ofMillis(1);
        handling.metrics = (MetricRegistry) Proxy.newProxyInstance(
                MetricRegistry.class.getClassLoader(),
                new Class<?>[] {MetricRegistry.class},
                (p, m, a) -> Proxy.newProxyInstance(
                        Counter.class.getClassLoader(),
                        new Class<?>[] {Counter.class},
                        (p2, m2, a2) -> m2.getReturnType() == long.class ? 0L : null));
        return handling;
    }

    private static Consumer<JsonObject> failing(AtomicInteger calls, int times, RuntimeException failure) {
        return event -> {
            if (calls.incrementAndGet() <= times) {
                throw failure;
            }
        };
    }

    @Test
    void aTransientFailureIsRetriedUntilItPassesAndNeverParks() {
        AtomicInteger calls = new AtomicInteger();
        handling()
                .handle(
                        "c",
                        "t",
                        EVENT,
                        failing(
                                calls,
                                10,
                                new IllegalStateException(new SQLTransientConnectionException("down", "08001"))));
        assertEquals(11, calls.get(), "more attempts than max-attempts: a transient failure does not count");
        assertTrue(parking.parkedErrors.isEmpty());
    }

    @Test
    void aPoisonMessageIsParkedAfterMaxAttempts() {
        AtomicInteger calls = new AtomicInteger();
        handling().handle("c", "t", EVENT, failing(calls, 100, new IllegalArgumentException("bad file id")));
        assertEquals(3, calls.get());
        assertEquals(List.of("3 IllegalArgumentException: bad file id"), parking.parkedErrors);
    }

    @Test
    void anUnreadableEnvelopeIsParkedAtOnce() {
        AtomicInteger calls = new AtomicInteger();
        handling().handle("c", "t", "not json", failing(calls, 0, null));
        assertEquals(0, calls.get());
        assertEquals(1, parking.parkedErrors.size());
        assertTrue(parking.parkedErrors.get(0).startsWith("1 unreadable envelope"), parking.parkedErrors.toString());
    }

    @Test
    void parkingIsRetriedUntilItSucceeds() {
        parking.failures = 4;
        AtomicInteger calls = new AtomicInteger();
        handling().handle("c", "t", EVENT, failing(calls, 100, new IllegalArgumentException("poison")));
        assertEquals(1, parking.parkedErrors.size(), "parked once the control database answers again");
    }

    @Test
    void anEventAboutSomethingGoneIsSkipped() {
        AtomicInteger calls = new AtomicInteger();
        handling().handle("c", "t", EVENT, failing(calls, 100, new Failure.NotFound("tenant gone")));
        assertEquals(1, calls.get());
        assertTrue(parking.parkedErrors.isEmpty());
    }

    @Test
    void onShutdownAMessageWaitingForRetryIsLeftForRedelivery() {
        EventHandling handling = handling();
        handling.stop();
        AtomicInteger calls = new AtomicInteger();
        assertThrows(
                EventHandling.Redelivery.class,
                () -> handling.handle(
                        "c",
                        "t",
                        EVENT,
                        failing(calls, 100, new Failure.Unavailable("tenant database down", Duration.ofSeconds(1)))));
        assertTrue(parking.parkedErrors.isEmpty());
    }
}
