package dev.procura.notifications;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.procura.notifications.NotificationViews.NotificationView;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** One client's stream: events in seq order, each once, and a dead client noticed at the first failed send. */
class NotificationStreamTest {

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
        SseFakes.RecordingSink sink = new SseFakes.RecordingSink();
        NotificationStream stream = new NotificationStream(
                UUID.randomUUID(), UUID.randomUUID(), 41, sink, SseFakes.SSE, java.time.Clock.systemUTC());
        stream.greet();
        stream.deliver(List.of(view(40), view(41), view(42), view(43)));
        stream.deliver(List.of(view(43), view(44)));

        assertTrue(sink.sent.get(0).comment().startsWith("notifications of tenant"));
        List<SseFakes.Sent> events = sink.sent.subList(1, sink.sent.size());
        assertEquals(
                List.of("42", "43", "44"),
                events.stream().map(SseFakes.Sent::id).toList(),
                "after Last-Event-ID 41, each once");
        assertTrue(events.stream().allMatch(e -> "notification".equals(e.name())));
        String data = events.get(0).data();
        assertTrue(data.contains("\"seq\":42") && data.contains("\"created_at\":\"2026-11-21T10:00:00Z\""), data);
        assertTrue(data.contains("\"event_type\":\"notification.requested\"") && !data.contains("read_at"), data);
        assertEquals(44, stream.lastSeq());
    }

    @Test
    void aFailedSendClosesTheStream() {
        SseFakes.RecordingSink sink = new SseFakes.RecordingSink();
        NotificationStream stream = new NotificationStream(
                UUID.randomUUID(), UUID.randomUUID(), 0, sink, SseFakes.SSE, java.time.Clock.systemUTC());
        assertTrue(stream.isOpen());
        sink.failing = true;
        assertThrows(IllegalStateException.class, stream::heartbeat);
        assertFalse(stream.isOpen());
        assertEquals(0, stream.lastSeq());
    }

    @Test
    void wakeUpsCoalesceUntilTheCatchUpStarts() {
        NotificationStream stream = new NotificationStream(
                UUID.randomUUID(),
                UUID.randomUUID(),
                0,
                new SseFakes.RecordingSink(),
                SseFakes.SSE,
                java.time.Clock.systemUTC());
        assertTrue(stream.queueCatchUp());
        assertFalse(stream.queueCatchUp(), "one catch-up is enough for any number of wake-ups before it runs");
        stream.catchUpStarted();
        assertTrue(stream.queueCatchUp(), "a wake-up during a catch-up queues another");
    }
}
