package dev.procura.backups;

import dev.procura.platform.tenancy.BackupRetention;
import dev.procura.platform.tenancy.TenantDatabaseRepository;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The daily backups: from {@code procura.backups.schedule-hour} (UTC) on, every tenant without a
 * backup since that hour gets a scheduled one, queued and started a few at a time; then backups
 * past their retention ({@link BackupRetention}) are deleted. Every server checks every few
 * minutes; under an advisory lock one of them does the day's run, and a tenant already backed up
 * since the hour is not queued again, so a day's schedule runs once whichever server runs it. A
 * run asked through the API (which takes no schedule lock) cannot queue a tenant twice either:
 * queueing checks again under a per-tenant lock.
 */
@ApplicationScoped
public class BackupSchedule {

    private static final Logger LOG = Logger.getLogger(BackupSchedule.class.getName());
    private static final long SCHEDULE_LOCK = 0x5052_4f43_4241_4b53L;

    /** What a run of the schedule did. */
    public record Run(int queued, int pruned) {}

    @Inject
    @ConfigProperty(name = "procura.backups.schedule-hour", defaultValue = "2")
    int scheduleHour;

    @Inject
    @ConfigProperty(name = "procura.backups.schedule-enabled", defaultValue = "true")
    boolean enabled;

    @Inject
    BackupService backups;

    @Inject
    BackupRepository repository;

    @Inject
    TenantDatabaseRepository placements;

    @Inject
    BackupRetention retention;

    @Inject
    Clock clock;

    @Resource(lookup = "jdbc/control")
    DataSource control;

    @Resource
    ManagedScheduledExecutorService scheduler;

    private ScheduledFuture<?> schedule;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object event) {
        if (enabled) {
            schedule = scheduler.scheduleWithFixedDelay(this::runIfDue, 1, 5, TimeUnit.MINUTES);
        }
    }

    @PreDestroy
    void stop() {
        if (schedule != null) {
            schedule.cancel(false);
        }
    }

    /** The start of the current day's schedule: today at the hour, or yesterday's before it. */
    Instant slot() {
        Instant now = clock.instant();
        Instant today = now.atZone(ZoneOffset.UTC)
                .truncatedTo(ChronoUnit.DAYS)
                .plusHours(scheduleHour)
                .toInstant();
        return now.isBefore(today) ? today.minus(1, ChronoUnit.DAYS) : today;
    }

    void runIfDue() {
        try (Connection connection = control.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement lock = connection.prepareStatement("SELECT pg_try_advisory_xact_lock(?)")) {
                lock.setLong(1, SCHEDULE_LOCK);
                try (ResultSet rs = lock.executeQuery()) {
                    if (rs.next() && rs.getBoolean(1)) {
                        run(null);
                    }
                }
            }
            connection.commit();
        } catch (Exception e) {
            LOG.log(Level.WARNING, "Scheduled backups not run now; the next check tries again", e);
        }
    }

    /** Runs the schedule now for {@code only} these tenants (null: all): queue the due, start, prune. */
    public Run run(Collection<UUID> only) {
        Instant slot = slot();
        // A first cut from one query; enqueueScheduled checks each tenant again under its lock.
        Set<UUID> done = new HashSet<>(repository.tenantsBackedUpSince(slot));
        int queued = 0;
        for (UUID tenantId : only != null ? List.copyOf(only) : allTenants()) {
            if (!done.contains(tenantId)
                    && placements.find(tenantId).isPresent()
                    && backups.enqueueScheduled(tenantId, slot)) {
                queued++;
            }
        }
        backups.startQueued();
        int pruned = 0;
        for (UUID tenantId : only != null ? List.copyOf(only) : repository.tenantsWithBackups()) {
            pruned += backups.prune(tenantId, retention.retentionOf(tenantId));
        }
        if (queued + pruned > 0) {
            LOG.info("Backup schedule: " + queued + " backups queued, " + pruned + " past retention deleted");
        }
        return new Run(queued, pruned);
    }

    private List<UUID> allTenants() {
        List<UUID> all = new java.util.ArrayList<>();
        List<UUID> page;
        UUID after = null;
        while (!(page = placements.idsAfter(after, 500)).isEmpty()) {
            all.addAll(page);
            after = page.get(page.size() - 1);
        }
        return all;
    }
}
