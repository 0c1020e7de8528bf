package dev.procura.plans;

import dev.procura.platform.persistence.ControlTransaction;
import dev.procura.platform.quotas.Meter;
import dev.procura.platform.quotas.Metering;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * Records usage events once each (by id) and adds them to their UTC day: counters add up,
 * gauges keep the day's highest reading. Events later than {@link #LATE_WINDOW} are refused, so a
 * billed month stays closed; their ids are kept as long, so a redelivery never counts twice.
 */
@ApplicationScoped
public class UsageLedger implements Metering {

    static final Duration LATE_WINDOW = Duration.ofDays(35);

    @Inject
    Clock clock;

    @Inject
    UsageRepository usage;

    @Inject
    ControlTransaction transaction;

    @Override
    public boolean record(UUID eventId, UUID tenantId, Meter meter, long quantity, Instant occurredAt) {
        Instant now = clock.instant();
        if (occurredAt.isBefore(now.minus(LATE_WINDOW)) || quantity < 0) {
            return false;
        }
        return transaction.call(() -> {
            if (!usage.addEvent(eventId, tenantId, meter.wireName(), quantity, occurredAt, now)) {
                return false;
            }
            var day = occurredAt.atZone(ZoneOffset.UTC).toLocalDate();
            if (meter.kind() == Meter.Kind.COUNT) {
                usage.readingOfDay(tenantId, meter.wireName(), day, quantity);
            } else {
                usage.addToDay(tenantId, meter.wireName(), day, quantity);
            }
            return true;
        });
    }

    /** Forgets event ids past the late window (their totals stay). */
    public int prune() {
        return transaction.call(
                () -> usage.forgetEventsRecordedBefore(clock.instant().minus(LATE_WINDOW.plusDays(1))));
    }
}
