package dev.procura.platform.quotas;

import java.time.Instant;
import java.util.UUID;

/**
 * Records usage for billing and monthly limits (implemented by the plans capability). Events are
 * idempotent: the same {@code eventId} recorded twice counts once, so a redelivered message or a
 * retried job never bills twice.
 */
public interface Metering {

    /** Returns false when the event was already recorded or is older than the late window. */
    boolean record(UUID eventId, UUID tenantId, Meter meter, long quantity, Instant occurredAt);
}
