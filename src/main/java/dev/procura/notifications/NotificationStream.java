package dev.procura.notifications;

import dev.procura.notifications.NotificationViews.NotificationView;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.config.PropertyNamingStrategy;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One member's open event stream in one tenant: what it has sent so far (the seq of the last
 * notification) and the sink to send to. Sends are serialized and awaited, so events leave in
 * seq order and a dead client is noticed at the first send that fails.
 */
final class NotificationStream {

    static final String EVENT_NAME = "notification";
    private static final Jsonb JSON = JsonbBuilder.create(new JsonbConfig()
            .withPropertyNamingStrategy(PropertyNamingStrategy.LOWER_CASE_WITH_UNDERSCORES)
            .withNullValues(false));
    private static final long SEND_TIMEOUT_SECONDS = 10;

    private final UUID tenantId;
    private final UUID userId;
    private final SseEventSink sink;
    private final Sse sse;
    private final java.time.Clock clock;
    private final Instant openedAt;
    private final AtomicBoolean catchUpQueued = new AtomicBoolean();
    private long lastSeq;

    NotificationStream(UUID tenantId, UUID userId, long lastSeq, SseEventSink sink, Sse sse, java.time.Clock clock) {
        this.clock = clock;
        this.openedAt = clock.instant();
        this.tenantId = tenantId;
        this.userId = userId;
        this.lastSeq = lastSeq;
        this.sink = sink;
        this.sse = sse;
    }

    UUID tenantId() {
        return tenantId;
    }

    UUID userId() {
        return userId;
    }

    synchronized long lastSeq() {
        return lastSeq;
    }

    boolean isOpen() {
        return !sink.isClosed();
    }

    boolean isOlderThan(Duration age) {
        return openedAt.plus(age).isBefore(clock.instant());
    }

    /** True if the caller should queue a catch-up: none is queued yet (wake-ups coalesce). */
    boolean queueCatchUp() {
        return catchUpQueued.compareAndSet(false, true);
    }

    void catchUpStarted() {
        catchUpQueued.set(false);
    }

    /** The first bytes: a comment, which commits the response headers so the client sees the stream open. */
    void greet() {
        send(sse.newEventBuilder()
                .comment("notifications of tenant " + tenantId)
                .build());
    }

    /** Sends those after the last sent, in order. */
    synchronized void deliver(List<NotificationView> notifications) {
        for (NotificationView n : notifications) {
            if (n.seq() <= lastSeq) {
                continue;
            }
            send(sse.newEventBuilder()
                    .id(Long.toString(n.seq()))
                    .name(EVENT_NAME)
                    .mediaType(MediaType.TEXT_PLAIN_TYPE)
                    .data(String.class, JSON.toJson(n))
                    .build());
            lastSeq = n.seq();
        }
    }

    void heartbeat() {
        send(sse.newEventBuilder().comment("keep-alive").build());
    }

    void close() {
        close(sink);
    }

    static void close(SseEventSink sink) {
        try {
            sink.close();
        } catch (IOException | RuntimeException alreadyGone) {
            // closing a broken connection may fail; it is closed either way
        }
    }

    private void send(OutboundSseEvent event) {
        try {
            sink.send(event).toCompletableFuture().get(SEND_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            close();
            throw new IllegalStateException("Interrupted while sending", e);
        } catch (Exception e) {
            close();
            throw new IllegalStateException("The stream of " + userId + " is gone: " + e, e);
        }
    }
}
