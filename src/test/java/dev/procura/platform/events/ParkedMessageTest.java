package dev.procura.platform.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ParkedMessageTest {

    private static final Instant PARKED = Instant.parse("2026-03-01T09:00:00Z");

    private final ParkedMessage message =
            new ParkedMessage("procura.events", "notifications", "{\"id\":1}", "boom", 5, PARKED);

    @Test
    void aParkedMessageKeepsWhatTheConsumerGaveUpOn() {
        assertNotNull(message.id());
        assertEquals("procura.events", message.topic());
        assertEquals("notifications", message.consumer());
        assertEquals("{\"id\":1}", message.payload());
        assertEquals("boom", message.error());
        assertEquals(5, message.attempts());
        assertEquals(PARKED, message.parkedAt());
        assertEquals(0, message.replays());
        assertNull(message.replayedAt());
        assertNull(message.replayedBy());
    }

    @Test
    void eachReplayIsCountedAndTheLastOneRemembered() {
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();

        message.replayed(first, PARKED.plusSeconds(60));
        message.replayed(second, PARKED.plusSeconds(120));

        assertEquals(2, message.replays());
        assertEquals(PARKED.plusSeconds(120), message.replayedAt());
        assertEquals(second, message.replayedBy());
        assertEquals(5, message.attempts(), "replays are not consumer attempts");
    }
}
