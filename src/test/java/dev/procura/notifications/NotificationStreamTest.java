package dev.procura.notifications;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.procura.notifications.NotificationViews.NotificationView;
import jakarta.ws.rs.core.GenericType;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseBroadcaster;
import jakarta.ws.rs.sse.SseEventSink;
import java.lang.reflect.Type;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.junit.jupiter.api.Test;

/** One client's stream: events in seq order, each once, and a dead client noticed at the first failed send. */
class NotificationStreamTest {

    private record Sent(String id, String name, String comment, String data) {}

    /** Records what is sent; fails every send once told to. */
    private static final class RecordingSink implements SseEventSink {
        final List<Sent> sent = new ArrayList<>();
        boolean failing;
        boolean closed;

        @Override
        public boolean isClosed() {
            return closed;
        }

        @Override
        public CompletionStage<?> send(OutboundSseEvent event) {
            if (failing) {
                return CompletableFuture.failedFuture(new java.io.IOException("Broken pipe"));
            }
            sent.add(new Sent(event.getId(), event.getName(), event.getComment(), (String) event.getData()));
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public void close() {
            closed = true;
        }
    }

    private record Event(String id, String name, String comment, Object data, MediaType mediaType)
            implements OutboundSseEvent {
        @Override
        public Class<?> getType() {
            return data == null ? null : data.getClass();
        }

        @Override
        public Type getGenericType() {
            return getType();
        }

        @Override
        public MediaType getMediaType() {
            return mediaType;
        }

        @Override
        public Object getData() {
            return data;
        }

        @Override
        public String getId() {
            return id;
        }

        @Override
        public String getName() {
            return name;
        }

        @Override
        public String getComment() {
            return comment;
        }

        @Override
        public long getReconnectDelay() {
            return -1;
        }

        @Override
        public boolean isReconnectDelaySet() {
            return false;
        }
    }

    private static final class Builder implements OutboundSseEvent.Builder {
        private String id;
        private String name;
        private String comment;
        private Object data;
        private MediaType mediaType;

        @Override
        public OutboundSseEvent.Builder id(String value) {
            id = value;
            return this;
        }

        @Override
        public OutboundSseEvent.Builder name(String value) {
            name = value;
            return this;
        }

        @Override
        public OutboundSseEvent.Builder reconnectDelay(long milliseconds) {
            return this;
        }

        @Override
        public OutboundSseEvent.Builder mediaType(MediaType value) {
            mediaType = value;
            return this;
        }

        @Override
        public OutboundSseEvent.Builder comment(String value) {
            comment = value;
            return this;
        }

        @Override
        @SuppressWarnings("rawtypes")
        public OutboundSseEvent.Builder data(Class type, Object value) {
            data = value;
            return this;
        }

        @Override
        @SuppressWarnings("rawtypes")
        public OutboundSseEvent.Builder data(GenericType type, Object value) {
            data = value;
            return this;
        }

        @Override
        public OutboundSseEvent.Builder data(Object value) {
            data = value;
            return this;
        }

        @Override
        public OutboundSseEvent build() {
            return new Event(id, name, comment, data, mediaType);
        }
    }

    private static final Sse SSE = new Sse() {
        @Override
        public OutboundSseEvent.Builder newEventBuilder() {
            return new Builder();
        }

        @Override
        public SseBroadcaster newBroadcaster() {
            throw new UnsupportedOperationException();
        }
    };

    private static NotificationView view(long seq) {
        return new NotificationView(
                UUID.randomUUID(),
                seq,
                "message",
                "Title " + seq,
                "Body",
                Map.of("event_type", "notification.requested"),
                null,
                Instant.parse("2026-11-21T10:00:00Z"),
                null,
                false);
    }

    @Test
    void sendsEachNotificationOnceInOrderWithItsSeqAsTheEventId() {
        RecordingSink sink = new RecordingSink();
        NotificationStream stream = new NotificationStream(
                UUID.randomUUID(), UUID.randomUUID(), 41, sink, SSE, java.time.Clock.systemUTC());
        stream.greet();
        stream.deliver(List.of(view(40), view(41), view(42), view(43)));
        stream.deliver(List.of(view(43), view(44)));

        assertTrue(sink.sent.get(0).comment().startsWith("notifications of tenant"));
        List<Sent> events = sink.sent.subList(1, sink.sent.size());
        assertEquals(
                List.of("42", "43", "44"), events.stream().map(Sent::id).toList(), "after Last-Event-ID 41, each once");
        assertTrue(events.stream().allMatch(e -> "notification".equals(e.name())));
        String data = events.get(0).data();
        assertTrue(data.contains("\"seq\":42") && data.contains("\"created_at\":\"2026-11-21T10:00:00Z\""), data);
        assertTrue(data.contains("\"event_type\":\"notification.requested\"") && !data.contains("read_at"), data);
        assertEquals(44, stream.lastSeq());
    }

    @Test
    void aFailedSendClosesTheStream() {
        RecordingSink sink = new RecordingSink();
        NotificationStream stream =
                new NotificationStream(UUID.randomUUID(), UUID.randomUUID(), 0, sink, SSE, java.time.Clock.systemUTC());
        assertTrue(stream.isOpen());
        sink.failing = true;
        assertThrows(IllegalStateException.class, stream::heartbeat);
        assertFalse(stream.isOpen());
        assertEquals(0, stream.lastSeq());
    }

    @Test
    void wakeUpsCoalesceUntilTheCatchUpStarts() {
        NotificationStream stream = new NotificationStream(
                UUID.randomUUID(), UUID.randomUUID(), 0, new RecordingSink(), SSE, java.time.Clock.systemUTC());
        assertTrue(stream.queueCatchUp());
        assertFalse(stream.queueCatchUp(), "one catch-up is enough for any number of wake-ups before it runs");
        stream.catchUpStarted();
        assertTrue(stream.queueCatchUp(), "a wake-up during a catch-up queues another");
    }
}
