package dev.procura.projects;

import dev.procura.platform.tenancy.TenantDatabaseRepository;
import dev.procura.platform.tenancy.TenantTransactions;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Tells owners of overdue milestones: every {@code procura.projects.overdue-check-interval} each
 * worker server walks the tenants, a page at a time, and runs the check in each tenant's
 * transaction (the milestones it tells of are locked and marked, so two servers never tell twice).
 */
@ApplicationScoped
public class MilestoneWatch {

    private static final Logger LOG = Logger.getLogger(MilestoneWatch.class.getName());
    private static final int PAGE = 100;

    @Inject
    @ConfigProperty(name = "procura.projects.overdue-check-interval", defaultValue = "PT1H")
    Duration interval;

    @Inject
    @ConfigProperty(name = "procura.worker.enabled", defaultValue = "true")
    boolean worker;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    TenantDatabaseRepository tenants;

    @Inject
    TenantTransactions tenantData;

    @Inject
    MilestoneService milestones;

    private ScheduledFuture<?> schedule;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object event) {
        if (worker) {
            long millis = interval.toMillis();
            schedule = scheduler.scheduleWithFixedDelay(this::checkAll, millis, millis, TimeUnit.MILLISECONDS);
        }
    }

    @PreDestroy
    void stop() {
        if (schedule != null) {
            schedule.cancel(false);
        }
    }

    void checkAll() {
        try {
            UUID after = null;
            List<UUID> page;
            do {
                page = tenants.idsAfter(after, PAGE);
                for (UUID tenantId : page) {
                    check(tenantId);
                    after = tenantId;
                }
            } while (page.size() == PAGE);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Overdue milestone check failed; it looks again in " + interval, e);
        }
    }

    private void check(UUID tenantId) {
        try {
            int told = tenantData.call(tenantId, milestones::notifyOverdue);
            if (told > 0) {
                LOG.info(() -> told + " overdue milestone(s) of tenant " + tenantId + " notified");
            }
        } catch (RuntimeException e) {
            // A tenant that is gone or unreachable must not hold up the others.
            LOG.log(Level.FINE, "Overdue milestone check of tenant " + tenantId + " skipped", e);
        }
    }
}
