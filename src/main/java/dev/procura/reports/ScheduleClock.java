package dev.procura.reports;

import dev.procura.platform.events.TenantOutbox;
import dev.procura.platform.tenancy.TenantTransactions;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Runs the schedules that are due: every {@code procura.reports.schedule-check-interval} each
 * worker server claims due wake-ups from the control database (one server per wake-up), and for
 * each, in the tenant's database with the schedule locked, records the due run (unique per
 * schedule and due time: of two servers that got this far, one inserts it), queues a report
 * execution for it and for any delivery due for a retry, and moves the schedule to its next run.
 * Runs missed while no server was up are caught up once, not once per missed time.
 */
@ApplicationScoped
public class ScheduleClock {

    /** How long a claimed wake-up is this server's before others may take it. */
    static final Duration CLAIM = Duration.ofMinutes(5);

    private static final Logger LOG = Logger.getLogger(ScheduleClock.class.getName());
    private static final int BATCH = 20;

    @Inject
    @ConfigProperty(name = "procura.reports.schedule-check-interval", defaultValue = "PT30S")
    Duration interval;

    @Inject
    @ConfigProperty(name = "procura.worker.enabled", defaultValue = "true")
    boolean worker;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    ReportWakeups wakeups;

    @Inject
    TenantTransactions tenantData;

    @Inject
    ReportService reports;

    @Inject
    TenantOutbox outbox;

    private ScheduledFuture<?> ticking;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object event) {
        if (worker) {
            long millis = interval.toMillis();
            ticking = scheduler.scheduleWithFixedDelay(this::tick, millis, millis, TimeUnit.MILLISECONDS);
        }
    }

    @PreDestroy
    void stop() {
        if (ticking != null) {
            ticking.cancel(false);
        }
    }

    void tick() {
        try {
            List<ReportWakeups.Due> due;
            do {
                due = wakeups.claim(BATCH, CLAIM);
                for (ReportWakeups.Due wakeup : due) {
                    try {
                        fire(wakeup.tenantId(), wakeup.scheduleId());
                    } catch (RuntimeException e) {
                        // The claim runs out and another tick (here or elsewhere) tries again.
                        LOG.log(Level.WARNING, "Report schedule " + wakeup + " could not run", e);
                    }
                }
            } while (due.size() == BATCH);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not claim due report schedules", e);
        }
    }

    private record Fired(List<UUID> executions, Instant wakeAt) {}

    void fire(UUID tenantId, UUID scheduleId) {
        Fired fired = tenantData.call(tenantId, tx -> {
            EntityManager em = tx.em();
            ReportSchedule schedule = em.find(ReportSchedule.class, scheduleId, LockModeType.PESSIMISTIC_WRITE);
            if (schedule == null) {
                return new Fired(List.of(), null);
            }
            Instant now = tx.now();
            ZoneId zone = tx.calendar().zone();
            Report report = em.find(Report.class, schedule.reportId());
            ScheduleRequests.Define definition = schedule.definition();
            String format = definition.format() == null ? report.format() : definition.format();
            List<UUID> executions = new ArrayList<>();
            if (schedule.isActive()
                    && schedule.nextRunAt() != null
                    && !schedule.nextRunAt().isAfter(now)) {
                UUID deliveryId = UUID.randomUUID();
                int inserted = em.createNativeQuery("INSERT INTO report_deliveries (id, schedule_id, due_at, status)"
                                + " VALUES (?1, ?2, ?3, 'RUNNING') ON CONFLICT (schedule_id, due_at) DO NOTHING")
                        .setParameter(1, deliveryId)
                        .setParameter(2, scheduleId)
                        .setParameter(3, schedule.nextRunAt())
                        .executeUpdate();
                if (inserted == 1) {
                    executions.add(
                            run(tx.em(), report, format, schedule, em.find(ReportDelivery.class, deliveryId), now));
                }
                schedule.ranUntil(Cadence.of(definition, new ArrayList<>()).next(now, zone));
            }
            for (ReportDelivery retry : em.createQuery(
                            "SELECT d FROM ReportDelivery d WHERE d.scheduleId = :schedule AND d.status = :retrying"
                                    + " AND d.retryAt <= :now",
                            ReportDelivery.class)
                    .setParameter("schedule", scheduleId)
                    .setParameter("retrying", ReportDelivery.Status.RETRYING)
                    .setParameter("now", now)
                    .getResultList()) {
                executions.add(run(em, report, format, schedule, retry, now));
            }
            Instant retryAt = em.createQuery(
                            "SELECT MIN(d.retryAt) FROM ReportDelivery d WHERE d.scheduleId = :schedule"
                                    + " AND d.status = :retrying",
                            Instant.class)
                    .setParameter("schedule", scheduleId)
                    .setParameter("retrying", ReportDelivery.Status.RETRYING)
                    .getSingleResult();
            Instant next = schedule.isActive() ? schedule.nextRunAt() : null;
            Instant wake = next == null || (retryAt != null && retryAt.isBefore(next)) ? retryAt : next;
            if (!executions.isEmpty()) {
                outbox.publish(
                        tx,
                        "report.schedule_ran",
                        schedule.reportId().toString(),
                        schedule.createdBy(),
                        Map.of("schedule_id", scheduleId, "runs", executions.size()));
            }
            return new Fired(executions, wake);
        });
        fired.executions().forEach(execution -> reports.launch(tenantId, execution));
        wakeups.set(tenantId, scheduleId, fired.wakeAt());
    }

    /** A report execution for the delivery, on behalf of the schedule's author. */
    private static UUID run(
            EntityManager em,
            Report report,
            String format,
            ReportSchedule schedule,
            ReportDelivery delivery,
            Instant now) {
        ReportExecution execution = new ReportExecution(report, format, schedule.createdBy(), now);
        em.persist(execution);
        delivery.running(execution.id());
        return execution.id();
    }
}
