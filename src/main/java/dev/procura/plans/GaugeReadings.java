package dev.procura.plans;

import dev.procura.platform.persistence.ControlTransaction;
import dev.procura.platform.quotas.Meter;
import dev.procura.platform.tenancy.TenantDatabaseRepository;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Daily readings of the counts billing needs (members for per-user plans, documents, stored
 * bytes): the highest reading of a day is kept, a period bills its highest day. A tenant is read
 * when it was active (at most every {@code procura.usage.readings-interval}) and, whatever it
 * did, once a day by a sweep over all tenants. A reading's id names tenant, meter, day and value,
 * so reading again changes nothing.
 */
@ApplicationScoped
public class GaugeReadings {

    static final List<String> GAUGES =
            List.of(Meter.MEMBERS.wireName(), Meter.DOCUMENTS.wireName(), Meter.STORAGE_BYTES.wireName());
    private static final List<Meter> READ = List.of(Meter.MEMBERS, Meter.DOCUMENTS, Meter.STORAGE_BYTES);
    private static final Logger LOG = Logger.getLogger(GaugeReadings.class.getName());
    private static final int SWEEP_PAGE = 200;

    @Inject
    Clock clock;

    @Inject
    LimitEnforcement limits;

    @Inject
    UsageLedger ledger;

    @Inject
    TenantDatabaseRepository databases;

    @Inject
    ControlTransaction transaction;

    @Inject
    @ConfigProperty(name = "procura.usage.readings-interval", defaultValue = "PT15M")
    Duration interval;

    @Resource
    ManagedScheduledExecutorService scheduler;

    private final Map<UUID, Instant> lastRead = new ConcurrentHashMap<>();
    private ScheduledFuture<?> sweep;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
        sweep = scheduler.scheduleWithFixedDelay(this::sweep, 10, 60, TimeUnit.MINUTES);
    }

    @PreDestroy
    void stop() {
        if (sweep != null) {
            sweep.cancel(false);
        }
    }

    /** Reads the tenant's counts now. */
    public void read(UUID tenantId) {
        Instant now = clock.instant();
        LocalDate day = now.atZone(ZoneOffset.UTC).toLocalDate();
        for (Meter meter : READ) {
            long value = limits.usageOf(tenantId, meter);
            String name = "reading/" + tenantId + "/" + meter.wireName() + "/" + day + "/" + value;
            ledger.record(UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)), tenantId, meter, value, now);
        }
        lastRead.put(tenantId, now);
    }

    /** Reads an active tenant unless it was read within the interval. */
    void readIfDue(UUID tenantId) {
        Instant last = lastRead.get(tenantId);
        if (last == null || last.plus(interval).isBefore(clock.instant())) {
            read(tenantId);
        }
    }

    /** Reads every tenant not read today. */
    void sweep() {
        LocalDate today = clock.instant().atZone(ZoneOffset.UTC).toLocalDate();
        UUID after = null;
        List<UUID> page;
        do {
            UUID from = after;
            page = transaction.call(() -> databases.idsAfter(from, SWEEP_PAGE));
            for (UUID tenantId : page) {
                Instant last = lastRead.get(tenantId);
                if (last != null && !last.atZone(ZoneOffset.UTC).toLocalDate().isBefore(today)) {
                    continue;
                }
                try {
                    read(tenantId);
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "Could not read the counts of tenant " + tenantId, e);
                }
            }
            after = page.isEmpty() ? null : page.get(page.size() - 1);
        } while (page.size() == SWEEP_PAGE);
    }
}
