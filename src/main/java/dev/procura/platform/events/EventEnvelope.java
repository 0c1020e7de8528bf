package dev.procura.platform.events;

import java.time.Instant;
import java.util.UUID;

/** What every event on Kafka looks like (snake_case JSON): the fact, who, when, and its data. */
public record EventEnvelope(
        UUID eventId, String eventType, UUID tenantId, UUID userId, Instant timestamp, Object data) {}
