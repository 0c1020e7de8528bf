package dev.procura.tenants;

import dev.procura.dataexport.DataExportService;
import dev.procura.plans.AdminNotices;
import dev.procura.plans.TenantPlans;
import dev.procura.plans.TenantPlans.Trial;
import dev.procura.platform.failures.Failure;
import dev.procura.platform.tenancy.TenantPeople;
import dev.procura.platform.tenancy.TenantReadOnly;
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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Walks every trial through its steps: reminders to the tenant's admins before it ends; at the end
 * the tenant becomes read-only (a plan without a trial makes it writable again); after
 * {@code procura.trials.grace-days} its data is exported to S3 (the admins get the link) and,
 * once the export is complete, the tenant is destroyed. Each step is claimed by inserting its row,
 * so with several servers checking, one takes it; every step is audited and notified.
 */
@ApplicationScoped
public class TrialLifecycle {

    static final String ENDED = "ended";
    static final String EXPORTED = "exported";
    static final String DESTROYED = "destroyed";
    private static final Logger LOG = Logger.getLogger(TrialLifecycle.class.getName());

    @Inject
    Clock clock;

    @Inject
    TenantPlans plans;

    @Inject
    TrialSteps steps;

    @Inject
    TenantReadOnly readOnly;

    @Inject
    AdminNotices notices;

    @Inject
    TenantPeople people;

    @Inject
    DataExportService exports;

    @Inject
    TenantAdminService admin;

    @Inject
    @ConfigProperty(name = "procura.trials.reminder-days", defaultValue = "7,1")
    List<Integer> reminderDays;

    @Inject
    @ConfigProperty(name = "procura.trials.grace-days", defaultValue = "30")
    int graceDays;

    @Inject
    @ConfigProperty(name = "procura.trials.check-interval", defaultValue = "PT1H")
    Duration checkInterval;

    @Resource
    ManagedScheduledExecutorService scheduler;

    private ScheduledFuture<?> task;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
        long millis = checkInterval.toMillis();
        task = scheduler.scheduleWithFixedDelay(this::check, millis, millis, TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        if (task != null) {
            task.cancel(false);
        }
    }

    /** Takes every step that is due. */
    void check() {
        Instant now = clock.instant();
        int longestReminder =
                reminderDays.stream().mapToInt(Integer::intValue).max().orElse(0);
        for (Trial trial : plans.trialsEndingBefore(now.plus(Duration.ofDays(longestReminder)))) {
            try {
                advance(trial, now);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "The trial of tenant " + trial.tenantId() + " could not move on; retrying", e);
            }
        }
    }

    private void advance(Trial trial, Instant now) {
        if (now.isBefore(trial.endsAt())) {
            remind(trial, now);
            return;
        }
        UUID tenantId = trial.tenantId();
        if (steps.claim(tenantId, ENDED, now, null)) {
            takeOrRelease(tenantId, ENDED, () -> end(trial));
        }
        if (now.isBefore(trial.endsAt().plus(Duration.ofDays(graceDays)))) {
            return;
        }
        if (steps.claim(tenantId, EXPORTED, now, null)) {
            takeOrRelease(tenantId, EXPORTED, () -> export(trial));
        }
        Optional<String> export = steps.taken(tenantId, EXPORTED).filter(id -> !id.isEmpty());
        if (export.isPresent()
                && exports.finished(tenantId, UUID.fromString(export.get())).orElse(false)
                && steps.claim(tenantId, DESTROYED, now, export.get())) {
            takeOrRelease(tenantId, DESTROYED, () -> admin.expire(tenantId));
        }
    }

    private void remind(Trial trial, Instant now) {
        for (int days : reminderDays) {
            if (!now.isBefore(trial.endsAt().minus(Duration.ofDays(days)))
                    && steps.claim(trial.tenantId(), "reminder_" + days, now, null)) {
                takeOrRelease(
                        trial.tenantId(),
                        "reminder_" + days,
                        () -> tell(
                                trial,
                                "tenant.trial_ending",
                                "Your trial ends on " + trial.endsAt(),
                                "The trial of plan " + trial.plan() + " ends on " + trial.endsAt()
                                        + ". Choose a plan to keep working without interruption."));
            }
        }
    }

    private void end(Trial trial) {
        try {
            readOnly.makeReadOnly(trial.tenantId(), TenantPlans.TRIAL_ENDED);
        } catch (Failure.Conflict alreadyReadOnly) {
            // Read-only for a restore or a move: try again at the next check.
            throw alreadyReadOnly;
        }
        tell(
                trial,
                "tenant.trial_ended",
                "Your trial has ended: the tenant is read-only",
                "Everything can still be read. Choose a plan to write again; without one the tenant's data is"
                        + " exported and the tenant deleted after " + graceDays + " days.");
    }

    private void export(Trial trial) {
        UUID requester = people.withRole(trial.tenantId(), "admin").stream()
                .map(TenantPeople.Person::userId)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("The tenant has no admin to hand its data to"));
        UUID exportId = exports.requestFor(trial.tenantId(), requester);
        steps.note(trial.tenantId(), EXPORTED, exportId.toString());
        tell(
                trial,
                "tenant.trial_expired",
                "Your trial's grace has ended: the tenant's data is being exported",
                "The tenant will be deleted once its data export is ready; the admins get its download link.");
    }

    private void tell(Trial trial, String event, String title, String body) {
        notices.tell(
                trial.tenantId(),
                new AdminNotices.Notice(
                        event,
                        trial.tenantId().toString(),
                        Map.of(
                                "plan",
                                trial.plan(),
                                "trial_ends_at",
                                trial.endsAt().toString()),
                        "trial",
                        title,
                        body,
                        "/api/v1/tenants/" + trial.tenantId()));
    }

    private void takeOrRelease(UUID tenantId, String step, Runnable action) {
        try {
            action.run();
        } catch (RuntimeException e) {
            steps.release(tenantId, step);
            throw e;
        }
    }
}
