package dev.procura.notifications;

import jakarta.ws.rs.core.GenericType;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseBroadcaster;
import jakarta.ws.rs.sse.SseEventSink;
import java.lang.reflect.Type;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;

/** Server-sent events without a server: an {@link Sse} that builds plain events and a sink that records them. */
final class SseFakes {

    private SseFakes() {}

    record Sent(String id, String name, String comment, String data) {}

    /** Records what is sent; fails every send once told to. */
    static final class RecordingSink implements SseEventSink {
        final List<Sent> sent = new CopyOnWriteArrayList<>();
        volatile boolean failing;
        volatile boolean closed;

        /** The notifications sent, by their event ids (comments left out). */
        List<String> ids() {
            return sent.stream()
                    .map(Sent::id)
                    .filter(java.util.Objects::nonNull)
                    .toList();
        }

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

    static final Sse SSE = new Sse() {
        @Override
        public OutboundSseEvent.Builder newEventBuilder() {
            return new Builder();
        }

        @Override
        public SseBroadcaster newBroadcaster() {
            throw new UnsupportedOperationException();
        }
    };
}
