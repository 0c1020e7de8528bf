package dev.procura.support;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Waits for an effect that happens asynchronously (an event consumed, a row written), checking
 * often and giving up after a bound: no test sleeps a fixed time and hopes.
 */
public final class Await {

    private static final Duration POLL = Duration.ofMillis(100);

    private Await() {}

    /** Asks {@code probe} until it returns a value, then returns it; fails after {@code within}. */
    public static <T> T until(String what, Duration within, Supplier<Optional<T>> probe) {
        long deadline = System.nanoTime() + within.toNanos();
        RuntimeException lastFailure = null;
        while (true) {
            try {
                Optional<T> value = probe.get();
                if (value.isPresent()) {
                    return value.get();
                }
            } catch (RuntimeException e) {
                lastFailure = e;
            }
            if (System.nanoTime() > deadline) {
                AssertionError timedOut =
                        new AssertionError("Still waiting after " + within.toMillis() + " ms for " + what);
                if (lastFailure != null) {
                    timedOut.initCause(lastFailure);
                }
                throw timedOut;
            }
            pause();
        }
    }

    /** Waits until {@code condition} holds; fails after {@code within}. */
    public static void until(String what, Duration within, java.util.function.BooleanSupplier condition) {
        until(what, within, () -> condition.getAsBoolean() ? Optional.of(Boolean.TRUE) : Optional.empty());
    }

    private static void pause() {
        try {
            Thread.sleep(POLL.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("Interrupted while waiting", e);
        }
    }
}
