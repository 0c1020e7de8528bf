package dev.procura.plans;

import dev.procura.platform.persistence.ControlTransaction;
import dev.procura.platform.quotas.Meter;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Counts tenant-scoped API requests in memory and records them every
 * {@code procura.usage.flush-interval} as one usage event per tenant, so metering costs a request
 * no database round trip. The month's total a limit check sees is the recorded total (refreshed
 * at each flush and at most a minute old, so other servers' requests show up) plus this server's
 * requests not yet recorded. A crash loses at most one interval of counts.
 */
@ApplicationScoped
public class ApiRequestMeter {

    private static final Logger LOG = Logger.getLogger(ApiRequestMeter.class.getName());
    private static final Duration KNOWN_TTL = Duration.ofMinutes(1);

    private record Known(YearMonth month, long total, Instant at) {}

    @Inject
    Clock clock;

    @Inject
    UsageLedger ledger;

    @Inject
    UsageRepository usage;

    @Inject
    GaugeReadings readings;

    @Inject
    ControlTransaction transaction;

    @Inject
    @ConfigProperty(name = "procura.usage.flush-interval", defaultValue = "PT5S")
    Duration flushInterval;

    @Resource
    ManagedScheduledExecutorService scheduler;

    private final Map<UUID, AtomicLong> pending = new ConcurrentHashMap<>();
    private final Map<UUID, Known> known = new ConcurrentHashMap<>();
    private ScheduledFuture<?> task;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
        long millis = flushInterval.toMillis();
        task = scheduler.scheduleWithFixedDelay(this::flush, millis, millis, TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        if (task != null) {
            task.cancel(false);
        }
        flush();
    }

    public void count(UUID tenantId) {
        pending.computeIfAbsent(tenantId, t -> new AtomicLong()).incrementAndGet();
    }

    /** The tenant's API requests this month, as far as this server knows. */
    public long monthToDate(UUID tenantId) {
        YearMonth month = BillingPeriod.current(clock);
        Known entry = known.get(tenantId);
        if (entry == null
                || !entry.month().equals(month)
                || entry.at().plus(KNOWN_TTL).isBefore(clock.instant())) {
            entry = load(tenantId, month);
        }
        AtomicLong unrecorded = pending.get(tenantId);
        return entry.total() + (unrecorded == null ? 0 : unrecorded.get());
    }

    /** Records what was counted since the last flush. */
    public void flush() {
        for (Map.Entry<UUID, AtomicLong> counted : pending.entrySet()) {
            long requests = counted.getValue().get();
            if (requests == 0) {
                continue;
            }
            UUID tenantId = counted.getKey();
            try {
                ledger.record(UUID.randomUUID(), tenantId, Meter.API_REQUESTS, requests, clock.instant());
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Could not record API usage of tenant " + tenantId + "; will retry", e);
                continue;
            }
            // Recorded: count them in the known total before taking them off the pending ones, so a
            // limit check in between counts them twice (safe) rather than not at all.
            known.computeIfPresent(tenantId, (t, e) -> new Known(e.month(), e.total() + requests, e.at()));
            counted.getValue().addAndGet(-requests);
            try {
                load(tenantId, BillingPeriod.current(clock));
                readings.readIfDue(tenantId);
            } catch (RuntimeException e) {
                LOG.log(Level.FINE, "Could not read the counts of tenant " + tenantId, e);
            }
        }
    }

    private Known load(UUID tenantId, YearMonth month) {
        long total = transaction.call(() -> usage.sum(
                tenantId, Meter.API_REQUESTS.wireName(), BillingPeriod.firstDay(month), BillingPeriod.lastDay(month)));
        Known loaded = new Known(month, total, clock.instant());
        known.put(tenantId, loaded);
        return loaded;
    }
}
