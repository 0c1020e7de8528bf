package dev.procura.integrations;

import java.time.Duration;

/**
 * What an answer of the external system means for a message, and how long it waits before the
 * next attempt: the base delay doubled per failed attempt, capped.
 */
final class DeliveryPolicy {

    /** Sent (2xx); worth another attempt (408, 429, 5xx, no answer); refused for good (any other). */
    enum Verdict {
        SENT,
        RETRY,
        DEAD
    }

    private DeliveryPolicy() {}

    static Verdict verdict(int status) {
        if (status >= 200 && status < 300) {
            return Verdict.SENT;
        }
        if (status == 408 || status == 429 || status >= 500) {
            return Verdict.RETRY;
        }
        return Verdict.DEAD;
    }

    /**
     * The wait after the {@code attempt}-th failed attempt (1 = the first): {@code base},
     * {@code 2 × base}, {@code 4 × base}…, never more than {@code max}.
     */
    static Duration backoff(int attempt, Duration base, Duration max) {
        if (attempt < 1) {
            throw new IllegalArgumentException("attempts count from 1");
        }
        int doublings = Math.min(attempt - 1, 30);
        long millis = base.toMillis();
        for (int i = 0; i < doublings && millis < max.toMillis(); i++) {
            millis *= 2;
        }
        return Duration.ofMillis(Math.min(millis, max.toMillis()));
    }

    /** Whether a failed attempt, the {@code attempt}-th, leaves the message another one. */
    static boolean mayRetry(int attempt, int maxAttempts) {
        return attempt < maxAttempts;
    }

    /** An error as the message keeps it: one line, no stack trace, at most 1,000 characters. */
    static String error(String text) {
        if (text == null) {
            return null;
        }
        String line = text.replaceAll("[\\r\\n\\t]+", " ").strip();
        return line.length() <= 1000 ? line : line.substring(0, 997) + "...";
    }
}
